import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// How each record type maps to its table: the columns, the INSERT, and reading a row back, all
/// derived from the type's field table (`EntryType.columns` in RecoveryModel).
extension EntryType {
  var table: String { rawValue }

  /// The table's columns in the field table's order: the SELECT list, the INSERT's columns, and the
  /// positions ``EntryRow`` reads.
  var sqlColumns: [String] { Self.sqlColumnsByType[self]! }

  private static let sqlColumnsByType = Dictionary(
    uniqueKeysWithValues: allCases.map { type in (type, type.columns.compactMap(\.column)) })

  /// The position in ``sqlColumns`` of each field's column, by the field's position in
  /// `EntryField.allCases`; nil for a field the table does not store.
  var columnPositions: [Int32?] { Self.positionsByType[self]! }

  private static let positionsByType = Dictionary(
    uniqueKeysWithValues: allCases.map { type in
      var positions = [Int32?](repeating: nil, count: EntryField.allCases.count)
      var position: Int32 = 0
      for column in type.columns where column.column != nil {
        if let field = column.field { positions[field.position] = position }
        position += 1
      }
      return (type, positions)
    })

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
    let names = sqlColumns + ["patient_id", "recorded_at"]
    let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
    return "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(marks))"
  }

  var selectList: String {
    sqlColumns.joined(separator: ", ")
  }
}

extension DiaryEntry {
  /// The values for `type.sqlColumns`, in order, as the field table reads them.
  var sqlValues: [SQLValue?] {
    var values: [SQLValue?] = []
    values.reserveCapacity(16)
    forEachColumn { column, value in
      guard column.column != nil else { return }
      values.append(Self.sqlValue(value, of: column.kind))
    }
    return values
  }

  /// A field's value as SQL: words, days and times as their text, answers as text, a flag as 1 or 0
  /// (an absent one as 0), `null` as NULL.
  private static func sqlValue(_ value: FieldValue?, of kind: EntryColumn.FieldKind) -> SQLValue? {
    switch value {
    case nil, .null?: kind == .flag ? .integer(0) : nil
    case .text(let text)?, .word(let text)?: .text(text)
    case .integer(let number)?: .integer(number)
    case .decimal(let number)?: .real(number)
    case .integers(let numbers)?: .text(ScoreEntry.answersText(numbers))
    case .day(let day)?: .text(day.description)
    case .time(let time)?: .text(time.description)
    case .uid(let uid)?: .uid(uid)
    case .flag(let flag)?: .integer(flag ? 1 : 0)
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
