import Foundation
import RecoveryTestSupport
import Testing

/// The built `recovery` tool end to end: backup, restore and check.
struct BackupCommandTests {
  private typealias Tool = RecoveryTool

  @Test func backupRestoreAndCheckEndToEnd() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try tool.permissiveOutput("pain", "6", "--on", "2024-11-20")
    try tool.permissiveOutput("pain", "4", "--on", "2024-11-21")
    let backup = tool.path("backup.sqlite")

    #expect(try tool.permissiveOutput("backup", backup) == "Backed up \(tool.database) to \(backup).\n")
    #expect(FileState.mode(backup) == 0o600)
    let backupBytes = FileState.bytes(backup)
    let again = try tool.recovery("backup", backup)
    #expect(again.failedWithOneLine, "\(again.summary)")
    #expect(again.error.contains(backup))
    #expect(FileState.bytes(backup) == backupBytes)
    try tool.permissiveOutput("backup", backup, "--force")
    #expect(try tool.entries(database: backup).map(\.score) == [6, 4])

    try tool.permissiveOutput("pain", "9", "--on", "2024-11-22", "--note", "after the backup")
    let restored = try tool.permissiveOutput("restore", backup)
    let prefix = "Restored \(tool.database) from \(backup); the previous database is kept as "
    #expect(restored.hasPrefix(prefix) && restored.hasSuffix(".\n"), "\(restored)")
    let kept = String(restored.dropFirst(prefix.count).dropLast(2))
    #expect(kept.hasPrefix(tool.database + ".before-restore-"))
    #expect(FileState.mode(kept) == 0o600)
    #expect(try tool.entries(database: kept).map(\.score) == [6, 4, 9])
    #expect(try tool.entries().map(\.score) == [6, 4])
    #expect(try tool.permissiveOutput("check") == "\(tool.database): no problems found.\n")

    let text = tool.path("notes.txt")
    try Data("2024-11-20,6\n".utf8).write(to: URL(fileURLWithPath: text))
    let refused = try tool.recovery("restore", text)
    #expect(refused.failedWithOneLine, "\(refused.summary)")
    #expect(refused.error.contains(text))
    #expect(try tool.entries().map(\.score) == [6, 4])
  }

  @Test func restoreReplacesADamagedDatabaseAndKeepsItsBytesBeside() throws {
    let tool = try Tool()
    defer { tool.remove() }
    for index in 0..<20 {
      try tool.permissiveOutput(
        "pain", "\(index % 11)", "--on", "2024-11-20", "--note", String(repeating: "n", count: 2000))
    }
    let backup = tool.path("backup.sqlite")
    try tool.permissiveOutput("backup", backup)
    // The day the backup is needed: the diary itself is damaged.
    var damaged = try #require(FileState.bytes(tool.database))
    damaged.removeLast(damaged.count / 2)
    try damaged.write(to: URL(fileURLWithPath: tool.database))

    let outcome = try tool.recovery("restore", backup)

    #expect(outcome.succeeded, "\(outcome.summary)")
    #expect(try tool.entries().count == 20)
    let kept = try FileManager.default.contentsOfDirectory(atPath: tool.folder).filter {
      $0.hasPrefix("diary.sqlite.before-restore-")
    }
    #expect(kept.count == 1, "\(kept)")
    #expect(
      kept.first.flatMap { FileState.bytes(tool.path($0)) } == damaged,
      "the damaged file was not kept as it was")
  }

  @Test func checkExitsNonZeroAndNamesTheEntryWhenAProblemIsPlanted() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try tool.permissiveOutput("pain", "6", "--on", "2024-11-20")
    try tool.permissiveOutput("pain", "4", "--on", "2024-11-21")
    try SQLiteShell.output(
      tool.database, "PRAGMA ignore_check_constraints=1; UPDATE pain SET score = 12 WHERE id = 2")

    let outcome = try tool.recovery("check")

    #expect(!outcome.signaled)
    #expect(outcome.status != 0)
    #expect(outcome.output.split(separator: "\n").contains { $0.hasPrefix("#2: ") && $0.contains("12") })
    #expect(!outcome.output.contains("#1:"))
    #expect(outcome.error.hasPrefix("recovery: ") && outcome.error.hasSuffix(" found in \(tool.database).\n"))
    #expect(outcome.error.filter(\.isNewline).count == 1)
  }
}
