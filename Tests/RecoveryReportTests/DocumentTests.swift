import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryReport
import Testing

/// The document's typed content: cells keep their values, numbers their precision, and the whole
/// survives a round trip through JSON.
struct DocumentTests {
  let document = Reports.demoDocument

  func table(_ id: ReportDocument.Section.ID, _ index: Int = 0) throws -> ReportDocument.Table {
    let section = try #require(document.section(id))
    let tables = section.blocks.compactMap { block -> ReportDocument.Table? in
      if case .table(let table) = block { table } else { nil }
    }
    return try #require(index < tables.count ? tables[index] : nil)
  }

  @Test func responseCellsAreTyped() throws {
    let responses = try table(.responses)
    #expect(
      responses.columns.map(\.title) == [
        "Treatment", "Date", "Pain before", "Pain after", "Change", "Effect (95% interval)", "Verdict",
      ])
    #expect(
      responses.columns.map(\.alignment) == [
        .leading, .leading, .trailing, .trailing, .trailing, .trailing, .leading,
      ])
    let release = try #require(responses.rows.last)
    #expect(release.cells[1].value == .day(SeedStory.releaseDay))
    guard case .number(let before) = release.cells[2].value else {
      Issue.record("pain before is \(release.cells[2].value)")
      return
    }
    #expect(before.decimals == 1)
    // The cell holds the mean as shown beside its verdict (5.416... as 5.4).
    let releaseResponse = try #require(Reports.demo.responses.last)
    let exact = try #require(releaseResponse.baseline.mean)
    #expect(abs(before.value - exact) < 0.05)
    #expect(
      before.value
        == Rounding.shownMeans(baseline: exact, followUp: releaseResponse.followUp.mean ?? exact).baseline)
    #expect(release.cells[2].note == "12 days")
    #expect(release.cells[3].note == "12 days so far")
    let effect = try #require(releaseResponse.effect)
    #expect(release.cells[5].plainText == Rounding.effect(of: effect))
    #expect(release.cells[6].value == .verdict(.substantialImprovement, partial: true))
    #expect(release.cells[6].plainText == "substantial improvement (so far)")
    let resurfacing = try #require(responses.rows.first)
    #expect(resurfacing.cells[2].value == .text("no data"))
    #expect(resurfacing.cells[4].value == .empty)
    #expect(resurfacing.cells[5].plainText == "")
  }

  @Test func aidDaysAreIntegers() throws {
    let aids = try table(.walkingAids)
    #expect(aids.rows.map { $0.cells[3].value } == [.integer(35), .integer(21), .integer(14)])
  }

  @Test(arguments: [
    (ReportDocument.Number(5.64), "5.6"), (ReportDocument.Number(-0.04), "0.0"),
    (ReportDocument.Number(-2, signed: true), "-2.0"), (ReportDocument.Number(0.24, signed: true), "+0.2"),
    (ReportDocument.Number(-0.04, signed: true), "0.0"),
    (ReportDocument.Number(-57.6, decimals: 0, signed: true, unit: "%"), "-58%"),
    (ReportDocument.Number(29.5, decimals: 0, unit: "%"), "30%"),
    (ReportDocument.Number(-1.95, signed: true), "-1.95"),
    (ReportDocument.Number(1.96, signed: true), "+1.96"),
    (ReportDocument.Number(-29.63, decimals: 0, signed: true, unit: "%"), "-29.6%"),
    (ReportDocument.Number(-49.6, decimals: 0, signed: true, unit: "%"), "-49.6%"),
  ])
  func numbersShowTheirPrecision(number: ReportDocument.Number, text: String) {
    #expect(number.formatted == text)
  }

  @Test func cellsWithNotes() {
    #expect(ReportDocument.Cell(.number(.init(5.6)), note: "13 days").plainText == "5.6 (13 days)")
    #expect(ReportDocument.Cell.text("").value == .empty)
    #expect(ReportDocument.Cell(.empty, note: "note").plainText == "(note)")
    #expect(ReportDocument.Cell(.integer(3)).plainText == "3")
  }

  @Test func documentSurvivesAJSONRoundTrip() throws {
    let data = try JSONEncoder().encode(document)
    let decoded = try JSONDecoder().decode(ReportDocument.self, from: data)
    #expect(decoded == document)
    #expect(decoded.version == ReportDocument.currentVersion)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let sections = try #require(object["sections"] as? [[String: Any]])
    #expect(sections.first?["id"] as? String == "glance")
    let blocks = try #require(sections.first?["blocks"] as? [[String: Any]])
    #expect(blocks.first?["type"] as? String == "list")
  }

  /// Each typed value is an object naming its kind, with the value under the same name.
  @Test func typedValuesAreWrittenWithTheirKind() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    func json(_ value: some Encodable) throws -> String {
      String(decoding: try encoder.encode(value), as: UTF8.self)
    }
    #expect(
      try json(ReportDocument.Cell.Value.verdict(.worse, partial: true))
        == #"{"partial":true,"type":"verdict","verdict":"worse"}"#)
    #expect(
      try json(ReportDocument.Cell.Value.day(SeedStory.reportDay)) == #"{"day":"2024-11-25","type":"day"}"#)
    #expect(try json(ReportDocument.Cell.Value.empty) == #"{"type":"empty"}"#)
    #expect(
      try json(ReportDocument.Paragraph.Span.Emphasis.verdict(.pending))
        == #"{"type":"verdict","verdict":"pending"}"#)
    #expect(
      try json(ReportDocument.Chart.Band.Kind.walkingAid(.cane)) == #"{"aid":"cane","type":"walkingAid"}"#)
    #expect(try json(ReportDocument.Chart.Axis.categories) == #"{"type":"categories"}"#)
    #expect(try json(ReportDocument.Section.ID.responses) == #""responses""#)
  }

  /// A document an app put together, with ragged rows and a chart without a top, still renders.
  @Test func handMadeDocumentRendersInEveryFormat() {
    let day = SeedStory.reportDay
    let table = ReportDocument.Table(
      columns: [.init("A"), .init("B", alignment: .trailing)],
      rows: [.init([.text("only one")]), .init([.text("x"), Cell(.integer(2)), .text("extra")])])
    let chart = ReportDocument.Chart(
      title: "flat", caption: "Nothing above zero.", axis: .days(from: day, through: day), maximum: 0,
      series: [
        .init(name: "zero", style: .bars, points: [.init(label: "d", from: day, through: day, value: 0)])
      ])
    let handMade = ReportDocument(
      title: "Hand made", summary: [],
      sections: [.init(id: "custom", title: "Custom", blocks: [.table(table), .chart(chart)])], footer: "End."
    )
    let text = TextRenderer().render(handMade)
    #expect(text.contains("  only one\n"))
    #expect(text.contains("  x         2\n"))
    #expect(!text.contains("extra"))
    #expect(MarkdownRenderer().render(handMade).contains("| only one |"))
    #expect(HTMLRenderer().render(handMade).contains("<section id=\"custom\"><h2>Custom</h2>"))
  }

  typealias Cell = ReportDocument.Cell

  @Test func chartsDescribeSeriesMarkersAndBands() throws {
    let section = try #require(document.section(.painByMonth))
    guard case .chart(let chart) = section.blocks.first else {
      Issue.record("no chart first in \(section.blocks)")
      return
    }
    #expect(
      chart.axis == .days(from: CalendarDay(year: 2022, month: 11, day: 1)!, through: SeedStory.reportDay))
    #expect(chart.series.map(\.style) == [.dots, .steps])
    #expect(chart.series[0].points.count == Reports.demo.pain.daily.count)
    #expect(chart.markers.map(\.number) == Array(1...9))
    #expect(chart.markers.last?.label == "2024-10-28 psoas release (right)")
    #expect(chart.bands.count == 3)
    #expect(chart.bands.first?.kind == .walkingAid(.twoCrutches))
  }
}
