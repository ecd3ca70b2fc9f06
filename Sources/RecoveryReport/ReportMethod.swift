import RecoveryModel

/// How the report judges a treatment, in words made from the analysis's own settings, so the text
/// changes whenever a window or threshold does.
///
/// ```swift
/// ReportMethod.summary(.standard)
/// // "Each treatment's response compares mean daily pain (the day's highest score) in a baseline ..."
/// ```
public enum ReportMethod {
  /// A paragraph for a command's help: the follow-up windows by kind, then the rules of ``rules(_:)``
  /// after the first sentence (sides, courses, thresholds, insufficient data, treatments in the way,
  /// crutch days), and the disclaimer.
  public static func summary(_ windows: ResponseWindows) -> String {
    "Each treatment's response shows mean daily pain (the day's highest score) in a baseline window"
      + " (days \(windows.baseline)) before it and in a follow-up window after it: "
      + standardFollowUps(windows) + ". " + judging(windows) + " " + disclaimer
  }

  /// How responses are judged, in one paragraph, for the report itself: which pain counts, when
  /// injections form a course, the thresholds, when data is insufficient, which treatments are in
  /// another's way, and how crutch days are counted.
  public static func rules(_ windows: ResponseWindows) -> String {
    "Daily pain is the highest score logged that day. " + judging(windows)
  }

  /// Every rule after the definition of daily pain, each sentence made from the settings.
  static func judging(_ windows: ResponseWindows) -> String {
    [sides, courseRule(windows), effects, thresholds, insufficientData(windows), inTheWay, crutchDays].joined(
      separator: " ")
  }

  /// Which pain judges a treatment, by its side.
  static let sides =
    "A treatment on the left or right side is judged on pain logged for that side, for both sides or"
    + " without a side; one on both sides or without a side, on all pain."

  /// How a treatment's effect is estimated, allowing for the course of pain before it.
  static var effects: String {
    "A treatment's effect is the pain observed in its follow-up against the pain expected had the course"
      + " before it continued: a segmented regression on daily pain (level and trend before, their change"
      + " after) over the weeks before it, never reaching back past an earlier surgery on its side, with"
      + " errors correlated from day to day and days missing allowed; with medications logged, each day's"
      + " opioid load and NSAID use are terms too, when they vary over those days. With fewer than"
      + " \(EffectEstimate.minimumTrendDays) days with pain before, or a trend that cannot be carried as"
      + " far as the follow-up (further than its data reach back, or off the 0-10 scale), levels are"
      + " compared instead, and the report says why. Within a surgery's recovery without a trend, after a"
      + " flare in the week before (\(Rounding.oneDecimal(EffectEstimate.flarePoints)) points above the days"
      + " before it), or when pain was already falling, an improvement cannot be put down to the treatment."
      + " Regression to the mean after a flare is not removed by any model of one diary."
  }

  /// "An improvement needs the estimated effect to reach 2 points or 30% ...".
  static var thresholds: String {
    "An improvement needs the estimated effect to reach \(meaningfulChange) of the expected pain"
      + " (\(percent(Verdict.substantialPercent)) for a substantial one; percentages count only for changes"
      + " of \(Rounding.whole(Verdict.minimumPercentPoints)) point or more) with its 95% interval wholly"
      + " below zero, and worse the same upwards; no meaningful change needs the whole interval within a"
      + " meaningful change either way; anything else is cannot tell. Figures are never rounded onto a"
      + " threshold."
  }

  /// "Fewer than 3 days with data in either window: insufficient data, shown without a change."
  static func insufficientData(_ windows: ResponseWindows) -> String {
    "Fewer than \(windows.minimumDays) days with data in either window: insufficient data, shown without a"
      + " change."
  }

  /// When another treatment is in a treatment's way.
  static let inTheWay =
    "A treatment whose follow-up reaches into another's baseline, or that falls in its follow-up, is in"
    + " its way, unless it is an injection or therapy on the other side."

  /// How medications are counted, and the rule for a change of painkillers.
  static let medications =
    "Opioids are counted in morphine milligram equivalents (MME) with the CDC 2022 factors: an estimate to"
    + " describe use, never dosing advice. A day without a logged dose or course counts as a day without"
    + " the drug. Painkillers changed between a treatment's baseline and follow-up when the mean daily MME"
    + " went up or down by at least 50% and at least 5 MME a day, or an NSAID was started (on under a"
    + " quarter of baseline days, at least half of follow-up days) or stopped (the reverse); the pain"
    + " change of such a treatment cannot be put down to the treatment alone."

  /// How crutch days after a surgery are counted.
  static let crutchDays = "Days on crutches after a surgery count up to the day before the next surgery."

  /// The sentence every report ends with.
  public static let disclaimer =
    "This report records and computes what was logged; it is not medical advice."

  /// "2 points or 30%".
  static var meaningfulChange: String {
    "\(Rounding.whole(Verdict.meaningfulPoints)) points or \(percent(Verdict.meaningfulPercent))"
  }

  /// "30%".
  static func percent(_ value: Double) -> String { Rounding.whole(value) + "%" }

  /// "8 weeks" for 56 days, "10 days" for 10.
  static func span(_ days: Int) -> String {
    if days % 7 == 0, days >= 14 { return "\(days / 7) weeks" }
    return days == 1 ? "1 day" : "\(days) days"
  }

  /// When injections form one course: "Injections of the same kind and side form one course, ... when
  /// each is given before the previous one's follow-up has ended and under 8 weeks after it (cortisone
  /// injection by day 42, PRP injection and prolotherapy by day 55), or is numbered round 2 or later;
  /// ...".
  static func courseRule(_ windows: ResponseWindows) -> String {
    "Injections of the same kind and side form one course, judged from before the first to after the"
      + " last, when each is given before the previous one's follow-up has ended and under"
      + " \(span(windows.courseGap)) after it (\(lastCourseDays(windows))), or is numbered round 2 or later;"
      + " earlier rounds show interim figures up to the next round."
  }

  /// The last day a repeat joins its course, injections sharing a day named together: "cortisone
  /// injection by day 42, PRP injection and prolotherapy by day 55".
  static func lastCourseDays(_ windows: ResponseWindows) -> String {
    var groups: [(day: Int, kinds: [TreatmentKind])] = []
    for kind in TreatmentKind.allCases where kind.category == .injection {
      let day = windows.lastCourseDay(for: kind)
      if let index = groups.firstIndex(where: { $0.day == day }) {
        groups[index].kinds.append(kind)
      } else {
        groups.append((day, [kind]))
      }
    }
    return groups.map { "\(ReportPhrases.series($0.kinds.map(\.label))) by day \($0.day)" }.joined(
      separator: ", ")
  }

  /// Every kind's follow-up window, kinds of one category sharing a window named together, and three or
  /// more of them by their category once the rest of it is named: "psoas release 14-42, cortisone
  /// injection 7-42, PRP injection and prolotherapy 28-84, other surgeries 42-84, therapies 14-42".
  static func standardFollowUps(_ windows: ResponseWindows) -> String {
    var groups: [(window: DayWindow, kinds: [TreatmentKind])] = []
    for kind in TreatmentKind.allCases {
      let window = windows.followUp(for: kind)
      if let index = groups.firstIndex(where: {
        $0.window == window && $0.kinds.first?.category == kind.category
      }) {
        groups[index].kinds.append(kind)
      } else {
        groups.append((window, [kind]))
      }
    }
    let listed = groups.filter { $0.kinds.count < 3 }
    let byCategory = groups.filter { $0.kinds.count >= 3 }
    let named = Set(listed.map { $0.kinds[0].category })
    return
      (listed.map { "\(ReportPhrases.series($0.kinds.map(\.label))) \($0.window)" }
      + byCategory.map { group in
        let category = group.kinds[0].category
        return (named.contains(category) ? "other " : "") + plural(category) + " \(group.window)"
      }).joined(separator: ", ")
  }

  /// "surgeries", "injections", "therapies".
  static func plural(_ category: TreatmentCategory) -> String {
    switch category {
    case .surgery: "surgeries"
    case .injection: "injections"
    case .therapy: "therapies"
    }
  }
}
