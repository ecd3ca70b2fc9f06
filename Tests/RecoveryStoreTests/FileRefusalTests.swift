import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Files the store must refuse to open, and must leave exactly as they were.
struct FileRefusalTests {
  func contents(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test func databaseOfANewerSchemaIsRefusedAndLeftUntouched() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      do {
        let store = try RecoveryStore(path: path)
        try store.add(Sample.fullPain, for: try store.defaultPatient(), today: Sample.today)
      }
      #expect(try SQLiteShell.run(path, "PRAGMA user_version = 99").succeeded)
      let before = try contents(path)
      let error = #expect(throws: StoreError.self) { try RecoveryStore(path: path) }
      #expect(error == .newerSchema(path: path, found: 99, supported: RecoveryStore.schemaVersion))
      let message = try #require(error).description
      #expect(message.contains("99"))
      #expect(message.contains("version \(RecoveryStore.schemaVersion)"))
      #expect(message.contains(path))
      #expect(try contents(path) == before)
      #expect(try SQLiteShell.value(path, "PRAGMA user_version") == "99")
      #expect(try SQLiteShell.value(path, "SELECT count(*) FROM pain") == "1")
    }
  }

  @Test(arguments: [
    ("a text file", Data("Dear diary,\nthe groin hurt today.\n".utf8)),
    ("a short file", Data("x".utf8)),
    ("binary noise", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })),
    ("an SQLite header on garbage", Data("SQLite format 3\0".utf8) + Data(repeating: 0xAB, count: 4096)),
  ])
  func fileThatIsNotADatabaseIsRefusedAndLeftUntouched(description: String, bytes: Data) throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("notes.txt")
      try bytes.write(to: URL(fileURLWithPath: path))
      let error = #expect(throws: StoreError.self) { try RecoveryStore(path: path) }
      #expect(error == .notADatabase(path: path))
      #expect(try contents(path) == bytes)
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["notes.txt"])
    }
  }

  @Test func databaseOfAnotherProgramIsRefusedAndLeftUntouched() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("other.sqlite")
      #expect(try SQLiteShell.run(path, "CREATE TABLE x(y); INSERT INTO x VALUES (42)").succeeded)
      let before = try contents(path)
      let error = #expect(throws: StoreError.self) { try RecoveryStore(path: path) }
      #expect(error == .notARecoveryDatabase(path: path))
      #expect(try contents(path) == before)
      // Not even switched to WAL.
      #expect(try SQLiteShell.value(path, "PRAGMA journal_mode") == "delete")
      #expect(try SQLiteShell.value(path, "SELECT group_concat(name) FROM sqlite_schema") == "x")
    }
  }

  @Test func emptyDatabaseOfAnotherApplicationIsRefused() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("other.sqlite")
      #expect(try SQLiteShell.run(path, "PRAGMA application_id = 1234; VACUUM").succeeded)
      let before = try contents(path)
      let error = #expect(throws: StoreError.self) { try RecoveryStore(path: path) }
      #expect(error == .notARecoveryDatabase(path: path))
      #expect(try contents(path) == before)
    }
  }

  @Test func folderIsRefused() throws {
    try TemporaryDirectory.with { directory in
      let error = #expect(throws: StoreError.self) { try RecoveryStore(path: directory.path) }
      #expect(error == .isAFolder(path: directory.path))
    }
  }

  @Test func missingFolderIsRefused() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("missing/diary.sqlite")
      let error = #expect(throws: StoreError.self) { try RecoveryStore(path: path) }
      #expect(error == .fileSystem(path: path, errno: .noSuchFileOrDirectory))
      #expect(!FileManager.default.fileExists(atPath: directory.file("missing")))
    }
  }

  @Test func emptyFileBecomesADatabase() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      #expect(FileManager.default.createFile(atPath: path, contents: Data()))
      let store = try RecoveryStore(path: path)
      let stored = try store.add(Sample.fullPain, for: try store.defaultPatient(), today: Sample.today)
      #expect(try store.entries(for: try store.defaultPatient()) == [stored])
    }
  }

  @Test func reopeningACurrentDatabaseChangesNoSchema() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      do { _ = try RecoveryStore(path: path) }
      let schema = try SQLiteShell.run(path, "SELECT sql FROM sqlite_schema ORDER BY name").output
      let migrations = try SQLiteShell.value(path, "SELECT count(*) FROM schema_migration")
      do { _ = try RecoveryStore(path: path) }
      #expect(try SQLiteShell.run(path, "SELECT sql FROM sqlite_schema ORDER BY name").output == schema)
      #expect(try SQLiteShell.value(path, "SELECT count(*) FROM schema_migration") == migrations)
      #expect(migrations == String(RecoveryStore.schemaVersion))
    }
  }
}
