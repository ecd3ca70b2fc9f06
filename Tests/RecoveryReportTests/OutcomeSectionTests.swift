import RecoveryDemo
import RecoveryModel
import RecoveryReport
import RecoveryTestSupport
import Testing

/// The questionnaire and milestone sections: the demo's rows, milestones not yet reached and overdue,
/// and the same words in every format.
struct OutcomeSectionTests {
  static func rows(_ document: ReportDocument, _ id: ReportDocument.Section.ID) throws -> [[String]] {
    let section = try #require(document.section(id), "no \(id) section")
    return section.blocks.flatMap { block -> [[String]] in
      guard case .table(let table) = block else { return [] }
      return table.rows.map { $0.cells.map(\.plainText) }
    }
  }

  @Test func theDemoShowsTheHOOSJRChangeAndTheCrutchTargetMet() throws {
    let document = Reports.demoDocument
    let scores = try Self.rows(document, .questionnaires)
    #expect(scores.contains(["2024-10-21", "46.7 (raw 14)", "7 days before"]))
    #expect(scores.contains(["2024-11-25", "73.5 (raw 5)", "day 28"]))
    #expect(
      scores.contains([
        "psoas release 2024-10-28", "46.7 (2024-10-21)", "73.5 (2024-11-25)", "+26.8", "22 (SCB)", "early",
      ]))
    let milestones = try Self.rows(document, .milestones)
    #expect(milestones.first == ["opioid-free", "day 14 (2022-11-28)", "", ""])
    #expect(milestones.contains(["off crutches", "day 35 (2022-12-19)", "", ""]))
    #expect(milestones.contains(["opioid-free", "day 18 (2024-11-15)", "", ""]))
    #expect(milestones.contains(["off crutches", "day 14 (2024-11-11)", "day 14", "on the target day"]))
    #expect(milestones.contains(["drive", "day 21 (2024-11-18)", "", ""]))
    let glance = try #require(document.section(.glance))
    guard case .list(let items) = glance.blocks.first else {
      Issue.record("the glance is \(glance.blocks)")
      return
    }
    #expect(
      items.map(\.text).contains(
        "HOOS JR: 46.7 (2024-10-21) to 73.5 (2024-11-25) after psoas release, +26.8, early: the 22-point"
          + " substantial clinical benefit (SCB) is judged on scores 0-90 days before and 270-365 days after"
          + " surgery"))
    #expect(
      items.map(\.text).contains(
        "Milestones after psoas release: off crutches on day 14, the target day."))
  }

  /// A surgery with targets and no milestone yet: one due later, one overdue on the report day.
  static let waiting: ReportDocument = {
    let surgery = Treatment(day: TestCalendar.day("2024-06-03"), kind: .totalHipReplacement, side: .left)
    let history = History(
      patient: "dee", treatments: [surgery],
      targets: [
        MilestoneTarget(
          day: surgery.day, kind: .milestone(.returnToWork), days: 21, surgery: surgery.uid),
        MilestoneTarget(day: surgery.day, kind: .milestone(.drive), days: 42, surgery: surgery.uid),
        MilestoneTarget(day: surgery.day, kind: .offCrutches, days: 30, surgery: surgery.uid),
      ])
    return ReportDocument(try! Report.make(history: history, asOf: TestCalendar.day("2024-07-03")))
  }()

  @Test func targetsNotReachedShowTheDaysSoFarAndWhetherOverdue() throws {
    #expect(
      try Self.rows(Self.waiting, .milestones) == [
        ["return to work", "day 30 so far", "day 21", "overdue by 9 days"],
        ["off crutches", "unknown, no crutch period logged", "day 30", "unknown"],
        ["drive", "day 30 so far", "day 42", "due in 12 days"],
      ])
    #expect(Self.waiting.section(.questionnaires) == nil)
    for (format, output) in SmallDiaryTests.renderings(Self.waiting) {
      #expect(output.contains("After total hip replacement (left), 2024-06-03"), "\(format)")
      #expect(output.contains("overdue by 9 days"), "\(format)")
      #expect(output.contains("due in 12 days"), "\(format)")
      #expect(output.contains("day 30 so far"), "\(format)")
      #expect(
        output.contains(
          "Milestones after total hip replacement: return to work: day 30 so far, overdue by 9 days"),
        "\(format)")
      #expect(!output.contains("p4qm.org"), "\(format)")
    }
    let method = try #require(Self.waiting.section(.method))
    guard case .paragraph(let rules) = method.blocks.first else {
      Issue.record("the method is \(method.blocks)")
      return
    }
    #expect(rules.text.hasSuffix(" " + ReportMethod.milestones))
    #expect(!rules.text.contains(ReportMethod.questionnaires))
  }

  /// An earlier surgery's count stops at the next surgery: a milestone never reached by then says so.
  @Test func anEarlierSurgerysMilestonesStopAtTheNextSurgery() throws {
    let left = Treatment(day: TestCalendar.day("2024-01-10"), kind: .totalHipReplacement, side: .left)
    let right = Treatment(day: TestCalendar.day("2024-06-10"), kind: .totalHipReplacement, side: .right)
    let history = History(
      patient: "eve", treatments: [left, right],
      milestones: [MilestoneEntry(day: TestCalendar.day("2024-07-01"), kind: .drive, side: .right)],
      targets: [
        MilestoneTarget(day: left.day, kind: .milestone(.drive), days: 42, surgery: left.uid),
        MilestoneTarget(day: right.day, kind: .milestone(.drive), days: 28, surgery: right.uid),
      ])
    let document = ReportDocument(try Report.make(history: history, asOf: TestCalendar.day("2024-08-01")))
    #expect(
      try Self.rows(document, .milestones) == [
        ["drive", "not by day 151", "day 42", "overdue by 109 days"],
        ["drive", "day 21 (2024-07-01)", "day 28", "7 days ahead"],
      ])
    for (format, output) in SmallDiaryTests.renderings(document) {
      #expect(output.contains("After total hip replacement (left), 2024-01-10"), "\(format)")
      #expect(output.contains("After total hip replacement (right), 2024-06-10"), "\(format)")
      #expect(output.contains("drive on day 21, 7 days ahead (target day 28)"), "\(format)")
    }
  }

  /// Scores without a surgery: the scores alone, with no day column, no changes and no note on them.
  @Test func scoresWithoutASurgeryAreListedAlone() throws {
    let scores = try [30, 50].enumerated().map { index, answer in
      try ScoreEntry.ihot12(
        answers: Array(repeating: answer, count: 12),
        day: TestCalendar.day("2024-05-01").adding(days: 7 * index))
    }
    let document = ReportDocument(
      try Report.make(history: History(patient: "fay", scores: scores), asOf: TestCalendar.day("2024-06-01")))
    let section = try #require(document.section(.questionnaires))
    #expect(try Self.rows(document, .questionnaires) == [["2024-05-01", "30.0"], ["2024-05-08", "50.0"]])
    #expect(document.section(.milestones) == nil)
    #expect(
      section.blocks.allSatisfy { block in
        if case .paragraph(let paragraph) = block { !paragraph.text.hasPrefix("Change:") } else { true }
      })
  }

  @Test func theMethodNamesEveryThresholdAndItsSourceWhenThereAreScores() {
    let method = ReportMethod.questionnaires
    #expect(method.contains("HOOS JR 22 points (substantial clinical benefit, SCB, p4qm.org/measures/3559)"))
    #expect(method.contains("iHOT-12 13 points (minimal clinically important difference, MCID,"))
    #expect(method.contains("Oxford Hip Score 8 points (minimal important change, MIC,"))
    for instrument in Instrument.allCases {
      #expect(method.contains("\(instrument.label) \(Int(instrument.threshold)) points ("), "\(instrument)")
    }
    for (format, output) in SmallDiaryTests.renderings(Reports.demoDocument) {
      #expect(output.contains("p4qm.org/measures/3559"), "\(format)")
    }
  }

  @Test func theHTMLDrawsEachScoreOnALineWithTheSurgeryMarked() throws {
    let html = HTMLRenderer().render(Reports.demoDocument)
    let start = try #require(html.range(of: "<section id=\"questionnaires\">"))
    let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
    let section = String(html[start.upperBound..<end.lowerBound])
    #expect(section.components(separatedBy: "<path class=\"score-line\"").count - 1 == 2)
    #expect(section.components(separatedBy: "<circle class=\"score\"").count - 1 == 6)
    #expect(section.contains("<title>2024-11-25: 73.5</title>"))
    // The release is the ninth treatment on the timeline, and the only surgery in these charts' days.
    #expect(
      section.components(separatedBy: "<g class=\"marker\"><title>9. 2024-10-28 psoas release").count - 1 == 2
    )
    #expect(!section.contains("<g class=\"marker\"><title>8."))
    #expect(section.contains("Dots joined by a line: HOOS JR score"))
  }
}
