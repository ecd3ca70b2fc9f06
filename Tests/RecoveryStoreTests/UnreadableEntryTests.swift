import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Rows changed with the sqlite3 shell behind the store's back, past the schema's constraints: reading
/// them is an error naming the entry and the column, never a crash.
struct UnreadableEntryTests {
  /// A diary of one pain entry (#1) and one symptom (#2), changed by `sql` afterwards.
  func diary(in directory: TemporaryDirectory, changedBy sql: String...) throws -> (RecoveryStore, Patient) {
    let path = directory.file("diary.sqlite")
    do {
      let store = try RecoveryStore(path: path)
      let me = try store.defaultPatient()
      try store.add(Sample.fullPain, for: me, today: Sample.today)
      try store.add(
        .symptom(SymptomEntry(day: Sample.today, kind: .catching, count: 2)), for: me, today: Sample.today)
    }
    for statement in sql {
      let result = try SQLiteShell.run(path, statement)
      try #require(result.succeeded, "\(statement): \(result.error)")
    }
    let store = try RecoveryStore(path: path)
    return (store, try store.defaultPatient())
  }

  @Test func anUnknownWordIsAnUnreadableEntryNamingTheColumn() throws {
    try TemporaryDirectory.with { directory in
      let (store, me) = try diary(
        in: directory,
        changedBy: "PRAGMA ignore_check_constraints = 1; UPDATE pain SET side = 'middle' WHERE id = 1")

      let expected = StoreError.unreadableEntry(
        path: store.path, table: "pain", id: 1, column: "side", value: "middle")
      #expect(throws: expected) { try store.entries(for: me) }
      #expect(throws: expected) { try store.entry(id: 1, for: me) }
      #expect(!expected.description.contains("middle"), "the stored text stays out of the description")
      #expect(try store.check().contains { $0.entryID == 1 && $0.message.contains("unreadable side") })
    }
  }

  @Test func anImpossibleDayIsAnUnreadableEntry() throws {
    try TemporaryDirectory.with { directory in
      let (store, me) = try diary(
        in: directory,
        changedBy: "PRAGMA ignore_check_constraints = 1; UPDATE symptom SET day = '2023-02-30' WHERE id = 2")
      #expect(
        throws: StoreError.unreadableEntry(
          path: store.path, table: "symptom", id: 2, column: "day", value: "2023-02-30")
      ) { try store.entries(for: me) }
    }
  }

  @Test func aMissingRequiredWordIsAnUnreadableEntryNotACrash() throws {
    try TemporaryDirectory.with { directory in
      // NOT NULL is not a CHECK: only rewriting the schema lets a NULL kind in.
      let (store, me) = try diary(
        in: directory,
        changedBy:
          "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, 'kind TEXT NOT NULL', 'kind TEXT') WHERE name = 'symptom'",
        "UPDATE symptom SET kind = NULL WHERE id = 2")
      #expect(
        throws: StoreError.unreadableEntry(
          path: store.path, table: "symptom", id: 2, column: "kind", value: nil)
      ) { try store.entries(for: me) }
      #expect(try store.check().contains { $0.entryID == 2 && $0.message.contains("unreadable kind") })
    }
  }
}
