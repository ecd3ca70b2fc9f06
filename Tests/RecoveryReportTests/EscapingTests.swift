import RecoveryModel
import RecoveryReport
import Testing

/// Whatever the patient typed reaches every format as words: escaped for HTML and Markdown, and on
/// one line everywhere, so it can neither add markup, restyle a terminal, nor break a table row.
struct EscapingTests {
  static let day = CalendarDay(year: 2024, month: 3, day: 15)!
  static let note = "Said \"it's <b>fine</b>\" & left\nsecond line | *not bold*"
  static let patient = "Ann\u{1B}[31m <Lee>"

  /// A diary of one cortisone injection with an awkward agent, finding and note, and a little pain.
  static let document: ReportDocument = {
    let treatment = Treatment(
      day: day, kind: .hipArthroscopy, side: .left, agent: "<script>alert(1)</script>",
      finding: "labrum \"torn\"\tfrayed", note: note)
    let pain = (1...3).map { PainEntry(day: day.adding(days: -$0), score: 5) }
    let history = History(patient: patient, treatments: [treatment], pain: pain)
    return ReportDocument(try! Report.make(history: history, asOf: day.adding(days: 2)))
  }()

  @Test func htmlEscapesMarkupQuotesAndAmpersands() {
    let html = HTMLRenderer().render(Self.document)
    #expect(!html.contains("<script>"))
    #expect(!html.contains("<b>"))
    #expect(!html.contains("<Lee>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(
      html.contains("Said &quot;it&#39;s &lt;b&gt;fine&lt;/b&gt;&quot; &amp; left second line | *not bold*"))
    #expect(html.contains("labrum &quot;torn&quot; frayed"))
    #expect(html.contains("<title>Recovery report: Ann?[31m &lt;Lee&gt;</title>"))
    #expect(!html.contains("\u{1B}"))
  }

  @Test func markdownEscapesMarkupAndKeepsTheNoteOnOneLine() {
    let markdown = MarkdownRenderer().render(Self.document)
    #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
    #expect(
      markdown.contains(
        "- 2024-03-15 hip arthroscopy: Said \"it's \\<b\\>fine\\</b\\>\" & left second line \\| \\*not bold\\*\n"
      ))
    #expect(markdown.hasPrefix("# Recovery report: Ann?\\[31m \\<Lee\\>\n"))
    #expect(!markdown.contains("\u{1B}"))
  }

  @Test func textKeepsEveryRowOnOneLineAndNoEscapeSequence() throws {
    let text = TextRenderer(color: false).render(Self.document)
    #expect(!text.contains("\u{1B}"))
    #expect(text.hasPrefix("Recovery report: Ann?[31m <Lee>\n"))
    let row = try #require(
      text.split(separator: "\n").first { $0.hasPrefix("  2024-03-15  hip arthroscopy") })
    #expect(row.hasSuffix("<script>alert(1)</script>, finding: labrum \"torn\" frayed"), "\(row)")
    #expect(
      text.contains(
        "  2024-03-15 hip arthroscopy: Said \"it's <b>fine</b>\" & left second line | *not bold*\n"))
  }

  @Test func colourOnlyWhenAskedFor() {
    let plain = TextRenderer(color: false).render(Reports.demoDocument)
    let coloured = TextRenderer(color: true).render(Reports.demoDocument)
    #expect(!plain.contains("\u{1B}["))
    #expect(coloured.contains("\u{1B}[32msubstantial improvement (so far)\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1mRecovery report: demo\u{1B}[0m"))
    // Colour never changes the words.
    let stripped = coloured.replacing(/\x{1B}\[[0-9]+m/, with: "")
    #expect(stripped == plain)
  }
}
