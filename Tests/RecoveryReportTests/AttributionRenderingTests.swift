import RecoveryModel
import RecoveryReport
import RecoveryTestSupport
import Testing

/// The report says which hip, which surgery and which days each figure is about: the side of two
/// same-day treatments, a score's day from its own surgery, a course's span, and a threshold's kind.
struct AttributionRenderingTests {
  static func day(_ text: String) -> CalendarDay { TestCalendar.day(text) }

  /// Cortisone into each hip on 2024-03-01: right pain 6 before and 3 after, left pain 5 throughout.
  static let twoSides: ReportDocument = {
    let start = day("2024-02-16")
    let history = History(
      patient: "two sides",
      treatments: [
        Treatment(id: 1, day: day("2024-03-01"), kind: .cortisone, side: .right),
        Treatment(id: 2, day: day("2024-03-01"), kind: .cortisone, side: .left),
      ],
      pain: (0..<60).flatMap { offset in
        let date = start.adding(days: offset)
        return [
          PainEntry(day: date, score: date < day("2024-03-01") ? 6 : 3, location: .groin, side: .right),
          PainEntry(day: date, score: 5, location: .groin, side: .left),
        ]
      })
    return ReportDocument(try! Report.make(history: history, asOf: day("2024-06-30")))
  }()

  @Test func twoSameDayTreatmentsOnOppositeSidesAreToldApartBySide() throws {
    let rows = try OutcomeSectionTests.rows(Self.twoSides, .responses)
    #expect(rows.map(\.first) == ["cortisone injection, right", "cortisone injection, left"])
    #expect(Set(rows.map { $0[0] }).count == rows.count)
    for (format, output) in SmallDiaryTests.renderings(Self.twoSides) {
      #expect(output.contains("cortisone injection, right (2024-03-01)"), "\(format)")
      #expect(output.contains("cortisone injection, left (2024-03-01)"), "\(format)")
    }
  }

  @Test func aCourseRowShowsItsFirstToLastDay() throws {
    let rows = try OutcomeSectionTests.rows(Reports.demoDocument, .responses)
    let course = try #require(rows.first { $0.first == "prolotherapy (3 rounds)" })
    #expect(course[1] == "2024-03-04 to 2024-04-29")
    let single = try #require(rows.first { $0.first == "PRP injection" })
    #expect(single[1] == "2023-11-20")
  }

  /// A right replacement, a left one five months on, and right-hip scores: each counts from the right.
  static let twoReplacements: ReportDocument = {
    let right = Treatment(id: 1, day: day("2024-01-10"), kind: .totalHipReplacement, side: .right)
    let left = Treatment(id: 2, day: day("2024-06-01"), kind: .totalHipReplacement, side: .left)
    let scores = [("2024-01-05", 3), ("2024-04-01", 2)].map { date, answer in
      try! ScoreEntry.hoosJR(answers: Array(repeating: answer, count: 6), day: day(date), side: .right)
    }
    let history = History(patient: "two hips", treatments: [right, left], scores: scores)
    return ReportDocument(try! Report.make(history: history, asOf: day("2024-07-01")))
  }()

  @Test func aScoresDayCountsFromTheSurgeryOfItsSide() throws {
    let rows = try OutcomeSectionTests.rows(Self.twoReplacements, .questionnaires)
    #expect(rows.contains(["2024-04-01", "53.0 (raw 12)", "day 82"]))
    #expect(rows.contains(["2024-01-05", "32.7 (raw 18)", "5 days before"]))
    for (format, output) in SmallDiaryTests.renderings(Self.twoReplacements) {
      #expect(!output.contains("61 days before"), "\(format)")
      #expect(output.contains("After total hip replacement"), "\(format)")
    }
  }

  @Test func thresholdsAreLabelledByTheirKind() throws {
    let rows = try OutcomeSectionTests.rows(Reports.demoDocument, .questionnaires)
    #expect(rows.contains { $0.count == 6 && $0[4] == "22 (SCB)" })
    #expect(rows.contains { $0.count == 6 && $0[4] == "13 (MCID)" })
  }

  @Test func theWeeklyChartSaysWhichSidesPainItCounts() throws {
    let section = try #require(Reports.demoDocument.section(.weeklyPain))
    guard case .chart(let chart) = section.blocks.first else {
      Issue.record("the weekly section is \(section.blocks)")
      return
    }
    #expect(chart.caption.contains("right-side pain, with pain on both sides or no side"))
  }

  /// A psoas release is judged on days 14-42; judged on day 28, the demo's release is interim.
  @Test func aReleaseJudgedBeforeItsWindowEndsIsInterim() throws {
    #expect(ResponseWindows.standard.followUp(for: .psoasRelease) == DayWindow(start: 14, end: 42))
    let rows = try OutcomeSectionTests.rows(Reports.demoDocument, .responses)
    let release = try #require(rows.first { $0.first == "psoas release" })
    #expect(release.last == "substantial improvement (so far)")
  }

  /// The cohort's questionnaire note describes the change the code computes, labels each threshold by
  /// its kind, and a range states the one population every figure counts.
  @Test func theCohortSaysWhatItsFiguresRestOn() throws {
    var builder = try CohortBuilder(
      asOf: HandMadeCohort.asOf, since: TestCalendar.day("2024-01-01"), until: HandMadeCohort.asOf)
    for patient in HandMadeCohort.patients { builder.add(patient: patient.name, history: patient.history) }
    let document = ReportDocument(builder.cohort(), charts: false)
    let section = try #require(document.section(.cohortQuestionnaires))
    let notes = section.blocks.compactMap { block -> String? in
      if case .paragraph(let paragraph) = block { paragraph.text } else { nil }
    }
    #expect(
      notes.contains { $0.contains("the change runs from the last score on or before the surgery's day") })
    #expect(!notes.contains { $0.contains("from the first to the latest") })
    for (format, output) in SmallDiaryTests.renderings(document) {
      #expect(
        output.contains("13 (MCID)") && output.contains("8 (MIC)") && output.contains("22 (SCB)"), "\(format)"
      )
      #expect(output.contains("Treatments and surgeries dated from 2024-01-01 to 2024-12-31"), "\(format)")
      #expect(output.contains("With %"), "\(format)")
      #expect(output.contains("Still on crutches"), "\(format)")
    }
  }

  /// Crutches from 2024-11-15, still in use on the report day 2024-11-25: 11 days of use, so far, in
  /// the walking-aid table and the crutch days alike.
  @Test func anOpenCrutchPeriodCountsTheReportDaySoFar() throws {
    let surgery = Treatment(id: 1, day: Self.day("2024-11-15"), kind: .psoasRelease, side: .right)
    let history = History(
      patient: "open", treatments: [surgery],
      aids: [AidPeriod(aid: .twoCrutches, from: Self.day("2024-11-15"))])
    let report = try Report.make(history: history, asOf: Self.day("2024-11-25"))
    #expect(report.aids.first?.days == 11)
    #expect(report.crutchDays.first?.days == 11)
    #expect(report.crutchDays.first?.open == true)
    let document = ReportDocument(report)
    #expect(try OutcomeSectionTests.rows(document, .walkingAids).first?[3] == "11 (so far)")
    for (format, output) in SmallDiaryTests.renderings(document) {
      #expect(output.contains("Days on crutches: 11 days so far after psoas release"), "\(format)")
    }
  }
}
