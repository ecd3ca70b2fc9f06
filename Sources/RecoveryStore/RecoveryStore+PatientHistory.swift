import RecoveryModel

extension RecoveryStore {
  /// Everything `patient` logged and has not removed, as the analysis takes it: each type's entries
  /// read straight into its own array, in diary order (day, time, id; an aid period by its first
  /// day).
  ///
  /// It holds the same entries as `History(patient: patient.name, entries: entries(for: patient))`,
  /// without going through one merged list of `DiaryEntry` values, which is what makes reading
  /// every patient of a large store quick.
  /// - Throws: ``StoreError/unreadableEntry(path:table:id:column:value:)`` for a row that cannot be
  ///   read.
  public func history(for patient: Patient) throws -> History {
    try translatingErrors {
      try connection.readTransaction {
        History(
          patient: patient.name,
          treatments: try read(.treatment, of: patient, day: \.day, time: \.time) {
            try Treatment(reading: $0)
          },
          pain: try read(.pain, of: patient, day: \.day, time: \.time) { try PainEntry(reading: $0) },
          symptoms: try read(.symptom, of: patient, day: \.day, time: \.time) {
            try SymptomEntry(reading: $0)
          },
          aids: try read(.aid, of: patient, day: \.from, time: { _ in nil }) { try AidPeriod(reading: $0) },
          scores: try read(.score, of: patient, day: \.day, time: \.time) { try ScoreEntry(reading: $0) },
          milestones: try read(.milestone, of: patient, day: \.day, time: \.time) {
            try MilestoneEntry(reading: $0)
          },
          targets: try read(.target, of: patient, day: \.day, time: { _ in nil }) {
            try MilestoneTarget(reading: $0)
          },
          medications: try read(.medication, of: patient, day: \.day, time: \.time) {
            try MedicationEntry(reading: $0)
          })
      }
    }
  }

  /// One type's entries in diary order. SQLite returns them by day and id, the order its
  /// `(patient_id, day)` index keeps (an index entry ends with the row's id), so it never sorts; the
  /// few entries of one day are then put in order of time here, without a time first, keeping the
  /// order of ids among equal times.
  private func read<T>(
    _ type: EntryType, of patient: Patient, day: (T) -> CalendarDay, time: (T) -> TimeOfDay?,
    _ make: (EntryRow) throws -> T
  ) throws -> [T] {
    let sql =
      "SELECT \(type.selectList) FROM \(type.table) WHERE patient_id = ? AND removed = 0"
      + " ORDER BY \(type.dayColumn), id"
    var entries = try connection.cached(sql).rows([.integer(patient.id)]) {
      try make(EntryRow(type: type, row: $0))
    }
    func minute(_ entry: T) -> Int { time(entry).map { $0.hour * 60 + $0.minute } ?? -1 }
    var start = 0
    while start < entries.count {
      let first = day(entries[start])
      var end = start + 1
      while end < entries.count, day(entries[end]) == first { end += 1 }
      // An insertion sort: stable, and quick for the one to three entries a day usually holds.
      for index in (start + 1)..<end {
        let entry = entries[index]
        let key = minute(entry)
        var place = index
        while place > start, minute(entries[place - 1]) > key {
          entries[place] = entries[place - 1]
          place -= 1
        }
        if place != index { entries[place] = entry }
      }
      start = end
    }
    return entries
  }
}
