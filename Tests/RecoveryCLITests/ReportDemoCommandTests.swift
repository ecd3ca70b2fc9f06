import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryTestSupport
import Testing

/// `recovery demo`: runs cleanly, is deterministic, keeps its database only when asked, and colours
/// its text only on a terminal without `NO_COLOR`.
struct ReportDemoCommandTests {
  /// The ANSI escape that starts every colour or style sequence.
  static let escape = "\u{1B}["

  /// A shell script that runs its first argument with standard output on a pipe (the tool's own runs
  /// write to files), then prints what came through and exits with its status.
  static let throughAPipe = "out=$(\"$0\" \"$@\"); status=$?; printf '%s' \"$out\"; exit $status"

  @Test func demoPrintsTheReportAndLeavesNothingBehind() throws {
    try RecoveryTool.with { tool in
      let scratch = tool.directory.file("tmp")
      try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
      let run = try tool.run(["demo"], database: false, environment: ["TMPDIR": scratch])
      #expect(run.status == 0)
      #expect(run.error.isEmpty)
      #expect(run.output.hasPrefix("Recovery report: demo\nAs of 2024-11-25"))
      #expect(run.output.hasSuffix("it is not medical advice.\n"))
      // The temporary database is removed, and the default database is never created.
      #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
      #expect(!FileManager.default.fileExists(atPath: tool.directory.file("xdg")))
      #expect(!FileManager.default.fileExists(atPath: tool.directory.file("home")))
    }
  }

  @Test(arguments: ["text", "json"])
  func demoIsDeterministic(format: String) throws {
    try RecoveryTool.with { tool in
      let first = try tool.succeed(["demo", "--format", format], database: false)
      let second = try tool.succeed(["demo", "--format", format], database: false)
      #expect(!first.output.isEmpty)
      #expect(first.output == second.output)
    }
  }

  @Test func demoKeepsItsDatabaseWithoutDuplicatesOnASecondRun() throws {
    try RecoveryTool.with { tool in
      // `--db` is added by the tool: the demo keeps its diary there.
      let first = try tool.succeed(["demo"], environment: ["NO_COLOR": "1"])
      let entries = try tool.listJSON(["--patient", "demo"])
      #expect(entries.count == SeedStory.entries().count)
      #expect(entries.allSatisfy { $0["patient"] as? String == "demo" })
      let second = try tool.succeed(["demo"], environment: ["NO_COLOR": "1"])
      #expect(try tool.listJSON(["--patient", "demo"]).count == entries.count)
      #expect(second.output == first.output)
      // The report from the kept diary is the demo's own.
      let report = try tool.succeed(["report", "--patient", "demo", "--as-of", "2024-11-25"])
      #expect(report.output == first.output)
    }
  }

  @Test func demoOnAPipeOrWithNoColorHasNoEscapes() throws {
    try RecoveryTool.with { tool in
      let executable = try RecoveryTool.executable()
      let piped = try tool.run(
        program: "/bin/sh", ["-c", Self.throughAPipe, executable, "demo"], environment: ["NO_COLOR": nil])
      #expect(piped.status == 0)
      #expect(piped.output.hasPrefix("Recovery report: demo"))
      #expect(!piped.output.contains(Self.escape))
      let noColor = try tool.succeed(["demo"], database: false, environment: ["NO_COLOR": "1"])
      #expect(!noColor.output.contains(Self.escape))
    }
  }

  /// On a terminal (a pseudo-terminal from util-linux `script`) the text report is coloured, unless
  /// `NO_COLOR` is set. Where `script` is not installed there is no terminal to test with, and the test
  /// checks nothing.
  @Test func demoOnATerminalIsColouredUnlessNoColor() throws {
    guard let script = ["/usr/bin/script", "/bin/script"].first(where: FileManager.default.isExecutableFile)
    else { return }
    try RecoveryTool.with { tool in
      let executable = try RecoveryTool.executable()
      let quoted = "'" + executable.replacingOccurrences(of: "'", with: "'\\''") + "'"
      let coloured = try tool.run(
        program: script, ["-qc", "\(quoted) demo", "/dev/null"], environment: ["NO_COLOR": nil])
      #expect(coloured.status == 0)
      #expect(coloured.output.contains("Recovery report: demo"))
      #expect(coloured.output.contains(Self.escape))
      let plain = try tool.run(
        program: script, ["-qc", "\(quoted) demo", "/dev/null"], environment: ["NO_COLOR": "1"])
      #expect(plain.status == 0)
      #expect(plain.output.contains("Recovery report: demo"))
      #expect(!plain.output.contains(Self.escape))
    }
  }
}
