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
    case .medication:
      ["id", "uid", "day", "time", "drug", "name", "course", "to_day", "dose", "times", "prn", "note"]
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
    case .pain, .medication: nil
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
    let uidText = SQLValue.uid(uid)
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
    case .medication(let m):
      return [
        number, uidText, .text(m.day.description), text(m.time?.description), word(m.drug), text(m.name),
        .integer(m.isCourse ? 1 : 0), text(m.to?.description), m.dose.map { .real($0) }, .integer(m.times),
        .integer(m.asNeeded ? 1 : 0), text(m.note),
      ]
    }
  }

  /// Reads a row selected with `type.selectList`.
  ///
  /// - Throws: ``StoreError/unreadableEntry(path:table:id:column:value:)`` naming the first column
  ///   that cannot be read.
  init(type: EntryType, row: Row) throws {
    self = try EntryRow(type: type, row: row).entry()
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
