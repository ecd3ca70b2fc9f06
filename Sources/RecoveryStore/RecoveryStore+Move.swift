import RecoveryModel

extension RecoveryStore {
  /// Moves entry `id` from one patient's diary to another's. The move is a change in the history of
  /// `patient`, the entry's owner until now, and `undo` for that patient moves it back.
  ///
  /// - Returns: the entry as moved.
  /// - Throws: what ``edit(id:for:today:_:)`` throws for an entry `patient` does not have, and
  ///   ``StoreError/invalidEntry(_:)`` when it would overlap a walking-aid period of `target` or is a
  ///   target counting from a surgery of `patient`.
  @discardableResult
  public func move(id: Int, from patient: Patient, to target: Patient) throws -> DiaryEntry {
    try translatingErrors {
      try writeTransaction {
        guard let (record, removed) = try locate(id: id, patientID: patient.id), !removed else {
          throw try missingEntryError(id: id, patient: patient)
        }
        guard target.id != patient.id else { return record }
        if case .aid(let period) = record { try checkNoOverlap(period, patientID: target.id) }
        if case .target(let milestoneTarget) = record {
          try checkSurgery(of: milestoneTarget, patientID: target.id)
        }
        try setPatient(target.id, type: record.type, id: id, from: patient.id)
        try logChange(
          action: "move", patientID: patient.id, type: record.type, ids: id...id, before: record,
          after: record,
          otherPatientID: target.id)
        return record
      }
    }
  }

  /// Gives entry `id` of type `type` to patient `newID`, if it belongs to patient `oldID`.
  func setPatient(_ newID: Int, type: EntryType, id: Int, from oldID: Int) throws {
    try connection.cached("UPDATE \(type.table) SET patient_id = ? WHERE id = ? AND patient_id = ?")
      .run([.integer(newID), .integer(id), .integer(oldID)])
  }
}
