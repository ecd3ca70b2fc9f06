import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// How a new database file is made: owner-only, WAL, identified as a recovery database.
struct DatabaseFileTests {
  func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int)
  }

  @Test func newDatabaseIsOwnerOnly() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      let store = try RecoveryStore(path: path)
      try store.add(Sample.fullPain, for: try store.defaultPatient(), today: Sample.today)
      #expect(try permissions(path) == 0o600)
      // The write-ahead log holds the same health data while the store is open.
      for companion in [path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: companion)
      {
        #expect(try permissions(companion) & 0o077 == 0, "\(companion)")
      }
    }
  }

  @Test func databaseIsInWALMode() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      do { _ = try RecoveryStore(path: path) }
      #expect(try SQLiteShell.value(path, "PRAGMA journal_mode") == "wal")
    }
  }

  @Test func foreignKeysAreEnforcedOnTheStoresConnection() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      _ = try store.defaultPatient()
      // A patient value the database has never seen: only the foreign key stops its entries.
      let ghost = Patient(id: 999, uid: UUID(), name: "ghost")
      #expect(throws: (any Error).self) { try store.add(Sample.fullPain, for: ghost, today: Sample.today) }
      #expect(try SQLiteShell.value(store.path, "SELECT count(*) FROM pain") == "0")
    }
  }

  @Test func databaseCarriesApplicationIDAndSchemaVersion() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      do { _ = try RecoveryStore(path: path) }
      #expect(try SQLiteShell.value(path, "PRAGMA application_id") == String(0x5243_5659))
      #expect(try SQLiteShell.value(path, "PRAGMA user_version") == String(RecoveryStore.schemaVersion))
      #expect(
        try SQLiteShell.value(path, "SELECT max(version) FROM schema_migration")
          == String(RecoveryStore.schemaVersion))
    }
  }

  @Test func committedEntriesAreInTheFileForOtherProcesses() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      let store = try RecoveryStore(path: path)
      try store.add(Sample.fullPain, for: try store.defaultPatient(), today: Sample.today)
      // Still open: another process reads the committed row through the WAL.
      #expect(try SQLiteShell.value(path, "SELECT score FROM pain") == "6")
    }
  }
}
