import Foundation
import RecoveryTestSupport
import Testing

/// `recovery export --output FILE`: owner-only, never replaced without `--force`, never partial.
struct ExportFileTests {
  @Test func theFileIsOwnerOnlyAndHoldsWhatStandardOutputWould() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(ExportCommandTests.demo))
      for format in ["json", "csv"] {
        let path = tool.path("diary.\(format)")
        let said = try tool.permissiveOutput(
          "export", "--patient", "demo", "--format", format, "--output", path)
        #expect(said.hasPrefix("Exported 13"), "\(said)")
        #expect(said.hasSuffix("entries to \(path).\n"), "\(said)")
        #expect(FileState.mode(path) == 0o600)
        let printed = try tool.succeed(["export", "--patient", "demo", "--format", format]).output
        #expect(FileState.bytes(path) == Data(printed.utf8))
      }
      #expect(try tool.directory.fileNames() == ["diary.csv", "diary.json", "diary.sqlite"])
    }
  }

  @Test func anExistingFileIsRefusedWithoutForceAndReplacedWithIt() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      let path = tool.path("out.json")
      try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
      chmod(path, 0o644)

      let refused = try tool.run(["export", "--output", path])
      #expect(refused.status == 1, "\(refused.summary)")
      #expect(refused.failedWithOneLine, "\(refused.summary)")
      #expect(refused.error.contains("--force"), "\(refused.error)")
      #expect(FileState.bytes(path) == Data("keep me".utf8))

      try tool.succeed(["export", "--output", path, "--force"])
      let file = try ExportCommandTests.ExportFile(
        String(decoding: try #require(FileState.bytes(path)), as: UTF8.self))
      #expect(file.entries.count == 1)
      #expect(FileState.mode(path) == 0o600)
      #expect(try tool.directory.fileNames() == ["diary.sqlite", "out.json"])
    }
  }

  @Test func theDatabaseItselfAndFoldersAreRefused() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      let before = FileState.bytes(tool.database)
      let itself = try tool.run(["export", "--output", tool.database, "--force"])
      #expect(itself.status == 1 && itself.failedWithOneLine, "\(itself.summary)")
      #expect(itself.error.contains("database itself"), "\(itself.error)")
      #expect(FileState.bytes(tool.database) == before)
      #expect(try tool.listJSON().count == 1)

      let folder = try tool.run(["export", "--output", tool.folder, "--force"])
      #expect(folder.status == 1 && folder.failedWithOneLine, "\(folder.summary)")
      #expect(try tool.directory.fileNames() == ["diary.sqlite"])
    }
  }

  /// An entry that cannot be read ends the export part-way, after more than the output buffer's
  /// 64 KiB went into the temporary file: that file must go, and the file asked for must not appear.
  @Test func aFailurePartWayLeavesNoFile() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(ExportCommandTests.demo))
      let last = try SQLiteShell.value(
        tool.database, "SELECT id FROM pain ORDER BY day DESC, id DESC LIMIT 1")
      try SQLiteShell.output(
        tool.database, "PRAGMA ignore_check_constraints=1; UPDATE pain SET side = 'middle' WHERE id = \(last)"
      )
      for format in ["json", "csv"] {
        let path = tool.path("out.\(format)")
        let run = try tool.run(["export", "--patient", "demo", "--format", format, "--output", path])
        #expect(run.status == 1 && run.failedWithOneLine, "\(run.summary)")
        #expect(run.error.contains("#\(last)"), "\(run.error)")
        #expect(try tool.directory.fileNames() == ["diary.sqlite"])
      }
      // To standard output, the same entries come out up to the unreadable one (more than 64 KiB).
      let printed = try tool.run(["export", "--patient", "demo", "--format", "csv"])
      #expect(printed.status == 1)
      #expect(printed.standardOutput.count > 1 << 16)
    }
  }
}
