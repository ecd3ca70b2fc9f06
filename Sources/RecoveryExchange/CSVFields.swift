import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One CSV record's cells, read as the entry's builder asks (`DiaryEntry.init(type:reading:)` in
/// RecoveryModel), each as its field's kind straight from the cell's bytes.
///
/// A cell is read from its bytes only when they spell a value as ``ImportedFields`` would read the
/// cell's text: words byte for byte as the vocabulary writes them, whole numbers of digits only,
/// days, times and uids through the parsers their text goes through too. Any other cell is read as
/// its text, as ``ImportedEntry/init(fields:)`` reads it, which accepts it or names the problem; the
/// differential tests check that the two readings agree.
///
/// It holds only pointers, so the builder copies it (into the readings it passes around) without
/// any reference counting.
struct CSVFields: ImportedFieldReader {
  let bytes: UnsafeBufferPointer<UInt8>
  let ends: UnsafeBufferPointer<Int>
  /// `CSVColumns/columnOfField`.
  let columnOfField: UnsafeBufferPointer<Int>

  /// The bytes of `field`'s cell; nil when no column holds the field or its cell is empty.
  private func cell(_ field: EntryField) -> UnsafeBufferPointer<UInt8>? {
    let column = columnOfField[field.position]
    guard column >= 0, column < ends.count else { return nil }
    let start = column == 0 ? 0 : ends[column - 1]
    let end = ends[column]
    guard end > start else { return nil }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// A cell as its text, as ``ImportedFields`` reads it.
  private func value(_ cell: UnsafeBufferPointer<UInt8>) -> ImportedValue {
    .text(String(decoding: cell, as: UTF8.self))
  }

  var uidGiven: Bool { cell(.uid) != nil }

  var namedType: EntryType? {
    cell(.type).flatMap { EntryType(rawValue: String(decoding: $0, as: UTF8.self)) }
  }

  func entryType() throws -> EntryType? {
    guard let cell = cell(.type) else { return nil }
    return try WordTables.entryType.value(cell) ?? value(cell).word(for: .type, EntryType.self)
  }

  func uid(_ field: EntryField) throws -> UUID? {
    guard let cell = cell(field) else { return field == .uid ? ImportedEntry.placeholder : nil }
    return try UUID(storedBytes: cell) ?? value(cell).uid(for: field)
  }

  func day(_ field: EntryField) throws -> CalendarDay? {
    guard let cell = cell(field) else { return nil }
    return try CalendarDay(utf8: cell) ?? value(cell).day()
  }

  func time(_ field: EntryField) throws -> TimeOfDay? {
    guard let cell = cell(field) else { return nil }
    return try TimeOfDay(utf8: cell) ?? value(cell).time()
  }

  func word<Word: Vocabulary>(_ field: EntryField, in words: WordTable<Word>) throws -> Word? {
    guard let cell = cell(field) else { return nil }
    return try words.value(cell) ?? value(cell).word(for: field, Word.self)
  }

  func integer(_ field: EntryField) throws -> Int? {
    guard field != .id, let cell = cell(field) else { return nil }
    return try Self.digits(cell) ?? value(cell).integer(for: field)
  }

  func decimal(_ field: EntryField) throws -> Double? {
    guard let cell = cell(field) else { return nil }
    return try value(cell).decimal(for: field)
  }

  func text(_ field: EntryField) throws -> String? {
    cell(field).map { String(decoding: $0, as: UTF8.self) }
  }

  func flag(_ field: EntryField) throws -> Bool? {
    guard let cell = cell(field) else { return nil }
    if cell.elementsEqual("false".utf8) { return false }
    if cell.elementsEqual("true".utf8) { return true }
    return try value(cell).flag(for: field)
  }

  func answers(_ field: EntryField) throws -> [Int]? {
    guard let cell = cell(field) else { return nil }
    return try value(cell).answers(for: field)
  }

  /// A cell of one to eighteen ASCII digits as its number (as `Int(_:)` reads it); nil for any
  /// other cell.
  private static func digits(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
    guard cell.count <= 18 else { return nil }
    var value = 0
    for byte in cell {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value &* 10 &+ Int(digit)
    }
    return value
  }
}
