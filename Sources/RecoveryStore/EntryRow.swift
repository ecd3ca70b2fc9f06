import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads a row selected with `type.selectList` as one entry of that type, taking uids, days, times
/// and words straight from the column bytes; only free text becomes a `String`.
///
/// The schema's constraints guarantee the words and dates are valid and present; a row that somehow
/// is not (changed by hand with CHECKs off, or with the schema rewritten) surfaces as an error
/// rather than a crash: ``StoreError/unreadableEntry(path:table:id:column:value:)`` naming the first
/// column that cannot be read.
struct EntryRow {
  let type: EntryType
  let row: Row
  /// Where each field's column is in the row, from the type's field table.
  private let positions: [Int32?]

  init(type: EntryType, row: Row) {
    self.type = type
    self.row = row
    positions = type.columnPositions
  }

  private var id: Int { row.int(0) }

  /// The row's position of `field`'s column.
  private func at(_ field: EntryField) -> Int32 {
    positions[field.position]!
  }

  private func unreadable(_ field: EntryField) -> StoreError {
    unreadable(at: at(field))
  }

  private func unreadable(at column: Int32) -> StoreError {
    .unreadableEntry(
      path: row.statement.connection.path, table: type.table, id: id, column: type.sqlColumns[Int(column)],
      value: row.optionalText(column))
  }

  private func text(_ field: EntryField) -> String? {
    row.optionalText(at(field))
  }

  private func integer(_ field: EntryField) -> Int? {
    row.optionalInt(at(field))
  }

  private func word<V: Vocabulary>(_ field: EntryField, _ words: WordTable<V>) throws -> V? {
    guard let bytes = row.bytes(at(field)) else { return nil }
    guard let value = words.value(bytes) else { throw unreadable(field) }
    return value
  }

  private func requiredWord<V: Vocabulary>(_ field: EntryField, _ words: WordTable<V>) throws -> V {
    guard let value = try word(field, words) else { throw unreadable(field) }
    return value
  }

  private func day(_ field: EntryField) throws -> CalendarDay {
    guard let bytes = row.bytes(at(field)), let day = CalendarDay(utf8: bytes) else {
      throw unreadable(field)
    }
    return day
  }

  private func optionalDay(_ field: EntryField) throws -> CalendarDay? {
    row.isNull(at(field)) ? nil : try day(field)
  }

  private func time() throws -> TimeOfDay? {
    guard let bytes = row.bytes(at(.time)) else { return nil }
    guard let time = TimeOfDay(utf8: bytes) else { throw unreadable(.time) }
    return time
  }

  private func uid(_ field: EntryField) throws -> UUID {
    guard let bytes = row.bytes(at(field)), let uid = UUID(storedBytes: bytes) else {
      throw unreadable(field)
    }
    return uid
  }

  /// The row as whichever entry its type makes.
  func entry() throws -> DiaryEntry {
    switch type {
    case .treatment: .treatment(try treatment())
    case .pain: .pain(try pain())
    case .symptom: .symptom(try symptom())
    case .aid: .aid(try aid())
    case .score: .score(try score())
    case .milestone: .milestone(try milestone())
    case .target: .target(try target())
    case .medication: .medication(try medication())
    }
  }

  func treatment() throws -> Treatment {
    Treatment(
      id: id, uid: try uid(.uid), day: try day(.date), time: try time(),
      kind: try requiredWord(.kind, StoredWords.treatmentKind), name: text(.name),
      side: try word(.side, StoredWords.side), level: try word(.level, StoredWords.level),
      approach: try word(.approach, StoredWords.approach), target: try word(.target, StoredWords.target),
      guidance: try word(.guidance, StoredWords.guidance), agent: text(.agent), dose: text(.dose),
      round: integer(.round), provider: text(.provider), finding: text(.finding), note: text(.note))
  }

  func pain() throws -> PainEntry {
    PainEntry(
      id: id, uid: try uid(.uid), day: try day(.date), time: try time(), score: row.int(at(.score)),
      location: try word(.location, StoredWords.location), side: try word(.side, StoredWords.side),
      activity: try word(.activity, StoredWords.activity), note: text(.note))
  }

  func symptom() throws -> SymptomEntry {
    SymptomEntry(
      id: id, uid: try uid(.uid), day: try day(.date), time: try time(),
      kind: try requiredWord(.kind, StoredWords.symptomKind), count: integer(.count),
      severity: integer(.severity), point: try word(.point, StoredWords.point),
      location: try word(.location, StoredWords.location), side: try word(.side, StoredWords.side),
      activity: try word(.activity, StoredWords.activity), note: text(.note))
  }

  func aid() throws -> AidPeriod {
    AidPeriod(
      id: id, uid: try uid(.uid), aid: try requiredWord(.aid, StoredWords.aid), from: try day(.from),
      to: try optionalDay(.to), weightBearing: try word(.weightBearing, StoredWords.weightBearing),
      side: try word(.side, StoredWords.side), note: text(.note))
  }

  func score() throws -> ScoreEntry {
    let entryUID = try uid(.uid)
    var answers: [Int]?
    if let text = text(.answers) {
      guard let parsed = ScoreEntry.answers(fromText: text) else { throw unreadable(.answers) }
      answers = parsed
    }
    if row.isNull(at(.score)) { throw unreadable(.score) }
    return ScoreEntry(
      id: id, uid: entryUID, day: try day(.date), time: try time(),
      instrument: try requiredWord(.instrument, StoredWords.instrument), answers: answers, raw: integer(.raw),
      score: row.double(at(.score)), side: try word(.side, StoredWords.side), note: text(.note))
  }

  func milestone() throws -> MilestoneEntry {
    MilestoneEntry(
      id: id, uid: try uid(.uid), day: try day(.date), time: try time(),
      kind: try requiredWord(.kind, StoredWords.milestoneKind), side: try word(.side, StoredWords.side),
      note: text(.note))
  }

  func target() throws -> MilestoneTarget {
    let entryUID = try uid(.uid)
    let surgery = try uid(.surgery)
    return MilestoneTarget(
      id: id, uid: entryUID, day: try day(.date), kind: try requiredWord(.kind, StoredWords.targetKind),
      days: row.int(at(.days)), surgery: surgery, note: text(.note))
  }

  func medication() throws -> MedicationEntry {
    // The day is one column for doses and courses; `course` is stored only.
    let dayColumn = Int32(type.sqlColumns.firstIndex(of: "day")!)
    let courseColumn = Int32(type.sqlColumns.firstIndex(of: "course")!)
    guard let dayBytes = row.bytes(dayColumn), let day = CalendarDay(utf8: dayBytes) else {
      throw unreadable(at: dayColumn)
    }
    return MedicationEntry(
      id: id, uid: try uid(.uid), drug: try requiredWord(.drug, StoredWords.drug), name: text(.name),
      day: day, time: try time(), isCourse: row.int(courseColumn) == 1, to: try optionalDay(.to),
      dose: row.isNull(at(.dose)) ? nil : row.double(at(.dose)), times: row.int(at(.times)),
      asNeeded: row.int(at(.asNeeded)) == 1, note: text(.note))
  }
}
