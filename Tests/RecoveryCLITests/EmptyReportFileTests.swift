import Foundation
import RecoveryTestSupport
import Testing

/// `report --output FILE` on an empty diary writes the empty report to the file, as the library renders
/// it, instead of printing a sentence and writing nothing.
struct EmptyReportFileTests {
  @Test(arguments: [
    ("html", "<h1>Recovery report: default</h1>"), ("markdown", "# Recovery report: default\n"),
    ("text", "Recovery report: default\n"),
  ])
  func theEmptyReportIsWrittenToTheFile(format: String, heading: String) throws {
    try RecoveryTool.with { tool in
      let path = tool.directory.file("report.\(format)")
      let run = try tool.succeed(["report", "--format", format, "--output", path, "--as-of", "2024-11-25"])
      #expect(run.output == "Wrote the report to \(path).\n")
      let contents = try #require(FileManager.default.contents(atPath: path), "no file at \(path)")
      let text = String(decoding: contents, as: UTF8.self)
      #expect(text.contains(heading), "\(text.prefix(400))")
      let words = text.replacing(/<[^>]+>/, with: "")
      #expect(words.contains("Nothing logged as of 2024-11-25."), "\(text.prefix(400))")
      let mode = try #require(
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
      #expect(mode == 0o600, "mode \(String(mode, radix: 8))")
    }
  }

  @Test func theTerminalStillGetsASentence() throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed(["report", "--format", "text"])
      #expect(run.output.hasPrefix("No entries yet for default: log a"), "\(run.output)")
    }
  }
}
