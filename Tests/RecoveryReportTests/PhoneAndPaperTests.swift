import Foundation
import RecoveryModel
import RecoveryReport
import Testing

/// The HTML report on a phone and on paper: charts that show their newest months and legible labels,
/// headings kept with what follows them, marks that hold their text, captions that name what is
/// drawn, and a "worse" that reads as bad.
struct PhoneAndPaperTests {
  static let html = HTMLRenderer().render(Reports.demoDocument)

  @Test func aWideChartOnAPhoneOpensOnItsNewestMonthsAndSaysItScrolls() {
    #expect(Self.html.contains(".chart:not(.few){direction:rtl}"))
    #expect(Self.html.contains(".chart:not(.few)>*{direction:ltr}"))
    #expect(Self.html.contains("scroll sideways for earlier months"))
  }

  @Test func aFittedBarChartsLabelsAreAtLeastTenPixelsAt390() throws {
    // The drawing is 720 units wide; at 390 px the page leaves 366 px for it.
    let css = Self.html
    let rule = try #require(css.range(of: ".chart.few:not(.line) svg text{font-size:"))
    let size = Double(css[rule.upperBound...].prefix { $0.isNumber || $0 == "." }) ?? 0
    #expect(size * 366 / 720 >= 10, "\(size)")
  }

  @Test func printingKeepsAHeadingWithWhatFollows() {
    #expect(Self.html.contains("h2,h3{break-after:avoid;break-inside:avoid}"))
    #expect(
      Self.html.contains("h2::after,h3::after{content:\"\";display:block;height:6rem;margin-bottom:-6rem}"))
  }

  @Test func triggerPointMarksUseTextThatFitsThem() {
    #expect(Self.html.contains("svg .spot.point text{font-size:8.5px"))
  }

  @Test func theOxfordChartIsCaptionedOxfordHipScore() throws {
    let day = try #require(CalendarDay("2024-11-01"))
    let history = History(entries: [
      .treatment(Treatment(day: day, kind: .psoasRelease, side: .right)),
      .score(ScoreEntry(day: day.adding(days: 14), instrument: .oxford, answers: nil, raw: 30, score: 30)),
      .score(ScoreEntry(day: day.adding(days: 28), instrument: .oxford, answers: nil, raw: 38, score: 38)),
    ])
    let html = HTMLRenderer().render(
      ReportDocument(try Report.make(history: history, asOf: day.adding(days: 30))))
    #expect(!html.contains("Score score"))
    #expect(!html.contains("Score scores"))
    #expect(html.contains("Oxford Hip Score"))
  }

  @Test func worseIsDrawnInTheAlertRed() {
    let chart = ReportDocument.StackedBarChart(
      title: "Verdicts", segmentLabels: ["Substantial", "Meaningful", "No change", "Worse"],
      bars: [.init(label: "cortisone", n: 4, counts: [1, 1, 1, 1])], warningSegment: 3)
    let document = ReportDocument(
      title: "Cohort", summary: [], sections: [.init(id: "f", title: "F", blocks: [.stackedBars(chart)])],
      footer: "")
    let html = HTMLRenderer().render(document)
    #expect(
      html.contains(
        "-s3\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#b3261e\""
      ))
  }
}
