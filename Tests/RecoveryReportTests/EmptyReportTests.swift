import RecoveryDemo
import RecoveryModel
import RecoveryReport
import Testing

/// A diary with nothing in it renders, in every format, as its title, one sentence and the footer.
struct EmptyReportTests {
  let document = ReportDocument(Reports.empty)

  @Test func documentHasNoSections() {
    #expect(document.title == "Recovery report: anna")
    #expect(document.summary.map(\.text) == ["Nothing logged as of 2024-11-25."])
    #expect(document.sections.isEmpty)
  }

  @Test func text() {
    #expect(
      TextRenderer().render(document)
        == """
        Recovery report: anna
        Nothing logged as of 2024-11-25.

        This report records and computes what was logged; it is not medical advice.

        """)
  }

  @Test func markdown() {
    #expect(
      MarkdownRenderer().render(document)
        == """
        # Recovery report: anna

        Nothing logged as of 2024-11-25.

        _This report records and computes what was logged; it is not medical advice._

        """)
  }

  @Test func html() {
    let html = HTMLRenderer().render(document)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
    #expect(html.contains("<title>Recovery report: anna</title>"))
    #expect(
      html.contains(
        "<header><h1>Recovery report: anna</h1><p class=\"subject\">Nothing logged as of"
          + " <span class=\"date\">2024-11-25</span>.</p></header><footer>"))
    #expect(!html.contains("<section"))
    #expect(!html.contains("<svg"))
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test func aRangeWithNothingInItSaysWhichRange() throws {
    let report = try Report.make(
      history: SeedStory.history(), asOf: SeedStory.reportDay,
      since: CalendarDay(year: 2021, month: 1, day: 1), until: CalendarDay(year: 2021, month: 12, day: 31))
    let document = ReportDocument(report)
    #expect(document.sections.isEmpty)
    #expect(document.summary.map(\.text) == ["Nothing logged 2021-01-01 to 2021-12-31 as of 2024-11-25."])
  }
}
