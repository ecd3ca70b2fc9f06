import RecoveryCommandLine
import RecoveryModel
import RecoveryStore

/// The shared path of every logging command: validate, store, confirm in one line.
enum Logging {
  /// Validates `record` before the database is even opened (so bad input never creates or touches
  /// it), stores it, and prints `Logged <entry> (#N).`
  /// A surgery of the same kind, side and day as one logged already is refused unless `again`.
  static func log(_ record: DiaryEntry, global: GlobalOptions, today: CalendarDay, again: Bool = false) throws
  {
    try record.validate(today: today)
    let (store, patient) = try global.openStoreAndPatient(creating: true)
    if !again, case .treatment(let treatment) = record,
      let existing = try store.sameSurgery(as: treatment, for: patient)
    {
      throw StoreError.duplicateSurgery(
        existing: existing, kind: treatment.kind, side: treatment.side, day: treatment.day)
    }
    let stored = try store.add(record, for: patient, today: today)
    print(
      "Logged \(EntryDescription.line(stored).oneLine) (#\(stored.id!))\(try forWhom(patient, in: store)).")
  }

  /// " for NAME" when the database holds more than one patient, so that the line says whose diary the
  /// entry went to; else nothing.
  static func forWhom(_ patient: Patient, in store: RecoveryStore) throws -> String {
    try store.patients().count > 1 ? " for \(patient.name.oneLine)" : ""
  }
}
