import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RecoveryStore {
  /// Every patient in the database, by name.
  public func patients() throws -> [Patient] {
    try translatingErrors {
      try connection.cached("SELECT id, uid, name FROM patient ORDER BY name").rows { row in
        Patient(id: row.int(0), uid: try StoreRow.uid(row.text(1)), name: row.text(2))
      }
    }
  }

  /// The patients with at least one entry that is not removed, by name.
  public func patientsWithEntries() throws -> [Patient] {
    let anyEntry = EntryType.allCases.map {
      "EXISTS (SELECT 1 FROM \($0.table) WHERE patient_id = patient.id AND removed = 0)"
    }
    let sql = "SELECT id, uid, name FROM patient WHERE \(anyEntry.joined(separator: " OR ")) ORDER BY name"
    return try translatingErrors {
      try connection.cached(sql).rows { row in
        Patient(id: row.int(0), uid: try StoreRow.uid(row.text(1)), name: row.text(2))
      }
    }
  }

  /// The patient with this name, or nil.
  public func patient(named name: String) throws -> Patient? {
    try translatingErrors {
      try connection.cached("SELECT id, uid, name FROM patient WHERE name = ?").rows([.text(name)]) { row in
        Patient(id: row.int(0), uid: try StoreRow.uid(row.text(1)), name: row.text(2))
      }.first
    }
  }

  /// The patient with this name, which must exist.
  /// - Throws: ``StoreError/noSuchPatient(name:known:)`` listing the patients there are.
  public func existingPatient(named name: String) throws -> Patient {
    if let patient = try patient(named: name) { return patient }
    throw StoreError.noSuchPatient(name: name, known: try patients().map(\.name))
  }

  /// The patient with this name, created when missing.
  /// - Throws: ``StoreError`` when the name is empty or longer than 200 characters.
  public func patientCreatingIfNeeded(named name: String) throws -> Patient {
    if let patient = try patient(named: name) { return patient }
    // SQLite's length() counts code points, so count them the same way here.
    guard !name.isEmpty, name.unicodeScalars.count <= 200 else {
      throw StoreError.invalidPatientName(name)
    }
    return try translatingErrors {
      try writeTransaction {
        if let patient = try patient(named: name) { return patient }
        let uid = UUID()
        try connection.cached("INSERT INTO patient (uid, name, created_at) VALUES (?, ?, ?)")
          .run([.text(uid.uuidString.lowercased()), .text(name), .text(Self.timestamp())])
        return Patient(id: try connection.scalarInt("SELECT last_insert_rowid()")!, uid: uid, name: name)
      }
    }
  }

  /// The patient a single user never has to name (`Patient.defaultName`), created when missing.
  public func defaultPatient() throws -> Patient {
    try patientCreatingIfNeeded(named: Patient.defaultName)
  }
}
