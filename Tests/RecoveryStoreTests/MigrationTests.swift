import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// A version 2 database (the history fixture) opened by this build: migrated to the latest version
/// with every change kept, and ready for scores, milestones and targets.
struct MigrationTests {
  @Test func aVersion2DatabaseMigratesKeepingItsHistory() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try FileManager.default.copyItem(atPath: HistoryFixtureTests.fixturePath, toPath: directory.database)
    let path = directory.database
    #expect(try SQLiteShell.value(path, "PRAGMA user_version") == "2")
    let changesBefore = try SQLiteShell.output(path, "SELECT * FROM change ORDER BY seq")
    #expect(!changesBefore.isEmpty)

    let store = try RecoveryStore(path: path)
    #expect(RecoveryStore.schemaVersion == 6)
    #expect(try SQLiteShell.value(path, "PRAGMA user_version") == "6")
    #expect(try SQLiteShell.value(path, "SELECT max(version) FROM schema_migration") == "6")
    // The secrets table starts empty: a key is made only when first asked for.
    #expect(try SQLiteShell.value(path, "SELECT count(*) FROM secret") == "0")
    let columnsBefore =
      "seq, patient_id, action, entry_type, first_id, last_id, before, after, reason, undoes, undone_by, recorded_at"
    #expect(try SQLiteShell.output(path, "SELECT \(columnsBefore) FROM change ORDER BY seq") == changesBefore)
    #expect(try SQLiteShell.value(path, "SELECT count(*) FROM patient WHERE is_default = 1") == "1")
    // The rebuilt table refers to itself under its own name, and its indexes are back.
    let schema = try SQLiteShell.output(path, "SELECT sql FROM sqlite_schema WHERE name = 'change'")
    #expect(!schema.contains("change_new"))
    #expect(schema.contains("REFERENCES \"change\"(seq)") || schema.contains("REFERENCES change(seq)"))
    #expect(
      try SQLiteShell.output(
        path, "SELECT name FROM sqlite_schema WHERE tbl_name = 'change' AND type = 'index' ORDER BY name")
        == "change_by_entry\nchange_by_patient")
    #expect(try SQLiteShell.output(path, "PRAGMA foreign_key_check").isEmpty)

    let me = try store.existingPatient(named: "default")
    let surgery = try #require(
      try store.entries(for: me, matching: EntryQuery(types: [.treatment])).compactMap {
        entry -> Treatment? in
        guard case .treatment(let treatment) = entry, treatment.category == .surgery else { return nil }
        return treatment
      }.first)
    let today = TestCalendar.today
    let score = try store.add(.score(try ScoreEntry.oxford(total: 31, day: today)), for: me, today: today)
    let target = try store.add(
      .target(MilestoneTarget(day: today, kind: .offCrutches, days: 14, surgery: surgery.uid)), for: me,
      today: today)
    let milestone = try store.add(.milestone(MilestoneEntry(day: today, kind: .drive)), for: me, today: today)
    #expect(Set([score.id, target.id, milestone.id]).count == 3)
    #expect(try store.history(id: target.id!, for: me).map(\.action) == [.add])
    try store.undo(for: me)
    #expect(try store.entries(for: me, matching: EntryQuery(types: [.milestone])).isEmpty)
    #expect(try store.check().isEmpty)
  }
}
