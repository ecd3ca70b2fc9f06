import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RecoveryStore {
  /// The columns a ``Patient`` is read from.
  private static let patientColumns = "id, uid, name"

  private static func patient(_ row: Row) throws -> Patient {
    Patient(id: row.int(0), uid: try StoreRow.uid(row.text(1)), name: row.text(2))
  }

  /// Every patient in the database, by name; removed patients are left out.
  public func patients() throws -> [Patient] {
    try translatingErrors { try loadPatients() }
  }

  /// ``patients()`` for a caller that holds the lock.
  func loadPatients() throws -> [Patient] {
    try connection.cached("SELECT \(Self.patientColumns) FROM patient WHERE removed = 0 ORDER BY name")
      .rows([], Self.patient)
  }

  /// The patients with at least one entry that is not removed, by name.
  public func patientsWithEntries() throws -> [Patient] {
    let anyEntry = EntryType.allCases.map {
      "EXISTS (SELECT 1 FROM \($0.table) WHERE patient_id = patient.id AND removed = 0)"
    }
    let sql =
      "SELECT \(Self.patientColumns) FROM patient WHERE removed = 0 AND (\(anyEntry.joined(separator: " OR ")))"
      + " ORDER BY name"
    return try translatingErrors { try connection.cached(sql).rows([], Self.patient) }
  }

  /// The patient with this name, or nil (also for a removed patient).
  public func patient(named name: String) throws -> Patient? {
    try translatingErrors { try findPatient(named: name) }
  }

  /// ``patient(named:)`` for a caller that holds the lock.
  func findPatient(named name: String) throws -> Patient? {
    try connection.cached("SELECT \(Self.patientColumns) FROM patient WHERE name = ? AND removed = 0")
      .rows([.text(name)], Self.patient).first
  }

  /// Whether a removed patient holds this name.
  public func isRemovedPatient(named name: String) throws -> Bool {
    try translatingErrors { try removedPatientExists(named: name) }
  }

  func removedPatientExists(named name: String) throws -> Bool {
    try !connection.cached("SELECT 1 FROM patient WHERE name = ? AND removed = 1").rows([.text(name)]) { _ in
      1
    }
    .isEmpty
  }

  /// The patient with this name, which must exist.
  /// - Throws: ``StoreError/noSuchPatient(name:known:)`` listing the patients there are, or
  ///   ``StoreError/patientRemoved(name:)``.
  public func existingPatient(named name: String) throws -> Patient {
    try translatingErrors { try findExistingPatient(named: name) }
  }

  /// ``existingPatient(named:)`` for a caller that holds the lock.
  func findExistingPatient(named name: String) throws -> Patient {
    if let patient = try findPatient(named: name) { return patient }
    if try removedPatientExists(named: name) { throw StoreError.patientRemoved(name: name) }
    throw StoreError.noSuchPatient(name: name, known: try loadPatients().map(\.name))
  }

  /// The patient with this name, created when missing.
  /// - Throws: ``StoreError`` when the name is empty or longer than 200 characters, or belongs to a
  ///   removed patient.
  public func patientCreatingIfNeeded(named name: String) throws -> Patient {
    if let patient = try patient(named: name) { return patient }
    try Self.checkName(name)
    return try translatingErrors {
      try writeTransaction {
        if let patient = try findPatient(named: name) { return patient }
        if try removedPatientExists(named: name) { throw StoreError.patientRemoved(name: name) }
        return try insertPatient(named: name, isDefault: false)
      }
    }
  }

  /// The patient a single user never has to name, created as `Patient.defaultName` when missing; it
  /// keeps being the default under a new name (``renamePatient(named:to:)``).
  public func defaultPatient() throws -> Patient {
    let sql = "SELECT \(Self.patientColumns) FROM patient WHERE is_default = 1"
    if let patient = try translatingErrors({ try connection.cached(sql).rows([], Self.patient).first }) {
      return patient
    }
    return try translatingErrors {
      try writeTransaction {
        if let patient = try connection.cached(sql).rows([], Self.patient).first { return patient }
        if let named = try findPatient(named: Patient.defaultName) {
          try connection.cached("UPDATE patient SET is_default = 1 WHERE id = ?").run([.integer(named.id)])
          return named
        }
        return try insertPatient(named: Patient.defaultName, isDefault: true)
      }
    }
  }

  /// The default patient's name: `Patient.defaultName` until it is renamed, or while there is none.
  public func defaultPatientName() throws -> String {
    try translatingErrors {
      try connection.cached("SELECT name FROM patient WHERE is_default = 1").rows { $0.text(0) }.first
    } ?? Patient.defaultName
  }

  /// Gives a patient a new name; its entries and history stay with it.
  /// - Throws: ``StoreError/noSuchPatient(name:known:)``, ``StoreError/invalidPatientName(_:)``, or
  ///   ``StoreError/patientExists(name:)`` when another patient (removed ones too) has the new name.
  @discardableResult
  public func renamePatient(named name: String, to newName: String) throws -> Patient {
    try Self.checkName(newName)
    return try translatingErrors {
      try writeTransaction {
        let patient = try findExistingPatient(named: name)
        if newName == name { return patient }
        let taken = try connection.cached("SELECT 1 FROM patient WHERE name = ?").rows([.text(newName)]) {
          _ in 1
        }
        guard taken.isEmpty else { throw StoreError.patientExists(name: newName) }
        try connection.cached("UPDATE patient SET name = ? WHERE id = ?").run([
          .text(newName), .integer(patient.id),
        ])
        return Patient(id: patient.id, uid: patient.uid, name: newName)
      }
    }
  }

  /// How many entries a patient has that are not removed.
  public func entryCount(for patient: Patient) throws -> Int {
    try translatingErrors { try countEntries(of: patient) }
  }

  /// The sum of the entry tables' counts of one patient's entries that are not removed.
  private static let entryCountSQL =
    "SELECT "
    + EntryType.allCases.map { "(SELECT count(*) FROM \($0.table) WHERE patient_id = ?1 AND removed = 0)" }
    .joined(separator: " + ")

  /// ``entryCount(for:)`` for a caller that holds the lock.
  private func countEntries(of patient: Patient) throws -> Int {
    try connection.cached(Self.entryCountSQL).rows([.integer(patient.id)]) { $0.int(0) }.first ?? 0
  }

  /// Removes a patient from lists, reports and cohorts. The patient and its entries stay in the
  /// database, unchanged, and ``restorePatient(named:)`` brings them back; its name stays taken.
  /// - Parameters:
  ///   - name: the patient's name.
  ///   - withEntries: remove a patient that has entries; without it such a patient is refused.
  /// - Throws: ``StoreError/patientHasEntries(name:count:)``, ``StoreError/defaultPatientNotRemovable(name:)``,
  ///   ``StoreError/noSuchPatient(name:known:)``.
  public func removePatient(named name: String, withEntries: Bool) throws {
    try translatingErrors {
      try writeTransaction {
        let patient = try findExistingPatient(named: name)
        let isDefault =
          try connection.cached("SELECT is_default FROM patient WHERE id = ?")
          .rows([.integer(patient.id)]) { $0.int(0) }.first == 1
        if isDefault { throw StoreError.defaultPatientNotRemovable(name: name) }
        let count = try countEntries(of: patient)
        if count > 0, !withEntries { throw StoreError.patientHasEntries(name: name, count: count) }
        try connection.cached("UPDATE patient SET removed = 1 WHERE id = ?").run([.integer(patient.id)])
      }
    }
  }

  /// Brings back a removed patient with its entries as they were.
  /// - Throws: ``StoreError/noSuchPatient(name:known:)`` when no removed patient has this name.
  @discardableResult
  public func restorePatient(named name: String) throws -> Patient {
    try translatingErrors {
      try writeTransaction {
        let found = try connection.cached(
          "SELECT \(Self.patientColumns) FROM patient WHERE name = ? AND removed = 1"
        )
        .rows([.text(name)], Self.patient).first
        guard let patient = found else {
          throw StoreError.noSuchPatient(name: name, known: try loadPatients().map(\.name))
        }
        try connection.cached("UPDATE patient SET removed = 0 WHERE id = ?").run([.integer(patient.id)])
        return patient
      }
    }
  }

  /// The patient entry `id` belongs to, and whether it is removed; nil when no patient has it.
  public func owner(ofEntry id: Int) throws -> (patient: Patient, removed: Bool)? {
    try translatingErrors { try findOwner(ofEntry: id) }
  }

  /// Every entry table's patient and removed mark for one id.
  private static let ownerSQL = EntryType.allCases.map {
    "SELECT patient_id, removed FROM \($0.table) WHERE id = ?1"
  }.joined(separator: " UNION ALL ")

  /// ``owner(ofEntry:)`` for a caller that holds the lock.
  private func findOwner(ofEntry id: Int) throws -> (patient: Patient, removed: Bool)? {
    guard
      let (patientID, removed) = try connection.cached(Self.ownerSQL).rows(
        [.integer(id)], { ($0.int(0), $0.int(1) != 0) }
      )
      .first,
      let patient = try connection.cached("SELECT \(Self.patientColumns) FROM patient WHERE id = ?")
        .rows([.integer(patientID)], Self.patient).first
    else { return nil }
    return (patient, removed)
  }

  /// The error for entry `id` when `patient` has no such entry that is not removed: removed, another
  /// patient's, or none at all.
  func missingEntryError(id: Int, patient: Patient) throws -> StoreError {
    guard let (owner, removed) = try findOwner(ofEntry: id) else {
      return .noSuchEntry(id: id, patient: patient.name)
    }
    if owner.id != patient.id {
      return .entryOfOtherPatient(id: id, patient: patient.name, owner: owner.name)
    }
    return removed ? .entryRemoved(id: id) : .noSuchEntry(id: id, patient: patient.name)
  }

  private static func checkName(_ name: String) throws {
    // SQLite's length() counts code points, so count them the same way here.
    guard !name.isEmpty, name.unicodeScalars.count <= 200 else {
      throw StoreError.invalidPatientName(name)
    }
  }

  private func insertPatient(named name: String, isDefault: Bool) throws -> Patient {
    let uid = UUID()
    try connection.cached("INSERT INTO patient (uid, name, created_at, is_default) VALUES (?, ?, ?, ?)")
      .run([
        .text(uid.uuidString.lowercased()), .text(name), .text(Self.timestamp()), .integer(isDefault ? 1 : 0),
      ])
    return Patient(id: try connection.scalarInt("SELECT last_insert_rowid()")!, uid: uid, name: name)
  }
}
