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

  /// The INSERT of one entry, bound by ``DiaryEntry/bindInsert(to:from:patientID:recordedAt:)``.
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
  /// Binds the values of `type.insertSQL` to `statement`'s parameters from `first` on: the columns,
  /// the patient and the time it was recorded; returns the position after the last one bound. The
  /// statement's binding must have been started.
  @discardableResult
  func bindInsert(
    to statement: Statement, from first: Int32, patientID: Int, recordedAt: String
  ) throws
    -> Int32
  {
    let next = try bindColumns(to: statement, from: first)
    try statement.bind(patientID, at: next)
    try statement.bind(recordedAt, at: next + 1)
    return next + 2
  }

  /// Binds the values for `type.sqlColumns`, in order, to `statement`'s parameters from `first` on,
  /// as the field table reads them, leaving out the id column when `id` is false; returns the
  /// position after the last one bound. The statement's binding must have been started.
  @discardableResult
  func bindColumns(to statement: Statement, from first: Int32, id: Bool = true) throws -> Int32 {
    var index = first
    try forEachColumn { column, value in
      guard column.column != nil, id || column.kind != .id else { return }
      try Self.bind(value, of: column.kind, to: statement, at: index)
      index += 1
    }
    return index
  }

  /// Binds a field's value: words, days and times as their text, answers as text, a flag as 1 or 0
  /// (an absent one as 0), `null` as NULL.
  private static func bind(
    _ value: FieldValue?, of kind: EntryColumn.FieldKind, to statement: Statement, at index: Int32
  ) throws {
    switch value {
    case nil, .null?:
      if kind == .flag { try statement.bind(0, at: index) } else { try statement.bindNull(at: index) }
    case .text(let text)?, .word(let text)?: try statement.bind(text, at: index)
    case .integer(let number)?: try statement.bind(number, at: index)
    case .decimal(let number)?: try statement.bind(number, at: index)
    case .integers(let numbers)?: try statement.bind(ScoreEntry.answersText(numbers), at: index)
    case .day(let day)? where day.hasFourDigitYear:
      try statement.bindText(byteCount: CalendarDay.textLength, at: index) { start in
        day.write(into: UnsafeMutableBufferPointer(start: start, count: CalendarDay.textLength))
      }
    case .day(let day)?: try statement.bind(day.description, at: index)
    case .time(let time)?:
      try statement.bindText(byteCount: TimeOfDay.textLength, at: index) { start in
        time.write(into: UnsafeMutableBufferPointer(start: start, count: TimeOfDay.textLength))
      }
    case .uid(let uid)?: try statement.bind(uid, at: index)
    case .flag(let flag)?: try statement.bind(flag ? 1 : 0, at: index)
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
