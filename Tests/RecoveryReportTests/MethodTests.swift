import RecoveryModel
import RecoveryReport
import Testing

/// The method text is made from the analysis's settings, so changing one changes the words.
struct MethodTests {
  @Test func standardSummaryNamesEveryWindowAndThreshold() {
    let summary = ReportMethod.summary(.standard)
    for words in [
      "baseline window (days -14..-1)", "psoas release 14-42", "cortisone injection 7-42",
      "PRP injection and prolotherapy 28-84", "other surgeries 42-84", "therapies 14-42",
      "under 8 weeks after it", "cortisone injection by day 42, PRP injection and prolotherapy by day 55",
      "An improvement needs the estimated effect to reach 2 points or 30% of the expected pain (50% for a"
        + " substantial one; percentages count only for changes of 1 point or more) with its 95% interval"
        + " wholly below zero", "anything else is cannot tell", "not medical advice",
      "a segmented regression on daily pain", "With fewer than 12 days with pain before",
    ] {
      #expect(summary.contains(words), "\(words) in \(summary)")
    }
  }

  @Test func rulesFollowTheWindows() {
    var windows = ResponseWindows.standard
    windows.courseGap = 70
    windows.minimumDays = 5
    let rules = ReportMethod.rules(windows)
    #expect(rules.contains("under 10 weeks after it"), "\(rules)")
    #expect(rules.contains("Fewer than 5 days with data"), "\(rules)")
    #expect(rules.contains("\(Int(Verdict.meaningfulPoints)) points or \(Int(Verdict.meaningfulPercent))%"))
    #expect(rules.contains("(\(Int(Verdict.substantialPercent))% for a substantial one"))
  }

  @Test func anOverriddenWindowIsNamedOnItsOwn() {
    var windows = ResponseWindows.standard
    windows.setFollowUp(DayWindow(start: 14, end: 56), for: .cortisone)
    windows.setFollowUp(DayWindow(start: 7, end: 21), for: .physiotherapy)
    let summary = ReportMethod.summary(windows)
    #expect(summary.contains("cortisone injection 14-56"), "\(summary)")
    #expect(summary.contains("physiotherapy 7-21"), "\(summary)")
    #expect(summary.contains("self-massage and other treatment 14-42"), "\(summary)")
  }

  @Test func rulesStateSidesRoundingInsufficientDataConfoundersAndCrutchDays() {
    for text in [ReportMethod.rules(.standard), ReportMethod.summary(.standard)] {
      for words in [
        "A treatment on the left or right side is judged on pain logged for that side, for both sides or"
          + " without a side; one on both sides or without a side, on all pain.",
        "or is numbered round 2 or later; earlier rounds show interim figures up to the next round.",
        "Figures are never rounded onto a threshold.",
        "Fewer than 3 days with data in either window: insufficient data, shown without a change.",
        "A treatment whose follow-up reaches into another's baseline, or that falls in its follow-up, is in"
          + " its way, unless it is an injection or therapy on the other side.",
        "Days on crutches after a surgery count up to the day before the next surgery.",
      ] {
        #expect(text.contains(words), "\(words) in \(text)")
      }
    }
  }

  @Test func theLastDayARepeatJoinsFollowsTheWindowsAndTheCourseGap() {
    var windows = ResponseWindows.standard
    windows.setFollowUp(DayWindow(start: 14, end: 60), for: .cortisone)
    windows.setFollowUp(DayWindow(start: 28, end: 40), for: .prp)
    let rules = ReportMethod.rules(windows)
    #expect(
      rules.contains("(cortisone injection and prolotherapy by day 55, PRP injection by day 40)"), "\(rules)")
  }
}
