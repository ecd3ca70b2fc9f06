import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RecoveryStore {
  /// The entry with this id in `patient`'s diary.
  /// - Throws: ``StoreError/noSuchEntry(id:patient:)`` when there is none, or it is another
  ///   patient's.
  public func entry(id: Int, for patient: Patient) throws -> DiaryEntry {
    try translatingErrors {
      guard let (record, removed) = try locate(id: id, patientID: patient.id), !removed else {
        throw StoreError.noSuchEntry(id: id, patient: patient.name)
      }
      return record
    }
  }

  /// The ids of `patient`'s removed entries.
  public func removedEntryIDs(for patient: Patient) throws -> Set<Int> {
    try translatingErrors { try loadRemovedEntryIDs(for: patient) }
  }

  /// ``removedEntryIDs(for:)`` for a caller that holds the lock.
  func loadRemovedEntryIDs(for patient: Patient) throws -> Set<Int> {
    var ids: Set<Int> = []
    for type in EntryType.allCases {
      let found = try connection.cached("SELECT id FROM \(type.table) WHERE patient_id = ? AND removed = 1")
        .rows([.integer(patient.id)]) { $0.int(0) }
      ids.formUnion(found)
    }
    return ids
  }

  /// The entry with this id in the patient's diary, removed or not.
  func locate(id: Int, patientID: Int) throws -> (DiaryEntry, removed: Bool)? {
    for type in EntryType.allCases {
      let found = try connection.cached(
        "SELECT \(type.selectList), removed FROM \(type.table) WHERE id = ? AND patient_id = ?"
      ).rows([.integer(id), .integer(patientID)]) { row in
        (try DiaryEntry(type: type, row: row), row.int(Int32(type.sqlColumns.count)) != 0)
      }
      if let entry = found.first { return entry }
    }
    return nil
  }

  /// `patient`'s entries matching `query`, in diary order (day, time, id).
  public func entries(for patient: Patient, matching query: EntryQuery = EntryQuery()) throws -> [DiaryEntry]
  {
    try translatingErrors { try loadEntries(for: patient, matching: query) }
  }

  /// ``entries(for:matching:)`` for a caller that holds the lock.
  func loadEntries(for patient: Patient, matching query: EntryQuery) throws -> [DiaryEntry] {
    try connection.readTransaction {
      let lists = try EntryType.allCases.filter(query.includes).map { type in
        try load(type, for: patient, matching: query)
      }
      return Self.merged(lists)
    }
  }

  /// Lists of entries merged into one in diary order, as sorting their concatenation would (an entry
  /// of an earlier list first on a tie), but in one pass when each list is already in diary order, as
  /// `load` returns them: moving every entry of a long diary through a sort cost more than reading it.
  /// One list alone is returned as it is.
  static func merged(_ lists: [[DiaryEntry]]) -> [DiaryEntry] {
    if lists.count == 1 { return lists[0] }
    // Each entry's place compared as integers, taken once, rather than read out of two entries at
    // every comparison.
    let keys = lists.map { list in list.map(orderKey) }
    guard keys.allSatisfy({ list in zip(list, list.dropFirst()).allSatisfy { !($1 < $0) } }) else {
      return lists.flatMap { $0 }.sorted(by: DiaryEntry.diaryOrder)
    }
    var result: [DiaryEntry] = []
    result.reserveCapacity(lists.reduce(0) { $0 + $1.count })
    var next = Array(repeating: 0, count: lists.count)
    while true {
      var first: Int?
      for index in lists.indices where next[index] < lists[index].count {
        if let first, !(keys[index][next[index]] < keys[first][next[first]]) { continue }
        first = index
      }
      guard let first else { return result }
      result.append(lists[first][next[first]])
      next[first] += 1
    }
  }

  /// What `DiaryEntry.diaryOrder` compares: the day, the minute of the day (-1 without a time), the id
  /// (`Int.max` without one).
  static func orderKey(_ entry: DiaryEntry) -> (day: Int, minute: Int, id: Int) {
    (entry.day.dayNumber, entry.time.map { $0.hour * 60 + $0.minute } ?? -1, entry.id ?? Int.max)
  }

  private func load(
    _ type: EntryType, for patient: Patient, matching query: EntryQuery
  ) throws -> [DiaryEntry] {
    let (sql, values) = query.select(type, patientID: patient.id)
    return try connection.cached(sql).rows(values) { try DiaryEntry(type: type, row: $0) }
  }
}

extension RecoveryStore {
  /// `patient`'s entry with this uid, or nil when the patient has none (or it is removed): how a
  /// client that chose the uid finds the entry it added.
  public func entry(uid: UUID, for patient: Patient) throws -> DiaryEntry? {
    try translatingErrors { try StoreSnapshot(store: self).entry(uid: uid, for: patient) }
  }
}
