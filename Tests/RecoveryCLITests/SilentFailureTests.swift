import Foundation
import RecoveryTestSupport
import Testing

/// Failures that must be reported: writes to a full standard output, unreadable input files, and
/// commands that must leave no files behind.
struct SilentFailureTests {
  /// Commands with something to print, run on a diary with one entry.
  static let printing: [[String]] = [
    ["list"], ["list", "--format", "json"], ["report"], ["report", "--format", "html"], ["export"],
    ["export", "--format", "csv"], ["patients"], ["history", "1"], ["check"], ["cohort"],
    ["pain", "4", "--on", "2024-11-21"], ["edit", "1", "--score", "5"], ["remove", "1"], ["undo"],
    ["demo"], ["help"], ["--version"],
  ]

  @Test(arguments: printing)
  func aFullStandardOutputIsAnErrorWithAMessage(arguments: [String]) throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "6", "--on", "2024-11-20", "--location", "groin"])
      let executable = try RecoveryTool.executable()
      let run = try tool.run(
        program: "/bin/sh",
        ["-c", "exec \"$0\" \"$@\" > /dev/full", executable] + arguments + ["--db", tool.database])
      #expect(run.status == 1, "\(arguments): \(run.summary)")
      #expect(run.error.contains("Cannot write standard output: No space left on device"), "\(run.summary)")
    }
  }

  @Test func aFileThatCannotBeReadIsAReadErrorNotAnEmptyFile() throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(["import", "/proc/self/mem", "--format", "csv"])
      #expect(run.failedWithOneLine, "\(run.summary)")
      #expect(run.status == 1, "\(run.summary)")
      #expect(run.error.contains("Cannot read /proc/self/mem"), "\(run.summary)")
      #expect(!run.error.contains("empty"), "\(run.summary)")
      #expect(!FileManager.default.fileExists(atPath: tool.database))
    }
  }

  @Test(arguments: [
    ["list"], ["report"], ["report", "--format", "json"], ["export"], ["patients"], ["cohort"],
  ])
  func readingWithoutADatabaseCreatesNoFolder(arguments: [String]) throws {
    try RecoveryTool.with { tool in
      try tool.succeed(arguments, database: false)
      #expect(!FileManager.default.fileExists(atPath: tool.path("xdg")), "\(arguments)")
      #expect(!FileManager.default.fileExists(atPath: tool.path("home")), "\(arguments)")
    }
  }

  @Test func writingWithoutADatabaseStillCreatesTheDefaultFolder() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"], database: false)
      #expect(FileManager.default.fileExists(atPath: tool.path("xdg/recovery/recovery.sqlite")))
    }
  }

  @Test func aDryRunWithoutADatabaseCreatesNone() throws {
    try RecoveryTool.with { tool in
      let file = tool.path("pain.csv")
      try Data("type,date,score\npain,2024-11-01,5\npain,2024-11-02,4\n".utf8).write(
        to: URL(fileURLWithPath: file))
      let run = try tool.succeed(["import", file, "--dry-run"])
      #expect(
        run.output.contains("2 entries in \(file): 2 new, 0 unchanged, 0 changed, 0 refused"),
        "\(run.summary)")
      #expect(!FileManager.default.fileExists(atPath: tool.database))
      let defaulted = try tool.succeed(["import", file, "--dry-run"], database: false)
      #expect(defaulted.output.contains("2 new"), "\(defaulted.summary)")
      #expect(!FileManager.default.fileExists(atPath: tool.path("xdg")))
    }
  }

  @Test func aDryRunCountsAChangedEntryOnce() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "6", "--on", "2024-11-20"])
      let file = tool.path("diary.csv")
      try tool.succeed(["export", "--format", "csv", "--output", file])
      let exported = try String(contentsOfFile: file, encoding: .utf8)
      try Data(exported.replacingOccurrences(of: ",6,", with: ",7,").utf8).write(
        to: URL(fileURLWithPath: file))
      let refused = try tool.run(["import", file, "--dry-run"])
      #expect(
        refused.output.contains("1 entry in \(file): 0 new, 0 unchanged, 0 changed, 1 refused"),
        "\(refused.summary)")
      let updating = try tool.succeed(["import", file, "--dry-run", "--update"])
      #expect(
        updating.output.contains("1 entry in \(file): 0 new, 0 unchanged, 1 changed, 0 refused"),
        "\(updating.summary)")
    }
  }
}
