import RecoveryModel

extension RecoveryStore {
  /// Records a new version of entry `id`; the earlier version stays in its history.
  ///
  /// - Parameters:
  ///   - id: the entry to correct.
  ///   - patient: whose entry it must be.
  ///   - today: the patient's today, for the "not in the future" rule.
  ///   - change: edits the entry in place; its id and uid cannot change.
  /// - Returns: the entry before and after.
  /// - Throws: ``StoreError/noSuchEntry(id:patient:)``, ``StoreError/entryRemoved(id:)`` or
  ///   ``StoreError/entryOfOtherPatient(id:patient:owner:)``; ``StoreError/invalidEntry(_:)`` when the new version breaks a rule;
  ///   ``StoreError/typeChangeNotAllowed(id:from:to:)`` when it is of another type; nothing is written then.
  @discardableResult
  public func edit(
    id: Int, for patient: Patient, today: CalendarDay = .today(), _ change: (inout DiaryEntry) throws -> Void
  ) throws -> (before: DiaryEntry, after: DiaryEntry) {
    try translatingErrors {
      try writeTransaction {
        guard let (before, removed) = try locate(id: id, patientID: patient.id), !removed else {
          throw try missingEntryError(id: id, patient: patient)
        }
        var after = before
        try change(&after)
        guard after.type == before.type else {
          throw StoreError.typeChangeNotAllowed(id: id, from: before.type, to: after.type)
        }
        after.id = before.id
        after = after.with(uid: before.uid)
        guard after != before else { throw StoreError.nothingChanged(id: id) }
        try after.validate(today: today)
        if case .aid(let period) = after { try checkNoOverlap(period, patientID: patient.id) }
        // A target keeps counting from its surgery even if that surgery was removed since; a new one is checked.
        if case .target(let target) = after, case .target(let earlier) = before,
          target.surgery != earlier.surgery
        {
          try checkSurgery(of: target, patientID: patient.id)
        }
        try overwrite(with: after)
        try logChange(
          action: "edit", patientID: patient.id, type: after.type, ids: id...id, before: before,
          after: after)
        return (before, after)
      }
    }
  }

  /// Marks entry `id` removed; it stays in the database and in its history, and `undo` brings it
  /// back.
  /// - Returns: the entry as it was.
  /// - Throws: ``StoreError/noSuchEntry(id:patient:)``, ``StoreError/entryRemoved(id:)`` or
  ///   ``StoreError/entryOfOtherPatient(id:patient:owner:)``.
  @discardableResult
  public func remove(id: Int, for patient: Patient, reason: String? = nil) throws -> DiaryEntry {
    try translatingErrors {
      try writeTransaction {
        guard let (record, removed) = try locate(id: id, patientID: patient.id), !removed else {
          throw try missingEntryError(id: id, patient: patient)
        }
        try setRemoved(true, type: record.type, ids: id...id, patientID: patient.id)
        try logChange(
          action: "remove", patientID: patient.id, type: record.type, ids: id...id,
          before: record,
          reason: reason)
        return record
      }
    }
  }

  /// Reverts the patient's most recent add, edit or removal that has not been undone yet; called
  /// again, it walks further back.
  /// - Throws: ``StoreError/nothingToUndo(patient:)`` when there is nothing left.
  @discardableResult
  public func undo(for patient: Patient) throws -> UndoneChange {
    try translatingErrors {
      try writeTransaction {
        let latest = try connection.cached(
          """
          SELECT seq, action, entry_type, first_id, last_id, before, after, other_patient_id FROM change
          WHERE patient_id = ? AND action <> 'undo' AND undone_by IS NULL ORDER BY seq DESC LIMIT 1
          """
        ).rows([.integer(patient.id)]) { row in
          (
            seq: row.int(0), action: row.text(1), type: row.optionalText(2), first: row.int(3),
            last: row.int(4),
            before: row.optionalText(5), after: row.optionalText(6), other: row.optionalInt(7)
          )
        }.first
        guard let latest, let action = EntryChange.Action(rawValue: latest.action) else {
          throw StoreError.nothingToUndo(patient: patient.name)
        }
        let ids = latest.first...latest.last
        let type = try latest.type.map { (text: String) throws -> EntryType in try StoreRow.word(text) }
        var now: DiaryEntry?
        var previous: DiaryEntry?
        switch action {
        case .add:
          for table in type.map({ [$0] }) ?? EntryType.allCases {
            try setRemoved(true, type: table, ids: ids, patientID: patient.id)
          }
          if ids.count == 1,
            let (record, _) = try locate(id: ids.lowerBound, patientID: patient.id)
          {
            previous = record
          }
        case .edit:
          guard let type, let before = latest.before, let after = latest.after else {
            throw StoreError.nothingToUndo(patient: patient.name)
          }
          previous = try EntrySnapshot.decode(after, type: type)
          let restored = try EntrySnapshot.decode(before, type: type)
          if case .aid(let period) = restored { try checkNoOverlap(period, patientID: patient.id) }
          try overwrite(with: restored)
          now = restored
        case .remove:
          guard let type else { throw StoreError.nothingToUndo(patient: patient.name) }
          if let (record, _) = try locate(id: ids.lowerBound, patientID: patient.id) {
            if case .aid(let period) = record { try checkNoOverlap(period, patientID: patient.id) }
            now = record
          }
          try setRemoved(false, type: type, ids: ids, patientID: patient.id)
        case .move:
          guard let type, let otherID = latest.other else {
            throw StoreError.nothingToUndo(patient: patient.name)
          }
          try setPatient(patient.id, type: type, id: ids.lowerBound, from: otherID)
          if let (record, _) = try locate(id: ids.lowerBound, patientID: patient.id) {
            if case .aid(let period) = record { try checkNoOverlap(period, patientID: patient.id) }
            now = record
            previous = record
          }
        case .undo:
          throw StoreError.nothingToUndo(patient: patient.name)
        }
        let seq = try logChange(
          action: "undo", patientID: patient.id, type: type, ids: ids, before: previous, after: now,
          undoes: latest.seq)
        try connection.cached("UPDATE change SET undone_by = ? WHERE seq = ?")
          .run([.integer(seq), .integer(latest.seq)])
        return UndoneChange(action: action, ids: ids, entry: now, previous: previous)
      }
    }
  }

  /// Every change to entry `id`, oldest first, each with the entry as it stood afterwards.
  /// - Throws: ``StoreError/noSuchEntry(id:patient:)`` when the patient has no such entry (removed
  ///   entries have a history too).
  public func history(id: Int, for patient: Patient) throws -> [EntryChange] {
    try translatingErrors {
      try connection.readTransaction {
        guard let (current, _) = try locate(id: id, patientID: patient.id) else {
          throw try missingEntryError(id: id, patient: patient)
        }
        // A change of this entry alone is its own whoever's it was (an entry may have moved between
        // patients); a change of several entries is the patient's.
        let rows = try connection.cached(
          """
          SELECT seq, action, before, after, reason, undoes, undone_by, recorded_at, first_id, last_id
          FROM change WHERE (patient_id = ?1 AND first_id <= ?2 AND last_id >= ?2)
            OR (first_id = ?2 AND last_id = ?2) ORDER BY seq
          """
        ).rows([.integer(patient.id), .integer(id)]) { row in
          (
            seq: row.int(0), action: row.text(1), before: row.optionalText(2), after: row.optionalText(3),
            reason: row.optionalText(4), undoes: row.optionalInt(5), undone: !row.isNull(6), at: row.text(7),
            single: row.int(8) == row.int(9)
          )
        }
        // A batch add keeps no copy: its version is the "before" of the first later change that has
        // one, or else the entry as it is now.
        let firstBefore = try rows.lazy.compactMap(\.before).first.map {
          try EntrySnapshot.decode($0, type: current.type)
        }
        var state: DiaryEntry? = nil
        var changes: [EntryChange] = []
        for row in rows {
          guard let action = EntryChange.Action(rawValue: row.action) else { continue }
          guard let recordedAt = RecordedTime(row.at) else { throw StoreRow.corrupt("change time", row.at) }
          let after = try row.after.map { try EntrySnapshot.decode($0, type: current.type) }
          switch action {
          case .add: state = after ?? firstBefore ?? current
          case .edit, .move: state = after
          case .remove: state = nil
          case .undo:
            state = row.single ? after : nil
          }
          changes.append(
            EntryChange(
              sequence: row.seq, action: action, recordedAt: recordedAt, entry: state, reason: row.reason,
              undoes: row.undoes, undone: row.undone))
        }
        return changes
      }
    }
  }

  /// Appends a row to `change`; returns its sequence id.
  @discardableResult
  func logChange(
    action: String, patientID: Int, type: EntryType?, ids: ClosedRange<Int>, before: DiaryEntry? = nil,
    after: DiaryEntry? = nil, reason: String? = nil, undoes: Int? = nil, otherPatientID: Int? = nil
  ) throws -> Int {
    try connection.cached(
      """
      INSERT INTO change (patient_id, action, entry_type, first_id, last_id, before, after, reason, undoes,
        recorded_at, other_patient_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).run([
      .integer(patientID), .text(action), type.map { .text($0.rawValue) }, .integer(ids.lowerBound),
      .integer(ids.upperBound), try before.map { .text(try EntrySnapshot.encode($0)) },
      try after.map { .text(try EntrySnapshot.encode($0)) }, reason.map { .text($0) },
      undoes.map { .integer($0) },
      .text(Self.timestamp()), otherPatientID.map { .integer($0) },
    ])
    return try connection.scalarInt("SELECT last_insert_rowid()")!
  }

  /// Rewrites every column of a stored entry with `record`'s values.
  func overwrite(with record: DiaryEntry) throws {
    let columns = record.type.sqlColumns.dropFirst()
    let assignments = columns.map { "\($0) = ?" }.joined(separator: ", ")
    let statement = try connection.cached("UPDATE \(record.type.table) SET \(assignments) WHERE id = ?")
    try statement.startBinding()
    let next = try record.bindColumns(to: statement, from: 1, id: false)
    try statement.bind(record.id!, at: next)
    try statement.runBound()
  }

  func setRemoved(_ removed: Bool, type: EntryType, ids: ClosedRange<Int>, patientID: Int) throws {
    try connection.cached(
      "UPDATE \(type.table) SET removed = ? WHERE patient_id = ? AND id BETWEEN ? AND ?"
    ).run([
      .integer(removed ? 1 : 0), .integer(patientID), .integer(ids.lowerBound),
      .integer(ids.upperBound),
    ])
  }
}
