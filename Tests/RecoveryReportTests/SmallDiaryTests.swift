import RecoveryModel
import RecoveryReport
import Testing

/// Parts the demo does not have: treatments judged together with others, numbness set apart, and a
/// diary of pain alone. Every format shows them.
struct SmallDiaryTests {
  static let day = CalendarDay(year: 2024, month: 3, day: 1)!

  /// Cortisone, then PRP three days later (inside the cortisone's follow-up), pain throughout, and
  /// numbness.
  static let confounded: ReportDocument = {
    let treatments = [
      Treatment(day: day, kind: .cortisone, side: .right),
      Treatment(day: day.adding(days: 3), kind: .prp, side: .right),
    ]
    let pain = (-10...60).map { PainEntry(day: day.adding(days: $0), score: $0 < 0 ? 6 : 3) }
    let numbness = SymptomEntry(day: day.adding(days: 20), kind: .numbness, location: .groin, side: .right)
    let history = History(patient: "ben", treatments: treatments, pain: pain, symptoms: [numbness])
    return ReportDocument(try! Report.make(history: history, asOf: day.adding(days: 90)))
  }()

  /// The document in each format; HTML without its tags, to compare words.
  static func renderings(_ document: ReportDocument) -> [(String, String)] {
    [
      ("text", TextRenderer().render(document)), ("markdown", MarkdownRenderer().render(document)),
      ("html", HTMLRenderer().render(document).replacing(/<[^>]+>/, with: "")),
    ]
  }

  @Test func confoundersAndNumbnessAreInEveryFormat() throws {
    let responses = try #require(Self.confounded.section(.responses))
    // The table, the effect sentences under their heading, and the confounders under theirs.
    #expect(responses.blocks.count == 5)
    let symptoms = try #require(Self.confounded.section(.symptoms))
    guard case .paragraph(let alert) = symptoms.blocks.first else {
      Issue.record("symptoms start with \(symptoms.blocks)")
      return
    }
    #expect(alert.role == .alert)
    for (format, output) in Self.renderings(Self.confounded) {
      #expect(
        output.contains("Not judged on their own (another treatment in the baseline or the follow-up):"),
        "\(format)")
      #expect(
        output.contains("cortisone injection 2024-03-01: PRP injection 2024-03-04 (in the follow-up)"),
        "\(format)")
      #expect(
        output.contains("PRP injection 2024-03-04: cortisone injection 2024-03-01 (in the baseline)"),
        "\(format)")
      #expect(output.contains("Numbness is listed on its own and never mixed into pain."), "\(format)")
      #expect(output.contains("numbness (stands apart)"), "\(format)")
    }
  }

  @Test func painAloneHasNoGlanceButSaysThereIsNothingToJudge() {
    let pain = (0..<40).map { PainEntry(day: Self.day.adding(days: $0), score: 4) }
    let document = ReportDocument(
      try! Report.make(history: History(patient: "cy", pain: pain), asOf: Self.day.adding(days: 40)))
    #expect(document.sections.map(\.id) == [.timeline, .responses, .painByMonth, .method])
    for (format, output) in Self.renderings(document) {
      #expect(output.contains("No treatments logged."), "\(format)")
      #expect(output.contains("No treatments to judge."), "\(format)")
      #expect(output.contains("Lowest month 4.0, highest 4.0."), "\(format)")
    }
  }
}
