import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// How each record type maps to its table: the columns, the INSERT, and reading a row back.
///
/// Column order is the same in `columns`, `values(...)` and `init(row:)`.
extension EntryType {
  var table: String { rawValue }

  var columns: [String] {
    switch self {
    case .treatment:
      [
        "id", "uid", "day", "time", "kind", "name", "side", "level", "approach", "target", "guidance",
        "agent", "dose", "round", "provider", "finding", "note",
      ]
    case .pain: ["id", "uid", "day", "time", "score", "location", "side", "activity", "note"]
    case .symptom:
      [
        "id", "uid", "day", "time", "kind", "count", "severity", "point", "location", "side", "activity",
        "note",
      ]
    case .aid: ["id", "uid", "aid", "from_day", "to_day", "weight_bearing", "side", "note"]
    case .score: ["id", "uid", "day", "time", "instrument", "answers", "raw", "score", "side", "note"]
    case .milestone: ["id", "uid", "day", "time", "kind", "side", "note"]
    case .target: ["id", "uid", "day", "kind", "days", "surgery", "note"]
    }
  }

  /// The column holding the entry's day (its first day, for an aid period).
  var dayColumn: String { self == .aid ? "from_day" : "day" }

  /// The column `EntryQuery.kind` filters on, if the type has one.
  var kindColumn: String? {
    switch self {
    case .treatment, .symptom, .milestone, .target: "kind"
    case .aid: "aid"
    case .score: "instrument"
    case .pain: nil
    }
  }

  var insertSQL: String {
    let names = columns + ["patient_id", "recorded_at"]
    let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
    return "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(marks))"
  }

  var selectList: String {
    columns.joined(separator: ", ")
  }
}

extension DiaryEntry {
  /// The values for `type.columns`, in order.
  var sqlValues: [SQLValue?] {
    func text(_ value: String?) -> SQLValue? { value.map { .text($0) } }
    func word<V: Vocabulary>(_ value: V?) -> SQLValue? { value.map { .text($0.rawValue) } }
    func int(_ value: Int?) -> SQLValue? { value.map { .integer($0) } }
    let number = int(id)
    let uidText = SQLValue.text(uid.lowercased)
    switch self {
    case .treatment(let t):
      return [
        number, uidText, .text(t.day.description), text(t.time?.description), word(t.kind), text(t.name),
        word(t.side), word(t.level), word(t.approach), word(t.target), word(t.guidance), text(t.agent),
        text(t.dose), int(t.round), text(t.provider), text(t.finding), text(t.note),
      ]
    case .pain(let p):
      return [
        number, uidText, .text(p.day.description), text(p.time?.description), .integer(p.score),
        word(p.location), word(p.side), word(p.activity), text(p.note),
      ]
    case .symptom(let s):
      return [
        number, uidText, .text(s.day.description), text(s.time?.description), word(s.kind), int(s.count),
        int(s.severity), word(s.point), word(s.location), word(s.side), word(s.activity), text(s.note),
      ]
    case .aid(let a):
      return [
        number, uidText, word(a.aid), .text(a.from.description), text(a.to?.description),
        word(a.weightBearing), word(a.side), text(a.note),
      ]
    case .score(let s):
      return [
        number, uidText, .text(s.day.description), text(s.time?.description), word(s.instrument),
        text(s.answers.map(ScoreEntry.answersText)), int(s.raw), .real(s.score), word(s.side), text(s.note),
      ]
    case .milestone(let m):
      return [
        number, uidText, .text(m.day.description), text(m.time?.description), word(m.kind), word(m.side),
        text(m.note),
      ]
    case .target(let t):
      return [
        number, uidText, .text(t.day.description), .text(t.kind.rawValue), .integer(t.days),
        .text(t.surgery.uuidString.lowercased()), text(t.note),
      ]
    }
  }

  /// Reads a row selected with `type.selectList`.
  ///
  /// The schema's constraints guarantee the words and dates are valid and present; a row that somehow
  /// is not (changed by hand with CHECKs off, or with the schema rewritten) surfaces as an error
  /// rather than a crash.
  /// - Throws: ``StoreError/unreadableEntry(path:table:id:column:value:)`` naming the first column
  ///   that cannot be read.
  init(type: EntryType, row: Row) throws {
    let id = row.int(0)
    func unreadable(_ column: Int32) -> StoreError {
      .unreadableEntry(
        path: row.statement.connection.path, table: type.table, id: id, column: type.columns[Int(column)],
        value: row.optionalText(column))
    }
    func word<V: Vocabulary>(_ column: Int32) throws -> V? {
      guard let text = row.optionalText(column) else { return nil }
      guard let value = V(rawValue: text) else { throw unreadable(column) }
      return value
    }
    func requiredWord<V: Vocabulary>(_ column: Int32) throws -> V {
      guard let value: V = try word(column) else { throw unreadable(column) }
      return value
    }
    func day(_ column: Int32) throws -> CalendarDay {
      guard let text = row.optionalText(column), let day = CalendarDay(text) else { throw unreadable(column) }
      return day
    }
    func optionalDay(_ column: Int32) throws -> CalendarDay? {
      row.isNull(column) ? nil : try day(column)
    }
    func time(_ column: Int32) throws -> TimeOfDay? {
      guard let text = row.optionalText(column) else { return nil }
      guard let time = TimeOfDay(text) else { throw unreadable(column) }
      return time
    }
    guard let uid = row.optionalText(1).flatMap(UUID.init(storedText:)) else { throw unreadable(1) }
    switch type {
    case .treatment:
      self = .treatment(
        Treatment(
          id: id, uid: uid, day: try day(2), time: try time(3), kind: try requiredWord(4),
          name: row.optionalText(5), side: try word(6), level: try word(7), approach: try word(8),
          target: try word(9), guidance: try word(10), agent: row.optionalText(11),
          dose: row.optionalText(12),
          round: row.optionalInt(13), provider: row.optionalText(14), finding: row.optionalText(15),
          note: row.optionalText(16)))
    case .pain:
      self = .pain(
        PainEntry(
          id: id, uid: uid, day: try day(2), time: try time(3), score: row.int(4), location: try word(5),
          side: try word(6), activity: try word(7), note: row.optionalText(8)))
    case .symptom:
      self = .symptom(
        SymptomEntry(
          id: id, uid: uid, day: try day(2), time: try time(3), kind: try requiredWord(4),
          count: row.optionalInt(5), severity: row.optionalInt(6), point: try word(7), location: try word(8),
          side: try word(9), activity: try word(10), note: row.optionalText(11)))
    case .aid:
      self = .aid(
        AidPeriod(
          id: id, uid: uid, aid: try requiredWord(2), from: try day(3), to: try optionalDay(4),
          weightBearing: try word(5), side: try word(6), note: row.optionalText(7)))
    case .score:
      var answers: [Int]?
      if let text = row.optionalText(5) {
        guard let parsed = ScoreEntry.answers(fromText: text) else { throw unreadable(5) }
        answers = parsed
      }
      if row.isNull(7) { throw unreadable(7) }
      self = .score(
        ScoreEntry(
          id: id, uid: uid, day: try day(2), time: try time(3), instrument: try requiredWord(4),
          answers: answers, raw: row.optionalInt(6), score: row.double(7), side: try word(8),
          note: row.optionalText(9)))
    case .milestone:
      self = .milestone(
        MilestoneEntry(
          id: id, uid: uid, day: try day(2), time: try time(3), kind: try requiredWord(4),
          side: try word(5), note: row.optionalText(6)))
    case .target:
      guard let surgery = row.optionalText(5).flatMap(UUID.init(storedText:)) else { throw unreadable(5) }
      self = .target(
        MilestoneTarget(
          id: id, uid: uid, day: try day(2), kind: try requiredWord(3), days: row.int(4), surgery: surgery,
          note: row.optionalText(6)))
    }
  }
}

/// Parsing helpers for values of other tables read back from the database (patients, changes).
enum StoreRow {
  /// The error for a value the schema's constraints should have kept out: SQLite's "damaged" code,
  /// which the store reports as ``StoreError/damaged(path:)``.
  static func corrupt(_ what: String, _ text: String) -> SQLiteError {
    SQLiteError(
      extendedResultCode: .SQLITE_CORRUPT,
      message: "unreadable \(what) in the database (\(text.count) characters)")
  }

  static func word<V: Vocabulary>(_ text: String) throws -> V {
    guard let value = V(rawValue: text) else { throw corrupt(V.vocabularyName, text) }
    return value
  }

  static func uid(_ text: String) throws -> UUID {
    guard let uid = UUID(storedText: text) else { throw corrupt("uid", text) }
    return uid
  }
}
