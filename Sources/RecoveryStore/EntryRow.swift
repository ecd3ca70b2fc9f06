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

  /// The row's position of `field`'s column; a medication's `date` and `from` share its `day`
  /// column.
  private func at(_ field: EntryField) -> Int32 {
    if let column = positions[field.position] { return column }
    precondition(type == .medication && (field == .date || field == .from), "\(field) of a \(type)")
    return Int32(type.sqlColumns.firstIndex(of: "day")!)
  }

  private func unreadable(_ field: EntryField) -> StoreError {
    unreadable(at: at(field))
  }

  private func unreadable(at column: Int32) -> StoreError {
    .unreadableEntry(
      path: row.statement.connection.path, table: type.table, id: id, column: type.sqlColumns[Int(column)],
      value: row.optionalText(column))
  }

  /// Whether `field` is a medication's `date` or `from` that its `course` column says it is not.
  private func isOtherMedicationDay(_ field: EntryField) -> Bool {
    guard type == .medication, field == .date || field == .from else { return false }
    let course = row.int(Int32(type.sqlColumns.firstIndex(of: "course")!)) == 1
    return course != (field == .from)
  }

  /// The row as whichever entry its type makes.
  func entry() throws -> DiaryEntry {
    try DiaryEntry(type: type, reading: self)
  }
}

extension EntryRow: EntryFieldReader {
  func uid(_ field: EntryField) throws -> UUID? {
    guard let bytes = row.bytes(at(field)) else { return nil }
    guard let uid = UUID(storedBytes: bytes) else { throw unreadable(field) }
    return uid
  }

  func day(_ field: EntryField) throws -> CalendarDay? {
    guard !isOtherMedicationDay(field), let bytes = row.bytes(at(field)) else { return nil }
    guard let day = CalendarDay(utf8: bytes) else { throw unreadable(field) }
    return day
  }

  func time(_ field: EntryField) throws -> TimeOfDay? {
    guard let bytes = row.bytes(at(field)) else { return nil }
    guard let time = TimeOfDay(utf8: bytes) else { throw unreadable(field) }
    return time
  }

  func word<Word: Vocabulary>(_ field: EntryField, in words: WordTable<Word>) throws -> Word? {
    guard let bytes = row.bytes(at(field)) else { return nil }
    guard let value = words.value(bytes) else { throw unreadable(field) }
    return value
  }

  func integer(_ field: EntryField) throws -> Int? {
    field == .id ? id : row.optionalInt(at(field))
  }

  func decimal(_ field: EntryField) throws -> Double? {
    let column = at(field)
    return row.isNull(column) ? nil : row.double(column)
  }

  func text(_ field: EntryField) throws -> String? {
    row.optionalText(at(field))
  }

  func flag(_ field: EntryField) throws -> Bool? {
    row.optionalInt(at(field)).map { $0 == 1 }
  }

  func answers(_ field: EntryField) throws -> [Int]? {
    guard let text = row.optionalText(at(field)) else { return nil }
    guard let answers = ScoreEntry.answers(fromText: text) else { throw unreadable(field) }
    return answers
  }

  func missing(_ field: EntryField) -> any Error {
    unreadable(field)
  }
}
