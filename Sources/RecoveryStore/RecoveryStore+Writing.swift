import RecoveryModel

extension RecoveryStore {
  /// Validates and stores one entry for `patient`, returning it with its new id.
  ///
  /// - Parameters:
  ///   - entry: the entry; its `id` is ignored and assigned by the store.
  ///   - patient: whose diary it belongs to.
  ///   - today: the patient's today, for the "not in the future" rule.
  /// - Throws: ``StoreError/invalidEntry(_:)`` for a rule the entry breaks (nothing is written), such
  ///   as a target whose surgery is not one of the patient's surgeries, or a ``StoreError`` /
  ///   ``SQLiteError`` from the database.
  @discardableResult
  public func add(
    _ entry: DiaryEntry, for patient: Patient, today: CalendarDay = .today()
  ) throws -> DiaryEntry {
    var stored: DiaryEntry?
    try add(contentsOf: CollectionOfOne(entry), for: patient, today: today) { stored = $0 }
    return stored!
  }

  /// Validates and stores many entries in one transaction: all of them, or none when any is refused.
  ///
  /// Entries are consumed one at a time, so a long sequence (an import of years of data) is never held
  /// in memory whole.
  ///
  /// - Parameters:
  ///   - entries: the entries; their `id`s are ignored and assigned in order.
  ///   - patient: whose diary they belong to.
  ///   - today: the patient's today, for the "not in the future" rule.
  ///   - stored: called with each entry as stored, with its id.
  /// - Returns: how many entries were stored.
  /// - Throws: ``StoreError/invalidEntry(_:)`` naming the first entry's problem; nothing is written.
  @discardableResult
  public func add<Entries: Sequence<DiaryEntry>>(
    contentsOf entries: Entries, for patient: Patient, today: CalendarDay = .today(),
    stored: (DiaryEntry) -> Void = { _ in }
  ) throws -> Int {
    try translatingErrors {
      try writeTransaction {
        var next = try nextID()
        let recordedAt = Self.timestamp()
        var statements: [EntryType: Statement] = [:]
        var count = 0
        let first = next
        var types: Set<EntryType> = []
        var only: DiaryEntry?
        for var record in entries {
          try record.validate(today: today)
          if case .aid(let period) = record { try checkNoOverlap(period, patientID: patient.id) }
          if case .target(let target) = record { try checkSurgery(of: target, patientID: patient.id) }
          record.id = next
          let statement: Statement
          if let cached = statements[record.type] {
            statement = cached
          } else {
            statement = try connection.cached(record.type.insertSQL)
            statements[record.type] = statement
          }
          try statement.startBinding()
          try record.bindInsert(to: statement, from: 1, patientID: patient.id, recordedAt: recordedAt)
          try statement.runBound()
          stored(record)
          types.insert(record.type)
          only = count == 0 ? record : nil
          next += 1
          count += 1
        }
        if count > 0 {
          try logChange(
            action: "add", patientID: patient.id, type: types.count == 1 ? types.first : nil,
            ids: first...(next - 1), after: only)
        }
        return count
      }
    }
  }

  /// Ends the open period of `aid` on `day` (the first day without it).
  ///
  /// - Returns: the period as stored.
  /// - Throws: `EntryError.noOpenPeriod(_:)` when there is none, or
  ///   `EntryError.periodEndsBeforeStart(from:to:)` when `day` precedes its start, or
  ///   `EntryError.emptyPeriod(on:)` when it is the start day.
  @discardableResult
  public func stopAid(
    _ aid: WalkingAid, on day: CalendarDay, for patient: Patient, today: CalendarDay = .today()
  )
    throws -> AidPeriod
  {
    try translatingErrors {
      try writeTransaction {
        let open = try loadEntries(for: patient, matching: EntryQuery(kind: .aid(aid)))
          .compactMap { record -> AidPeriod? in
            if case .aid(let period) = record, period.isOpen { return period }
            return nil
          }
        guard let before = open.last else { throw EntryError.noOpenPeriod(aid) }
        var period = before
        period.to = day
        try period.validate(today: today)
        try connection.cached("UPDATE aid SET to_day = ? WHERE id = ?")
          .run([.text(day.description), .integer(period.id!)])
        try logChange(
          action: "edit", patientID: patient.id, type: .aid, ids: period.id!...period.id!,
          before: .aid(before), after: .aid(period))
        return period
      }
    }
  }

  /// The highest id of any entry table, or 0.
  private static let highestIDSQL =
    "SELECT max("
    + EntryType.allCases.map { "coalesce((SELECT max(id) FROM \($0.table)), 0)" }.joined(separator: ", ")
    + ")"

  /// The next free entry id: ids are shared by all entry tables, so `#42` is never ambiguous.
  /// Called inside a write transaction, which serializes writers.
  func nextID() throws -> Int {
    let highest = try connection.scalarInt(Self.highestIDSQL)
    return (highest ?? 0) + 1
  }

  /// Throws when `period` would overlap a stored period of the same aid (other than itself).
  func checkNoOverlap(_ period: AidPeriod, patientID: Int) throws {
    let others = try connection.cached(
      "SELECT \(EntryType.aid.selectList) FROM aid WHERE patient_id = ? AND aid = ? AND removed = 0 ORDER BY from_day"
    ).rows([.integer(patientID), .text(period.aid.rawValue)]) { try DiaryEntry(type: .aid, row: $0) }
    for case .aid(let other) in others where other.id != period.id && other.overlaps(period) {
      throw EntryError.overlappingPeriod(aid: period.aid, existing: other.id!, from: other.from, to: other.to)
    }
  }

  /// Throws when `target` counts from something other than one of the patient's surgeries, present and
  /// not removed.
  func checkSurgery(of target: MilestoneTarget, patientID: Int) throws {
    let kinds = try connection.cached(
      "SELECT kind FROM treatment WHERE uid = ? AND patient_id = ? AND removed = 0"
    )
    .rows([.text(target.surgery.uuidString.lowercased()), .integer(patientID)]) { $0.text(0) }
    guard let kind = kinds.first.flatMap(TreatmentKind.init(rawValue:)), kind.category == .surgery else {
      throw EntryError.unknownSurgery(target.surgery)
    }
  }
}
