import Foundation
import RecoveryTestSupport
import Testing

/// `--output FILE`: the format from the extension, a mismatch refused, no file replaced without
/// `--force`; and other options of the README that must work as written.
struct OutputFileTests {
  private func diary(_ tool: RecoveryTool) throws {
    try tool.succeed(["pain", "5", "--on", "2024-11-20", "--location", "groin"])
  }

  @Test(arguments: [
    ("report.html", "<!DOCTYPE html>"), ("report.md", "# Recovery report"), ("report.json", "{"),
    ("report.txt", "Recovery report: default"),
  ])
  func theReportsFormatComesFromTheExtension(name: String, start: String) throws {
    try RecoveryTool.with { tool in
      try diary(tool)
      let run = try tool.succeed(["report", "--as-of", "2024-11-25", "--output", tool.path(name)])
      #expect(run.output == "Wrote the report to \(tool.path(name)).\n")
      let text = try String(contentsOfFile: tool.path(name), encoding: .utf8)
      #expect(text.hasPrefix(start), "\(text.prefix(80))")
    }
  }

  @Test(arguments: [
    ("diary.csv", "id,uid,type"), ("diary.json", "{\"format\":\"recovery-diary\""),
    ("diary.fhir.json", "{\"resourceType\":\"Bundle\""),
  ])
  func theExportsFormatComesFromTheExtension(name: String, start: String) throws {
    try RecoveryTool.with { tool in
      try diary(tool)
      try tool.succeed(["export", "--output", tool.path(name)])
      let text = try String(contentsOfFile: tool.path(name), encoding: .utf8)
      #expect(text.hasPrefix(start), "\(text.prefix(80))")
    }
  }

  @Test(arguments: [
    ["report", "--format", "markdown", "--output", "r.html"], ["report", "--output", "r.csv"],
    ["export", "--format", "csv", "--output", "d.json"], ["export", "--output", "d.html"],
    ["export", "--format", "json", "--output", "d.csv"], ["cohort", "--format", "html", "--output", "c.md"],
  ])
  func aFormatThatContradictsTheExtensionIsRefused(arguments: [String]) throws {
    try RecoveryTool.with { tool in
      try diary(tool)
      let run = try tool.run(arguments)
      #expect(run.failedWithOneLine && run.status == 64, "\(run.summary)")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: tool.folder).filter {
          $0.contains(".") && !$0.hasPrefix("diary.sqlite")
        }.isEmpty)
    }
  }

  @Test func theReportReplacesAFileOnlyWithForce() throws {
    try RecoveryTool.with { tool in
      try diary(tool)
      let file = tool.path("report.md")
      try Data("mine".utf8).write(to: URL(fileURLWithPath: file))
      let refused = try tool.run(["report", "--output", file])
      #expect(refused.failedWithOneLine, "\(refused.summary)")
      #expect(refused.error.contains("pass --force"), "\(refused.summary)")
      #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")
      try tool.succeed(["report", "--output", file, "--force"])
      #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# Recovery report"))
    }
  }

  @Test func theBaselineTakesANegativeWindowAsASeparateArgument() throws {
    try RecoveryTool.with { tool in
      try diary(tool)
      let separate = try tool.succeed([
        "report", "--format", "json", "--as-of", "2024-11-25", "--baseline", "-21..-1",
      ])
      let joined = try tool.succeed([
        "report", "--format", "json", "--as-of", "2024-11-25", "--baseline=-21..-1",
      ])
      #expect(separate.output == joined.output)
      #expect(separate.output.contains("\"start\" : -21"), "\(separate.output.prefix(2000))")
    }
  }

  @Test func theVersionIsPrinted() throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed(["--version"], database: false)
      #expect(run.output.hasPrefix("recovery "), "\(run.summary)")
      #expect(run.output.contains("database schema"), "\(run.summary)")
    }
  }
}
