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

  private var id: Int { row.int(0) }

  private func unreadable(_ column: Int32) -> StoreError {
    .unreadableEntry(
      path: row.statement.connection.path, table: type.table, id: id, column: type.columns[Int(column)],
      value: row.optionalText(column))
  }

  private func word<V: Vocabulary>(_ column: Int32, _ words: WordTable<V>) throws -> V? {
    guard let bytes = row.bytes(column) else { return nil }
    guard let value = words.value(bytes) else { throw unreadable(column) }
    return value
  }

  private func requiredWord<V: Vocabulary>(_ column: Int32, _ words: WordTable<V>) throws -> V {
    guard let value = try word(column, words) else { throw unreadable(column) }
    return value
  }

  private func day(_ column: Int32) throws -> CalendarDay {
    guard let bytes = row.bytes(column), let day = CalendarDay(utf8: bytes) else { throw unreadable(column) }
    return day
  }

  private func optionalDay(_ column: Int32) throws -> CalendarDay? {
    row.isNull(column) ? nil : try day(column)
  }

  private func time(_ column: Int32) throws -> TimeOfDay? {
    guard let bytes = row.bytes(column) else { return nil }
    guard let time = TimeOfDay(utf8: bytes) else { throw unreadable(column) }
    return time
  }

  private func uid(_ column: Int32) throws -> UUID {
    guard let bytes = row.bytes(column), let uid = UUID(storedBytes: bytes) else { throw unreadable(column) }
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
      id: id, uid: try uid(1), day: try day(2), time: try time(3),
      kind: try requiredWord(4, StoredWords.treatmentKind), name: row.optionalText(5),
      side: try word(6, StoredWords.side), level: try word(7, StoredWords.level),
      approach: try word(8, StoredWords.approach), target: try word(9, StoredWords.target),
      guidance: try word(10, StoredWords.guidance), agent: row.optionalText(11), dose: row.optionalText(12),
      round: row.optionalInt(13), provider: row.optionalText(14), finding: row.optionalText(15),
      note: row.optionalText(16))
  }

  func pain() throws -> PainEntry {
    PainEntry(
      id: id, uid: try uid(1), day: try day(2), time: try time(3), score: row.int(4),
      location: try word(5, StoredWords.location), side: try word(6, StoredWords.side),
      activity: try word(7, StoredWords.activity), note: row.optionalText(8))
  }

  func symptom() throws -> SymptomEntry {
    SymptomEntry(
      id: id, uid: try uid(1), day: try day(2), time: try time(3),
      kind: try requiredWord(4, StoredWords.symptomKind), count: row.optionalInt(5),
      severity: row.optionalInt(6), point: try word(7, StoredWords.point),
      location: try word(8, StoredWords.location), side: try word(9, StoredWords.side),
      activity: try word(10, StoredWords.activity), note: row.optionalText(11))
  }

  func aid() throws -> AidPeriod {
    AidPeriod(
      id: id, uid: try uid(1), aid: try requiredWord(2, StoredWords.aid), from: try day(3),
      to: try optionalDay(4), weightBearing: try word(5, StoredWords.weightBearing),
      side: try word(6, StoredWords.side), note: row.optionalText(7))
  }

  func score() throws -> ScoreEntry {
    let entryUID = try uid(1)
    var answers: [Int]?
    if let text = row.optionalText(5) {
      guard let parsed = ScoreEntry.answers(fromText: text) else { throw unreadable(5) }
      answers = parsed
    }
    if row.isNull(7) { throw unreadable(7) }
    return ScoreEntry(
      id: id, uid: entryUID, day: try day(2), time: try time(3),
      instrument: try requiredWord(4, StoredWords.instrument), answers: answers, raw: row.optionalInt(6),
      score: row.double(7), side: try word(8, StoredWords.side), note: row.optionalText(9))
  }

  func milestone() throws -> MilestoneEntry {
    MilestoneEntry(
      id: id, uid: try uid(1), day: try day(2), time: try time(3),
      kind: try requiredWord(4, StoredWords.milestoneKind), side: try word(5, StoredWords.side),
      note: row.optionalText(6))
  }

  func target() throws -> MilestoneTarget {
    let entryUID = try uid(1)
    let surgery = try uid(5)
    return MilestoneTarget(
      id: id, uid: entryUID, day: try day(2), kind: try requiredWord(3, StoredWords.targetKind),
      days: row.int(4), surgery: surgery, note: row.optionalText(6))
  }

  func medication() throws -> MedicationEntry {
    MedicationEntry(
      id: id, uid: try uid(1), drug: try requiredWord(4, StoredWords.drug), name: row.optionalText(5),
      day: try day(2), time: try time(3), isCourse: row.int(6) == 1, to: try optionalDay(7),
      dose: row.isNull(8) ? nil : row.double(8), times: row.int(9), asNeeded: row.int(10) == 1,
      note: row.optionalText(11))
  }
}
