// `recovery demo` end to end, compared byte for byte with the report library's golden files
// (Tests/RecoveryReportTests/Golden), which pin what the library renders in-process. To regenerate
// them after an intended change, see GoldenFile in RecoveryReportTests:
//
//   RECOVERY_UPDATE_GOLDEN=1 swift test --filter RecoveryReportTests
import Foundation
import RecoveryTestSupport
import Testing

/// `recovery demo` in each format prints exactly what the report library renders for the demo.
struct ReportGoldenTests {
  /// A golden file of the report library's tests, found through this source file's path.
  static func golden(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("RecoveryReportTests").appendingPathComponent("Golden")
      .appendingPathComponent(name).path
  }

  @Test(arguments: [("text", "demo.txt"), ("markdown", "demo.md"), ("html", "demo.html")])
  func demoPrintsTheGoldenReport(format: String, file: String) throws {
    let path = Self.golden(file)
    let golden = try #require(
      FileManager.default.contents(atPath: path),
      "No golden file at \(path): run RECOVERY_UPDATE_GOLDEN=1 swift test --filter RecoveryReportTests.")
    try RecoveryTool.with { tool in
      let run = try tool.succeed(
        ["demo", "--format", format], database: false, environment: ["NO_COLOR": "1"])
      #expect(run.error.isEmpty)
      #expect(
        Data(run.output.utf8) == golden,
        "recovery demo --format \(format) differs from \(path); if the report library's golden test passes, the CLI adds or changes something."
      )
    }
  }
}
