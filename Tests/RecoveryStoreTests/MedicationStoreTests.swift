import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Medications in a real database file: doses and courses stored and read back whole, corrected with
/// history, found by a date range that a course overlaps, and refused by the schema's own constraints.
struct MedicationStoreTests {
  static let day = Sample.day("2024-10-28")

  static let entries: [DiaryEntry] = [
    .medication(
      MedicationEntry(
        drug: .oxycodone, day: day, time: Sample.time("21:30"), dose: 7.5, times: 2, asNeeded: true,
        note: "night")),
    .medication(
      MedicationEntry(
        drug: .paracetamol, day: day, isCourse: true, to: day.adding(days: 14), dose: 1000, times: 4)),
    .medication(
      MedicationEntry(drug: .ibuprofen, day: day.adding(days: 2), isCourse: true, dose: 400, times: 3)),
    .medication(MedicationEntry(drug: .other, name: "dexamethasone", day: day)),
  ]

  @Test func dosesAndCoursesReadBackAsStored() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      var stored: [DiaryEntry] = []
      for entry in Self.entries { stored.append(try store.add(entry, for: patient, today: Sample.today)) }
      for (entry, back) in zip(Self.entries, stored) {
        var expected = entry
        expected.id = back.id
        #expect(try store.entry(id: back.id!, for: patient) == expected)
      }
      let history = try store.history(for: patient)
      #expect(history.medications.count == 4)
      #expect(Set(history.medications.map(\.uid)) == Set(Self.entries.map(\.uid)))
      // The paracetamol course started before the range and is still taken in it; the open ibuprofen
      // course too; the doses on the first day are not.
      let later = try store.entries(
        for: patient, matching: EntryQuery(types: [.medication], from: Self.day.adding(days: 5)))
      #expect(Set(later.map(\.uid)) == Set([Self.entries[1].uid, Self.entries[2].uid]))
      #expect(try SQLiteShell.value(store.path, "SELECT count(*) FROM medication") == "4")
      #expect(try store.check().isEmpty)
    }
  }

  @Test func anEditKeepsHistoryAndUndoRestores() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let id = try store.add(Self.entries[0], for: patient, today: Sample.today).id!
      try store.edit(id: id, for: patient, today: Sample.today) { entry in
        guard case .medication(var medication) = entry else { return }
        medication.dose = 5
        entry = .medication(medication)
      }
      #expect(try store.history(id: id, for: patient).map(\.action) == [.add, .edit])
      try store.undo(for: patient)
      #expect(try store.entry(id: id, for: patient).uid == Self.entries[0].uid)
      guard case .medication(let back) = try store.entry(id: id, for: patient) else {
        Issue.record("not a medication")
        return
      }
      #expect(back.dose == 7.5)
      try store.remove(id: id, for: patient)
      #expect(try store.entries(for: patient, matching: EntryQuery(types: [.medication])).isEmpty)
    }
  }

  @Test func anImplausibleDoseWritesNothing() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let entry = DiaryEntry.medication(MedicationEntry(drug: .oxycodone, day: Self.day, dose: 800))
      #expect(throws: StoreError.invalidEntry(.implausibleDose(drug: .oxycodone, dose: 800, largest: 80))) {
        try store.add(entry, for: patient, today: Sample.today)
      }
      #expect(try SQLiteShell.value(store.path, "SELECT count(*) FROM medication") == "0")
      #expect(try SQLiteShell.value(store.path, "SELECT count(*) FROM change") == "0")
    }
  }

  /// Rows the schema refuses on its own, whatever writes them.
  @Test(arguments: [
    "drug, course, times, prn) VALUES ('aspirin', 0, 1, 0)",
    "drug, course, times, prn) VALUES ('other', 0, 1, 0)",
    "drug, course, times, prn, dose) VALUES ('ibuprofen', 0, 1, 0, -5)",
    "drug, course, times, prn) VALUES ('ibuprofen', 0, 0, 0)",
    "drug, course, times, prn, to_day) VALUES ('ibuprofen', 0, 1, 0, '2024-11-01')",
    "drug, course, times, prn, to_day) VALUES ('ibuprofen', 1, 1, 0, '2024-10-28')",
    "drug, course, times, prn, time) VALUES ('ibuprofen', 1, 1, 0, '08:00')",
    "drug, course, times, prn) VALUES ('ibuprofen', 2, 1, 0)",
  ])
  func theSchemaRefusesABrokenRow(values: String) throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      _ = try store.defaultPatient()
      let sql =
        "INSERT INTO medication (uid, patient_id, day, recorded_at, "
        + values.replacingOccurrences(
          of: "VALUES (", with: "VALUES ('\(UUID().uuidString)', 1, '2024-10-28', 'x', ")
      let result = try SQLiteShell.run(store.path, sql)
      #expect(!result.succeeded)
      #expect(try SQLiteShell.value(store.path, "SELECT count(*) FROM medication") == "0")
    }
  }

  /// A database written by the release before medications: it opens, upgrades to the latest schema
  /// with every entry and change kept, and takes medications.
  @Test func aVersion5DatabaseUpgradesAndTakesMedications() throws {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/patients-v5.sqlite").path
    try TemporaryDirectory.with { directory in
      let path = directory.database
      try FileManager.default.copyItem(atPath: fixture, toPath: path)
      #expect(try SQLiteShell.value(path, "PRAGMA user_version") == "5")
      let changesBefore = try SQLiteShell.output(path, "SELECT * FROM change ORDER BY seq")
      let store = try RecoveryStore(path: path)
      #expect(RecoveryStore.schemaVersion == 6)
      #expect(try SQLiteShell.value(path, "PRAGMA user_version") == "6")
      #expect(try SQLiteShell.output(path, "SELECT * FROM change ORDER BY seq") == changesBefore)
      #expect(try SQLiteShell.output(path, "PRAGMA foreign_key_check").isEmpty)
      let schema = try SQLiteShell.output(path, "SELECT sql FROM sqlite_schema WHERE name = 'medication'")
      #expect(schema.contains("STRICT"))
      let me = try store.existingPatient(named: "default")
      #expect(try store.entries(for: me).count == 4)
      let added = try store.add(Self.entries[1], for: me, today: Sample.today)
      #expect(added.id == 6)
      #expect(try store.history(id: 6, for: me).map(\.action) == [.add])
      #expect(
        try SQLiteShell.value(path, "SELECT entry_type FROM change ORDER BY seq DESC LIMIT 1") == "medication"
      )
      try store.undo(for: me)
      #expect(try store.entries(for: me, matching: EntryQuery(types: [.medication])).isEmpty)
      #expect(try store.check().isEmpty)
    }
  }
}
