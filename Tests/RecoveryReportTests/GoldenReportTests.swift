import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryReport
import Testing

/// The demo story's report (as of its report day) in every format, byte for byte, against the files
/// in `Golden/`. Set `RECOVERY_UPDATE_GOLDEN=1` to rewrite them after an intended change (see
/// ``GoldenFile``).
struct GoldenReportTests {
  @Test func demoTextMatchesTheGoldenFile() throws {
    try GoldenFile(name: "demo.txt").check(TextRenderer(color: false).render(Reports.demoDocument))
  }

  @Test func demoMarkdownMatchesTheGoldenFile() throws {
    try GoldenFile(name: "demo.md").check(MarkdownRenderer().render(Reports.demoDocument))
  }

  @Test func demoHTMLMatchesTheGoldenFile() throws {
    try GoldenFile(name: "demo.html").check(HTMLRenderer().render(Reports.demoDocument))
  }

  /// The report's JSON, encoded as `recovery report --format json` encodes it: pins every key, and
  /// `null` for every value that does not apply.
  @Test func demoJSONMatchesTheGoldenFile() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let json = String(decoding: try encoder.encode(Reports.demo), as: UTF8.self)
    try GoldenFile(name: "demo.json").check(json + "\n")
  }

  /// The golden text itself tells the seed story, so a regenerated file cannot quietly lose it.
  @Test func goldenTextTellsTheSeedStory() throws {
    let text = try GoldenFile(name: "demo.txt").contents()
    let lines = text.split(separator: "\n")
    #expect(!text.contains("\u{1B}["))
    #expect(text.hasPrefix("Recovery report: demo\nAs of 2024-11-25, day 28 after psoas release (right)\n"))
    for start in [
      "  cortisone injection      2023-06-05",
      "  PRP injection            2023-11-20",
      "  prolotherapy (3 rounds)  2024-03-04 to 2024-04-29",
    ] {
      let row = try #require(lines.first { $0.hasPrefix(start) }, "\(start)")
      #expect(row.hasSuffix("no meaningful change"), "\(row)")
    }
    let release = try #require(lines.first { $0.hasPrefix("  psoas release ") && $0.contains("(so far)") })
    #expect(release.contains("improvement (so far)"), "\(release)")
    #expect(
      text.contains("  Catching: 2.8/day (12 days) before psoas release, 0.0/day (12 days so far) after\n"))
    #expect(text.contains("  two crutches  2022-11-14  2022-12-19    35  "))
    #expect(text.contains("  two crutches  2024-10-28  2024-11-11    14  "))
    #expect(text.hasSuffix("\nThis report records and computes what was logged; it is not medical advice.\n"))
  }
}
