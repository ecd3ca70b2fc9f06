import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One import in progress inside a write transaction: takes the file's items one by one, writes
/// them while none has been refused, and keeps the counts and problems.
struct ImportSession {
  let store: RecoveryStore
  let update: Bool
  let today: CalendarDay
  /// Ids from here on were given by this import: a uid found with such an id came earlier in the
  /// file.
  let firstNewID: Int
  var nextID: Int
  let recordedAt: String
  var summary = ImportSummary()
  /// Patients by name; nil for one that does not exist and is not created, as writing has stopped.
  var patients: [String: Patient?] = [:]
  /// The patient found last: a file's rows mostly name the patient of the row before, and comparing
  /// the name costs less than hashing it.
  var lastPatient: Patient?
  /// The names of removed patients that rows of the file name: their rows are refused.
  var removedNames: Set<String> = []
  /// The patients before the import, when new names close to theirs are refused; else nil.
  var existingNames: [String]?
  /// New names close to an existing patient's, with those names: their rows are refused.
  var closeNames: [String: [String]] = [:]
  /// The entries added for each patient, for the change log.
  var additions: [Int: Additions] = [:]
  /// Whether the table of uids already in the database that this import has matched exists.
  var claimsTableReady = false
  /// The INSERT of each entry type, prepared once (building its SQL for every row cost a tenth of
  /// the import), at the type's ``EntryType/ordinal``: hashing the type, which hashes its name, cost
  /// more than the look-up saved.
  var inserts = [Statement?](repeating: nil, count: EntryType.allCases.count)
  /// The look-up of an entry's id by uid in every table, prepared once.
  let idByUID: Statement
  /// The uids this import inserted, when the database held no entry before it: a uid the filter
  /// has not seen is then in no table, and its look-up is skipped. Nil when the database held
  /// entries.
  var inserted: UIDFilter?
  /// Names the entries given without a uid.
  var derivedUIDs: any ImportUIDRule
  /// Targets taken, with the surgery each counts from, checked once the whole file is read (the
  /// surgery may come later in the file).
  var targets: [(surgery: UUID, patient: String, line: Int)] = []
  /// The surgeries taken from the file, by patient name and uid.
  var surgeries: Set<String> = []

  /// The entries one patient got: ids from `first` to `last` (other patients' may lie between).
  struct Additions {
    var first: Int
    var last: Int
    /// The type of them all; nil when they are of several types.
    var type: EntryType?
    var only: DiaryEntry?

    /// Adds an entry of `type` with this id, after those added.
    mutating func add(_ type: EntryType, id: Int) {
      last = id
      if type != self.type { self.type = nil }
      only = nil
    }
  }

  /// Whether entries are still written: until the first problem.
  var writing: Bool { summary.problemCount == 0 }

  init(store: RecoveryStore, update: Bool, today: CalendarDay, uids: any ImportUIDRule) throws {
    self.store = store
    self.update = update
    self.today = today
    derivedUIDs = uids
    firstNewID = try store.nextID()
    nextID = firstNewID
    recordedAt = RecoveryStore.timestamp()
    idByUID = try store.connection.cached(RecoveryStore.idByUIDSQL)
    inserted = try store.hasEntries() ? nil : UIDFilter()
    try store.connection.execute("DROP TABLE IF EXISTS temp.import_claimed")
  }

  /// Takes one item of the file; returns the entry's refusal, if any.
  mutating func take(
    _ item: ImportItem, patient: String?, fallbackPatient: String
  ) throws -> ImportRefusal? {
    switch item {
    case .refusedFile:
      summary.problemCount += 1
    case .refusedRow:
      summary.refused += 1
      summary.problemCount += 1
    case .unreadRow:
      summary.refused += 1
    case .entry(let imported, let line):
      let name = patient ?? imported.patient ?? fallbackPatient
      if let reason = try take(imported, name: name) {
        return refuse(ImportRefusal(line: line, reason))
      } else if case .target(let target) = imported.entry, !imported.removed {
        targets.append((target.surgery, name, line))
      } else if case .treatment(let treatment) = imported.entry, treatment.category == .surgery,
        !imported.removed
      {
        surgeries.insert(name + "\n" + treatment.uid.lowercased)
      }
    }
    return nil
  }

  /// Checks the targets against the surgeries, handing `refusals` those that count from none, writes
  /// the change log of what was added and returns the summary.
  mutating func finish(_ refusals: (ImportRefusal) -> Void) throws -> ImportSummary {
    for target in targets where !surgeries.contains(target.patient + "\n" + target.surgery.lowercased) {
      if let found = try patient(named: target.patient), let patient = found {
        let probe = MilestoneTarget(day: today, kind: .offCrutches, days: 1, surgery: target.surgery)
        if (try? store.checkSurgery(of: probe, patientID: patient.id)) != nil { continue }
      }
      refusals(refuse(ImportRefusal(line: target.line, .invalidEntry(.unknownSurgery(target.surgery)))))
    }
    if writing {
      for (patientID, added) in additions.sorted(by: { $0.value.first < $1.value.first }) {
        try store.logChange(
          action: "add", patientID: patientID, type: added.type,
          ids: added.first...added.last, after: added.only)
      }
    }
    return summary
  }

  /// Counts a refusal and returns it.
  private mutating func refuse(_ refusal: ImportRefusal) -> ImportRefusal {
    summary.refused += 1
    summary.problemCount += 1
    return refusal
  }

  /// Takes one entry for the patient `name`; returns its problem, if any.
  private mutating func take(_ imported: ImportedEntry, name: String) throws -> ImportRefusal.Reason? {
    var entry = imported.entry
    entry.id = nil
    do {
      try entry.validate(today: today)
    } catch {
      return .invalidEntry(error)
    }
    guard let patient = try patient(named: name) else { return .invalidPatientName(name) }
    if removedNames.contains(name) { return .removedPatient(name) }
    if let close = closeNames[name] { return .closePatientName(name, existing: close) }
    if imported.removed {
      summary.unchanged += 1
      return nil
    }
    if imported.uidGiven {
      if let id = try Self.storedID(uid: entry.uid, inserted: inserted, idByUID: idByUID) {
        if try id >= firstNewID || claimed(entry.uid) { return .repeatedUID(entry.uid) }
        return try compare(entry, name: name)
      }
    } else {
      derivedUIDs.start(patient: name, entry: entry)
      var occurrence = 0
      while true {
        entry = entry.with(uid: derivedUIDs.uid(occurrence: occurrence))
        guard let id = try Self.storedID(uid: entry.uid, inserted: inserted, idByUID: idByUID) else { break }
        if id < firstNewID, try !claimed(entry.uid) { return try compare(entry, name: name) }
        occurrence += 1
      }
    }
    if case .aid(let period) = entry, let patient {
      do {
        try store.checkNoOverlap(period, patientID: patient.id)
      } catch let error as EntryError {
        return .invalidEntry(error)
      }
    }
    summary.new += 1
    guard writing, let patient else { return nil }
    entry.id = nextID
    let insert: Statement
    if let prepared = inserts[entry.type.ordinal] {
      insert = prepared
    } else {
      insert = try store.connection.cached(entry.type.insertSQL)
      inserts[entry.type.ordinal] = insert
    }
    try insert.startBinding()
    try entry.bindInsert(to: insert, from: 1, patientID: patient.id, recordedAt: recordedAt)
    try insert.runBound()
    inserted?.insert(entry.uid)
    if additions[patient.id] == nil {
      additions[patient.id] = Additions(first: nextID, last: nextID, type: entry.type, only: entry)
    } else {
      additions[patient.id]!.add(entry.type, id: nextID)
    }
    nextID += 1
    return nil
  }

  /// The id of the entry with this uid in any table, or nil.
  ///
  /// Static, so that a call does not copy the session for every row.
  private static func storedID(uid: UUID, inserted: UIDFilter?, idByUID: Statement) throws -> Int? {
    if let inserted, !inserted.mayContain(uid) { return nil }
    return try idByUID.rows([.uid(uid)]) { $0.optionalInt(0) }.first ?? nil
  }

  /// Compares an entry with the stored one of the same uid: skips it when the same, updates it
  /// when asked to, else returns the problem.
  private mutating func compare(_ entry: DiaryEntry, name: String) throws -> ImportRefusal.Reason? {
    guard let (stored, owner, removed) = try store.entry(uid: entry.uid), let id = stored.id else {
      return nil
    }
    if owner.name != name { return .otherPatient(uid: entry.uid, id: id, patient: owner.name) }
    if stored.type != entry.type { return .otherType(uid: entry.uid, id: id, type: stored.type) }
    var candidate = entry
    candidate.id = id
    if candidate == stored {
      summary.unchanged += 1
      try claim(entry.uid)
      return nil
    }
    if removed { return .removedInDatabase(uid: entry.uid, id: id) }
    guard update else { return .changed(uid: entry.uid, id: id) }
    if case .aid(let period) = candidate {
      do {
        try store.checkNoOverlap(period, patientID: owner.id)
      } catch let error as EntryError {
        return .invalidEntry(error)
      }
    }
    summary.changed += 1
    try claim(entry.uid)
    guard writing else { return nil }
    try store.overwrite(with: candidate)
    try store.logChange(
      action: "edit", patientID: owner.id, type: candidate.type, ids: id...id, before: stored,
      after: candidate)
    return nil
  }

  /// The patient of this name: created when missing while writing; `.some(nil)` when missing and
  /// writing has stopped; nil when the name cannot be stored.
  private mutating func patient(named name: String) throws -> Patient?? {
    if let lastPatient, lastPatient.name == name { return lastPatient }
    if let known = patients[name], known != nil || !writing {
      lastPatient = known
      return known
    }
    guard !name.isEmpty, name.unicodeScalars.count <= 200 else { return nil }
    if try store.removedPatientExists(named: name) {
      removedNames.insert(name)
      patients[name] = .some(nil)
      return .some(nil)
    }
    if let existingNames, !existingNames.contains(name) {
      let close = PatientNameMatch.closeNames(to: name, among: existingNames)
      if !close.isEmpty {
        closeNames[name] = close
        patients[name] = .some(nil)
        return .some(nil)
      }
    }
    let patient: Patient? =
      writing
      ? try store.patientCreatingInTransaction(named: name)
      : try store.patient(namedInTransaction: name)
    patients[name] = .some(patient)
    lastPatient = patient
    return .some(patient)
  }

  /// Records that this import matched the stored entry with `uid`.
  private mutating func claim(_ uid: UUID) throws {
    if !claimsTableReady {
      try store.connection.execute("CREATE TEMP TABLE import_claimed (uid TEXT PRIMARY KEY) WITHOUT ROWID")
      claimsTableReady = true
    }
    try store.connection.cached("INSERT INTO temp.import_claimed (uid) VALUES (?)").run([
      .text(uid.lowercased)
    ])
  }

  /// Whether this import matched the stored entry with `uid` already.
  private func claimed(_ uid: UUID) throws -> Bool {
    guard claimsTableReady else { return false }
    return try store.connection.scalarInt(
      "SELECT count(*) FROM temp.import_claimed WHERE uid = ?", [.text(uid.lowercased)]) != 0
  }
}
