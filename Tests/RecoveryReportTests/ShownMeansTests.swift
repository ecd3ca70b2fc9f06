import RecoveryModel
import RecoveryReport
import Testing

/// The means a response's row and "at a glance" show never read as a change the verdict does not
/// state, in every format.
struct ShownMeansTests {
  static let injection = CalendarDay(year: 2024, month: 3, day: 1)!

  /// Pain 7 for 14 days before a cortisone injection, 5 on 35 of the 36 follow-up days and 6 on one:
  /// -1.97 points, -28%, a plain change short of meaningful (the effect's interval reaches -2, so the
  /// verdict is that the data cannot tell).
  static let almostTwoPoints: ReportDocument = {
    var pain = (-14 ... -1).map { PainEntry(day: injection.adding(days: $0), score: 7) }
    pain += (7...42).map { PainEntry(day: injection.adding(days: $0), score: $0 == 20 ? 6 : 5) }
    let history = History(
      patient: "eve", treatments: [Treatment(day: injection, kind: .cortisone, side: .right)], pain: pain)
    return ReportDocument(try! Report.make(history: history, asOf: injection.adding(days: 60)))
  }()

  @Test func meansNextToAChangeBelowTheThresholdShowAnotherDecimal() throws {
    let responses = try #require(Self.almostTwoPoints.section(.responses))
    guard case .table(let table) = responses.blocks.first else {
      Issue.record("responses start with \(responses.blocks)")
      return
    }
    let row = try #require(table.rows.first).cells.map(\.valueText)
    #expect(Array(row.dropFirst(2)).prefix(3) == ["7.00", "5.03", "-1.97"])
    #expect(row.last == "cannot tell")
    for (format, output) in SmallDiaryTests.renderings(Self.almostTwoPoints) {
      #expect(output.contains("7.00"), "\(format)")
      #expect(output.contains("5.03"), "\(format)")
      #expect(!output.contains("5.0 (36 days)"), "\(format)")
    }
  }

  @Test func theHeaderSaysOneSidedTreatmentsCountTheirOwnSide() {
    for (format, output) in SmallDiaryTests.renderings(Self.almostTwoPoints) {
      #expect(
        output.contains("Pain counted: all locations; one-sided treatments on their own side"),
        "\(format)")
      #expect(!output.contains("all locations and sides"), "\(format)")
    }
  }
}
