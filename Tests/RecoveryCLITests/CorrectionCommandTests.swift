import Foundation
import Testing

/// The built `recovery` tool end to end: corrections with history, backup, restore and check, and the
/// privacy promises (owner-only files, no entered values in error messages).
struct RobustnessCLITests {
  private typealias Tool = RobustnessTool

  /// Runs `recovery` (with umask 000) and requires success; returns what it printed.
  @discardableResult
  private func succeed(_ tool: Tool, _ arguments: String...) throws -> String {
    let outcome = try tool.recovery(arguments: arguments + ["--db", tool.database], permissive: true)
    try #require(outcome.succeeded, "\(outcome.summary)")
    return outcome.output
  }

  // MARK: - Edit, remove, undo, history

  @Test func editRemoveUndoAndHistoryEachAnswerInOneLine() throws {
    let tool = try Tool()
    defer { tool.remove() }
    #expect(
      try succeed(tool, "pain", "6", "--on", "2024-11-20", "--location", "groin", "--side", "right")
        == "Logged pain 6/10, right groin, 2024-11-20 (#1).\n")
    #expect(try succeed(tool, "pain", "4", "--on", "2024-11-21") == "Logged pain 4/10, 2024-11-21 (#2).\n")

    #expect(try succeed(tool, "edit", "1", "--score", "5") == "Edited #1: score 6 -> 5.\n")
    #expect(
      try succeed(tool, "edit", "#1", "--note", "after physio")
        == "Edited #1: note (none) -> \"after physio\".\n")
    #expect(
      try succeed(tool, "remove", "2", "--reason", "typed twice") == "Removed #2: pain 4/10, 2024-11-21.\n")

    let current = try tool.entries()
    #expect(current.map(\.id) == [1])
    #expect(current.first?.score == 5)
    #expect(current.first?.note == "after physio")
    let all = try tool.entries(includeRemoved: true)
    #expect(all.map(\.id) == [1, 2])
    #expect(all.map(\.removed) == [false, true])
    #expect(all.last?.score == 4)
    let table = try succeed(tool, "list", "--include-removed")
    #expect(table.split(separator: "\n").contains { $0.hasPrefix("#2 ") && $0.contains("(removed)") })
    #expect(!table.split(separator: "\n").contains { $0.hasPrefix("#1 ") && $0.contains("(removed)") })
    #expect(!(try succeed(tool, "list")).contains("#2"))

    let history = try succeed(tool, "history", "1").split(separator: "\n").map(String.init)
    #expect(history.count == 5, "\(history)")
    #expect(history.first == "History of #1, oldest first:")
    #expect(history.dropFirst().first?.hasPrefix("VERSION") == true)
    #expect(history.dropFirst(2).first?.hasSuffix("added: pain 6/10, right groin, 2024-11-20") == true)
    #expect(history.dropFirst(3).first?.hasSuffix("edited: score 6 -> 5") == true)
    #expect(history.dropFirst(4).first?.hasSuffix("edited: note (none) -> \"after physio\"") == true)
    let removal = try succeed(tool, "history", "2").split(separator: "\n")
    #expect(removal.last?.hasSuffix("removed (reason: typed twice)") == true)
    #expect(removal.last?.hasPrefix("v2 ") == true)

    #expect(try succeed(tool, "undo") == "Undid the removal of #2: pain 4/10, 2024-11-21 is back.\n")
    #expect(
      try succeed(tool, "undo") == "Undid the edit of #1: back to pain 5/10, right groin, 2024-11-20.\n")
    #expect(
      try succeed(tool, "undo") == "Undid the edit of #1: back to pain 6/10, right groin, 2024-11-20.\n")
    #expect(
      try succeed(tool, "undo")
        == "Undid the addition of #2: pain 4/10, 2024-11-21; it no longer shows in lists and reports.\n")
    #expect(
      try succeed(tool, "undo")
        == "Undid the addition of #1: pain 6/10, right groin, 2024-11-20; it no longer shows in lists and reports.\n"
    )
    let nothing = try tool.recovery("undo")
    #expect(nothing.failedWithOneLine, "\(nothing.summary)")
    #expect(nothing.error == "recovery: There is nothing left to undo for patient \"default\".\n")
    #expect(try succeed(tool, "list") == "No entries.\n")
    #expect(try tool.entries(includeRemoved: true).map(\.removed) == [true, true])
    #expect(
      try succeed(tool, "history", "1").split(separator: "\n").last?.contains("undo of v1: removed") == true)
  }

  @Test func editingOrRemovingAnEntryThatIsNotThePatientsFailsInOneLineAndWritesNothing() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try succeed(tool, "pain", "6", "--on", "2024-11-20")
    try succeed(tool, "pain", "3", "--on", "2024-11-20", "--patient", "bob")
    let changes = try tool.rowCount("change")
    let before = try tool.entries(includeRemoved: true)

    let attempts: [(arguments: [String], message: String)] = [
      (["edit", "99", "--score", "3"], "recovery: There is no entry #99 for patient \"default\".\n"),
      (["remove", "99"], "recovery: There is no entry #99 for patient \"default\".\n"),
      (["edit", "2", "--score", "3"], "recovery: There is no entry #2 for patient \"default\".\n"),
      (["remove", "2", "--reason", "not mine"], "recovery: There is no entry #2 for patient \"default\".\n"),
      (["history", "2"], "recovery: There is no entry #2 for patient \"default\".\n"),
      (["edit", "1", "--score", "11"], ""),
      (["edit", "1", "--count", "3"], ""),
      (["edit", "1", "--on", "2999-01-01"], ""),
      (["edit", "1", "--score", "6"], ""),
      (["edit", "1"], ""),
      (["edit", "0", "--score", "1"], ""),
      (["remove", "#x"], ""),
    ]
    for attempt in attempts {
      let outcome = try tool.recovery(arguments: attempt.arguments + ["--db", tool.database])
      #expect(outcome.failedWithOneLine, "\(outcome.summary)")
      if !attempt.message.isEmpty { #expect(outcome.error == attempt.message) }
    }

    #expect(try tool.rowCount("change") == changes)
    #expect(try tool.entries(includeRemoved: true) == before)
    #expect(try tool.entries(patient: "bob").map(\.score) == [3])
  }

  // MARK: - Backup, restore, check

  @Test func backupRestoreAndCheckEndToEnd() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try succeed(tool, "pain", "6", "--on", "2024-11-20")
    try succeed(tool, "pain", "4", "--on", "2024-11-21")
    let backup = tool.path("backup.sqlite")

    #expect(try succeed(tool, "backup", backup) == "Backed up \(tool.database) to \(backup).\n")
    #expect(Tool.mode(backup) == 0o600)
    let backupBytes = Tool.bytes(backup)
    let again = try tool.recovery("backup", backup)
    #expect(again.failedWithOneLine, "\(again.summary)")
    #expect(again.error.contains(backup))
    #expect(Tool.bytes(backup) == backupBytes)
    try succeed(tool, "backup", backup, "--force")
    #expect(try tool.entries(database: backup).map(\.score) == [6, 4])

    try succeed(tool, "pain", "9", "--on", "2024-11-22", "--note", "after the backup")
    let restored = try succeed(tool, "restore", backup)
    let prefix = "Restored \(tool.database) from \(backup); the previous database is kept as "
    #expect(restored.hasPrefix(prefix) && restored.hasSuffix(".\n"), "\(restored)")
    let kept = String(restored.dropFirst(prefix.count).dropLast(2))
    #expect(kept.hasPrefix(tool.database + ".before-restore-"))
    #expect(Tool.mode(kept) == 0o600)
    #expect(try tool.entries(database: kept).map(\.score) == [6, 4, 9])
    #expect(try tool.entries().map(\.score) == [6, 4])
    #expect(try succeed(tool, "check") == "\(tool.database): no problems found.\n")

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
      try succeed(
        tool, "pain", "\(index % 11)", "--on", "2024-11-20", "--note", String(repeating: "n", count: 2000))
    }
    let backup = tool.path("backup.sqlite")
    try succeed(tool, "backup", backup)
    // The day the backup is needed: the diary itself is damaged.
    var damaged = try #require(Tool.bytes(tool.database))
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
      kept.first.flatMap { Tool.bytes(tool.path($0)) } == damaged, "the damaged file was not kept as it was")
  }

  @Test func checkExitsNonZeroAndNamesTheEntryWhenAProblemIsPlanted() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try succeed(tool, "pain", "6", "--on", "2024-11-20")
    try succeed(tool, "pain", "4", "--on", "2024-11-21")
    try tool.sqlite(
      tool.database, "PRAGMA ignore_check_constraints=1; UPDATE pain SET score = 12 WHERE id = 2")

    let outcome = try tool.recovery("check")

    #expect(!outcome.signaled)
    #expect(outcome.status != 0)
    #expect(outcome.output.split(separator: "\n").contains { $0.hasPrefix("#2: ") && $0.contains("12") })
    #expect(!outcome.output.contains("#1:"))
    #expect(outcome.error.hasPrefix("recovery: ") && outcome.error.hasSuffix(" found in \(tool.database).\n"))
    #expect(outcome.error.filter(\.isNewline).count == 1)
  }

  // MARK: - Privacy

  @Test func theDatabaseBackupsAndKeptCopiesAreOwnerOnly() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try succeed(tool, "pain", "6", "--on", "2024-11-20")
    #expect(Tool.mode(tool.database) == 0o600)
    let backup = tool.path("backup.sqlite")
    try succeed(tool, "backup", backup)
    #expect(Tool.mode(backup) == 0o600)
    try succeed(tool, "pain", "7", "--on", "2024-11-21")
    let restored = try succeed(tool, "restore", backup)
    let kept = try #require(restored.split(separator: " ").last.map { String($0.dropLast(2)) })
    #expect(Tool.mode(kept) == 0o600, "\(kept)")
    for name in try FileManager.default.contentsOfDirectory(atPath: tool.folder)
    where name.hasSuffix("sqlite")
      || name.contains(".sqlite-") || name.contains("before-restore")
    {
      #expect(Tool.mode(tool.path(name)) == 0o600, "\(name)")
    }
  }

  @Test func theDefaultDataFolderIsCreatedOwnerOnly() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let data = tool.path("xdg/data")

    let outcome = try tool.recovery(
      arguments: ["pain", "5", "--on", "2024-11-20"], environment: ["XDG_DATA_HOME": data], permissive: true)

    #expect(outcome.succeeded, "\(outcome.summary)")
    #expect(Tool.mode(data + "/recovery") == 0o700)
    #expect(Tool.mode(data + "/recovery/recovery.sqlite") == 0o600)

    let home = try tool.recovery(arguments: ["pain", "5", "--on", "2024-11-20"], permissive: true)
    #expect(home.succeeded, "\(home.summary)")
    #expect(Tool.mode(tool.path("home/.local/share/recovery")) == 0o700)
    #expect(Tool.mode(tool.path("home/.local/share/recovery/recovery.sqlite")) == 0o600)
  }

  @Test func errorMessagesNeverShowWhatWasEntered() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let secrets = (1...6).map { "secret-\($0)-\(UUID().uuidString)" }
    try succeed(tool, "pain", "6", "--on", "2024-11-20", "--note", secrets[0])
    try succeed(
      tool, "aid", "two-crutches", "--from", "2024-10-01", "--to", "2024-10-15", "--note", secrets[1])
    try succeed(tool, "aid", "two-crutches", "--from", "2024-11-01", "--to", "2024-11-10")
    var outcomes = [
      try tool.recovery("edit", "1", "--score", "11"),
      try tool.recovery("edit", "1", "--note", secrets[0]),
      try tool.recovery("edit", "3", "--from", "2024-10-10"),
      try tool.recovery("remove", "99", "--reason", secrets[2]),
      try tool.recovery("history", "99"),
    ]
    // Failures inside SQLite itself: a trigger planted behind the tool's back refuses every write.
    try tool.sqlite(
      tool.database,
      """
      CREATE TRIGGER planted_insert BEFORE INSERT ON pain BEGIN SELECT RAISE(ABORT, 'planted'); END;
      CREATE TRIGGER planted_update BEFORE UPDATE ON pain BEGIN SELECT RAISE(ABORT, 'planted'); END;
      """)
    outcomes.append(try tool.recovery("pain", "5", "--note", secrets[3]))
    outcomes.append(try tool.recovery("edit", "1", "--note", secrets[4]))
    outcomes.append(try tool.recovery("edit", "1", "--score", "2"))
    try tool.sqlite(tool.database, "DROP TRIGGER planted_insert; DROP TRIGGER planted_update")
    try tool.sqlite(
      tool.database, "PRAGMA ignore_check_constraints=1; UPDATE pain SET side = '\(secrets[5])' WHERE id = 1")
    outcomes.append(try tool.recovery("check"))
    outcomes.append(try tool.recovery("list"))

    for outcome in outcomes {
      #expect(!outcome.signaled && outcome.status != 0, "\(outcome.summary)")
      for secret in secrets {
        #expect(!outcome.error.contains(secret), "\(outcome.summary)")
        #expect(!outcome.output.contains(secret), "\(outcome.summary)")
      }
    }
    #expect(outcomes.dropLast(2).allSatisfy { $0.failedWithOneLine }, "\(outcomes.map(\.summary))")
  }
}
