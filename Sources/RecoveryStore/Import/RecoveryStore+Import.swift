import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RecoveryStore {
  /// Imports entries read from a file, all of them or none, in one transaction.
  ///
  /// Items are consumed one at a time, so a file of a million rows is never held in memory. Each
  /// entry goes to `patient` when given, else to the patient its row names, else to
  /// `fallbackPatient`; missing patients are created. An entry whose uid is in the database already:
  /// - with the same content (same patient, type and fields) is skipped;
  /// - with other content is refused, or with `update` recorded as a new version, as ``edit(id:for:today:_:)``
  ///   does (its history kept, `undo` reverts it); an entry removed from the database, another
  ///   patient's entry or one of another type is always refused;
  /// - marked removed in the file is skipped, whatever the database holds.
  ///
  /// An entry without a uid gets the first of `uids`' uids for its patient and content that no
  /// earlier entry of the items took, so that importing a file again adds nothing.
  ///
  /// After the first problem (a refusal here, or a refused row or file of the reader) nothing more
  /// is written, but the remaining items are still read and checked so that every problem is
  /// reported; then the transaction is rolled back. `RecoveryExchange` reads the files and calls this.
  ///
  /// - Parameters:
  ///   - items: the file's rows or objects, in order.
  ///   - uids: the rule that names entries given without a uid.
  ///   - patient: the patient every entry goes to, whatever its row says.
  ///   - fallbackPatient: the patient of rows that name none.
  ///   - update: record new versions of changed entries instead of refusing them.
  ///   - dryRun: do everything, then roll back.
  ///   - today: the patients' today, for the rule that an entry is not dated after it.
  ///   - refusingCloseNames: refuse the rows of a patient that does not exist yet when its name is
  ///     close to an existing patient's (`PatientNameMatch` in RecoveryModel), a likely typo.
  ///   - refusals: called with each entry refused, in the items' order, as soon as it is refused.
  /// - Returns: the counts; `committed` says whether anything was written.
  /// - Throws: ``StoreError`` or ``SQLiteError`` when the database fails; nothing is written then.
  public func importEntries<Items: Sequence<ImportItem>>(
    _ items: Items, uids: some ImportUIDRule, patient: String? = nil,
    fallbackPatient: String = Patient.defaultName, update: Bool = false, dryRun: Bool = false,
    today: CalendarDay = .today(), refusingCloseNames: Bool = false,
    refusals: (ImportRefusal) -> Void = { _ in }
  ) throws -> ImportSummary {
    try translatingErrors {
      do {
        return try writeTransaction {
          var session = try ImportSession(store: self, update: update, today: today, uids: uids)
          if refusingCloseNames { session.existingNames = try loadPatients().map(\.name) }
          for item in items {
            if let refusal = try session.take(item, patient: patient, fallbackPatient: fallbackPatient) {
              refusals(refusal)
            }
          }
          var summary = try session.finish(refusals)
          if dryRun || summary.problemCount > 0 { throw RollBack(summary: summary) }
          summary.committed = true
          return summary
        }
      } catch let rollBack as RollBack {
        return rollBack.summary
      }
    }
  }

  /// Thrown out of the transaction to roll it back while returning the summary.
  private struct RollBack: Error {
    let summary: ImportSummary
  }

  /// The patient of this name, or nil, read inside the current transaction.
  func patient(namedInTransaction name: String) throws -> Patient? {
    try connection.cached("SELECT id, uid, name FROM patient WHERE name = ?").rows([.text(name)]) { row in
      Patient(id: row.int(0), uid: try StoreRow.uid(row.text(1)), name: row.text(2))
    }.first
  }

  /// The patient of this name, created inside the current write transaction when missing.
  func patientCreatingInTransaction(named name: String) throws -> Patient {
    if let found = try patient(namedInTransaction: name) { return found }
    let uid = UUID()
    try connection.cached("INSERT INTO patient (uid, name, created_at) VALUES (?, ?, ?)")
      .run([.text(uid.lowercased), .text(name), .text(Self.timestamp())])
    return Patient(id: try connection.scalarInt("SELECT last_insert_rowid()")!, uid: uid, name: name)
  }

  /// The stored entry with this uid, in any table and for any patient.
  func entry(uid: UUID) throws -> (entry: DiaryEntry, patient: Patient, removed: Bool)? {
    let text = SQLValue.text(uid.lowercased)
    for (type, sql) in Self.entryByUIDSQL {
      let found = try connection.cached(sql).rows([text]) { row in
        let column = Int32(type.sqlColumns.count)
        return (
          entry: try DiaryEntry(type: type, row: row),
          patient: Patient(
            id: row.int(column + 1), uid: try StoreRow.uid(row.text(column + 2)), name: row.text(column + 3)),
          removed: row.int(column) != 0
        )
      }
      if let first = found.first { return first }
    }
    return nil
  }

  /// For each table, the look-up of its entry by uid: the entry's columns, `removed`, and the
  /// patient's id, uid and name.
  private static let entryByUIDSQL = EntryType.allCases.map { type in
    let columns = type.sqlColumns.map { "\(type.table).\($0)" }.joined(separator: ", ")
    return (
      type,
      """
      SELECT \(columns), \(type.table).removed, patient.id, patient.uid, patient.name FROM \(type.table)
      JOIN patient ON patient.id = \(type.table).patient_id WHERE \(type.table).uid = ?
      """
    )
  }

  /// Whether any table holds an entry, of any patient, removed or not.
  func hasEntries() throws -> Bool {
    try connection.scalarInt(
      "SELECT " + EntryType.allCases.map { "EXISTS (SELECT 1 FROM \($0.table))" }.joined(separator: " OR "))
      != 0
  }

  /// The look-up of an entry's id by uid in every table: one indexed look-up per table.
  static let idByUIDSQL = EntryType.allCases.map { "SELECT id FROM \($0.table) WHERE uid = ?1" }
    .joined(separator: " UNION ALL ")
}
