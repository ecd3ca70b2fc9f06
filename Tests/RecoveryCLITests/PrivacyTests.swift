import Foundation
import RecoveryTestSupport
import Testing

/// The built `recovery` tool's privacy promises: owner-only files, and no entered values in error
/// messages.
struct PrivacyTests {
  private typealias Tool = RecoveryTool

  @Test func theDatabaseBackupsAndKeptCopiesAreOwnerOnly() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try tool.permissiveOutput("pain", "6", "--on", "2024-11-20")
    #expect(FileState.mode(tool.database) == 0o600)
    let backup = tool.path("backup.sqlite")
    try tool.permissiveOutput("backup", backup)
    #expect(FileState.mode(backup) == 0o600)
    try tool.permissiveOutput("pain", "7", "--on", "2024-11-21")
    let restored = try tool.permissiveOutput("restore", backup)
    let kept = try #require(restored.split(separator: " ").last.map { String($0.dropLast(2)) })
    #expect(FileState.mode(kept) == 0o600, "\(kept)")
    for name in try FileManager.default.contentsOfDirectory(atPath: tool.folder)
    where name.hasSuffix("sqlite")
      || name.contains(".sqlite-") || name.contains("before-restore")
    {
      #expect(FileState.mode(tool.path(name)) == 0o600, "\(name)")
    }
  }

  @Test func theDefaultDataFolderIsCreatedOwnerOnly() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let data = tool.path("xdg/data")

    let outcome = try tool.recovery(
      arguments: ["pain", "5", "--on", "2024-11-20"], environment: ["XDG_DATA_HOME": data], permissive: true)

    #expect(outcome.succeeded, "\(outcome.summary)")
    #expect(FileState.mode(data + "/recovery") == 0o700)
    #expect(FileState.mode(data + "/recovery/recovery.sqlite") == 0o600)

    let home = try tool.recovery(
      arguments: ["pain", "5", "--on", "2024-11-20"], environment: ["XDG_DATA_HOME": nil], permissive: true)
    #expect(home.succeeded, "\(home.summary)")
    #expect(FileState.mode(tool.path("home/.local/share/recovery")) == 0o700)
    #expect(FileState.mode(tool.path("home/.local/share/recovery/recovery.sqlite")) == 0o600)
  }

  @Test func errorMessagesNeverShowWhatWasEntered() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let secrets = (1...6).map { "secret-\($0)-\(UUID().uuidString)" }
    try tool.permissiveOutput("pain", "6", "--on", "2024-11-20", "--note", secrets[0])
    try tool.permissiveOutput(
      "aid", "two-crutches", "--from", "2024-10-01", "--to", "2024-10-15", "--note", secrets[1])
    try tool.permissiveOutput("aid", "two-crutches", "--from", "2024-11-01", "--to", "2024-11-10")
    var outcomes = [
      try tool.recovery("edit", "1", "--score", "11"),
      try tool.recovery("edit", "1", "--note", secrets[0]),
      try tool.recovery("edit", "3", "--from", "2024-10-10"),
      try tool.recovery("remove", "99", "--reason", secrets[2]),
      try tool.recovery("history", "99"),
    ]
    // Failures inside SQLite itself: a trigger planted behind the tool's back refuses every write.
    try SQLiteShell.output(
      tool.database,
      """
      CREATE TRIGGER planted_insert BEFORE INSERT ON pain BEGIN SELECT RAISE(ABORT, 'planted'); END;
      CREATE TRIGGER planted_update BEFORE UPDATE ON pain BEGIN SELECT RAISE(ABORT, 'planted'); END;
      """)
    outcomes.append(try tool.recovery("pain", "5", "--note", secrets[3]))
    outcomes.append(try tool.recovery("edit", "1", "--note", secrets[4]))
    outcomes.append(try tool.recovery("edit", "1", "--score", "2"))
    try SQLiteShell.output(tool.database, "DROP TRIGGER planted_insert; DROP TRIGGER planted_update")
    try SQLiteShell.output(
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
