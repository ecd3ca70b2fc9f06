// The demo's text report, compared byte for byte with Golden/demo-report.txt.
//
// The golden file is the whole output of `NO_COLOR=1 recovery demo` written to a file (not a terminal).
// After an intended change to the report, regenerate it and review the diff before committing:
//
//   RECOVERY_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests
//
// With RECOVERY_UPDATE_GOLDEN=1 set, the test rewrites the file from the current output and passes.
import Foundation
import RecoveryTestSupport
import Testing

/// `recovery demo` as text: the seed story's report must not change unnoticed.
struct ReportGoldenTests {
  /// The golden file, found beside this source file (not a bundle resource).
  static let goldenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden").appendingPathComponent("demo-report.txt").path

  /// Where two texts first differ, as a message to act on.
  static func firstDifference(expected: String, actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let hint = "If the change is intended, run with RECOVERY_UPDATE_GOLDEN=1 to rewrite \(goldenPath)."
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let want = index < expectedLines.count ? String(expectedLines[index]) : nil
      let got = index < actualLines.count ? String(actualLines[index]) : nil
      if want != got {
        return """
          The demo report differs from the golden file first at line \(index + 1):
            golden: \(want.map { $0.debugDescription } ?? "(no such line)")
            actual: \(got.map { $0.debugDescription } ?? "(no such line)")
          \(hint)
          """
      }
    }
    return "The demo report differs from the golden file only in bytes that split into equal lines. \(hint)"
  }

  @Test func demoTextMatchesTheGoldenFile() throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed(["demo"], database: false, environment: ["NO_COLOR": "1"])
      #expect(run.error.isEmpty)
      let actual = Data(run.output.utf8)
      if ProcessInfo.processInfo.environment["RECOVERY_UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(
          atPath: URL(fileURLWithPath: Self.goldenPath).deletingLastPathComponent().path,
          withIntermediateDirectories: true)
        try actual.write(to: URL(fileURLWithPath: Self.goldenPath))
        return
      }
      let golden = try #require(
        FileManager.default.contents(atPath: Self.goldenPath),
        "No golden file at \(Self.goldenPath): run with RECOVERY_UPDATE_GOLDEN=1 to create it.")
      if actual != golden {
        let message = Self.firstDifference(
          expected: String(decoding: golden, as: UTF8.self), actual: run.output)
        Issue.record("\(message)")
      }
    }
  }

  /// The golden file itself tells the seed story, so a regenerated file cannot quietly lose it.
  @Test func goldenFileTellsTheSeedStory() throws {
    let data = try #require(FileManager.default.contents(atPath: Self.goldenPath))
    let text = String(decoding: data, as: UTF8.self)
    #expect(!text.contains("\u{1B}["))
    #expect(text.hasPrefix("Recovery report: demo\nAs of 2024-11-25"))
    for line in [
      "  cortisone injection      2023-06-05",
      "  PRP injection            2023-11-20",
      "  prolotherapy (3 rounds)  2024-04-29",
    ] {
      let row = try #require(text.split(separator: "\n").first { $0.hasPrefix(line) }, "\(line)")
      #expect(row.hasSuffix("no meaningful change"), "\(row)")
    }
    let release = try #require(text.split(separator: "\n").first { $0.hasPrefix("  psoas release ") })
    #expect(release.contains("improvement (so far)"), "\(release)")
    #expect(
      text.contains("  Catching: 2.8/day (12 days) before psoas release, 0.0/day (12 days so far) after\n"))
    #expect(text.contains("  two crutches  2022-11-14  2022-12-19    35  "))
    #expect(text.contains("  two crutches  2024-10-28  2024-11-11    14  "))
  }
}
