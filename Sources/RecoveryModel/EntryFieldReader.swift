#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where an entry's fields are read from, one field at a time as the kind its field table gives it
/// (``EntryColumn/FieldKind``): a row of the store, an imported CSV record or JSON object.
///
/// ``DiaryEntry/init(type:reading:)`` builds every entry from one of these, so the store's row
/// reading and the imports construct entries the same way. Each method returns nil for a field that
/// is not given, and throws the reader's own error for a value that is not of the kind; the builder
/// asks ``missing(_:)`` for the error of a field the entry needs.
@usableFromInline
package protocol EntryFieldReader {
  /// A uid (``EntryColumn/FieldKind/uid``).
  func uid(_ field: EntryField) throws -> UUID?
  /// A day (``EntryColumn/FieldKind/day``).
  func day(_ field: EntryField) throws -> CalendarDay?
  /// A time of day (``EntryColumn/FieldKind/time``).
  func time(_ field: EntryField) throws -> TimeOfDay?
  /// A word of the vocabulary `words` holds (``EntryColumn/FieldKind/word``).
  func word<Word: Vocabulary>(_ field: EntryField, in words: WordTable<Word>) throws -> Word?
  /// A whole number (``EntryColumn/FieldKind/integer`` and ``EntryColumn/FieldKind/id``).
  func integer(_ field: EntryField) throws -> Int?
  /// A number that may have a fraction (``EntryColumn/FieldKind/decimal``).
  func decimal(_ field: EntryField) throws -> Double?
  /// Free text (``EntryColumn/FieldKind/text``).
  func text(_ field: EntryField) throws -> String?
  /// True or false (``EntryColumn/FieldKind/flag``).
  func flag(_ field: EntryField) throws -> Bool?
  /// A questionnaire's answers (``EntryColumn/FieldKind/answers``).
  func answers(_ field: EntryField) throws -> [Int]?
  /// The error for `field`, which the entry needs, not given.
  func missing(_ field: EntryField) -> any Error
}

extension EntryFieldReader {
  /// The value `read` reads for `field`, or the reader's ``missing(_:)`` error when it is not given.
  @inlinable
  package func required<Value>(_ field: EntryField, _ read: (EntryField) throws -> Value?) throws -> Value {
    guard let value = try read(field) else { throw missing(field) }
    return value
  }

  /// The word of `field`, which the entry needs.
  @inlinable
  package func requiredWord<Word: Vocabulary>(_ field: EntryField, in words: WordTable<Word>) throws -> Word {
    guard let value = try word(field, in: words) else { throw missing(field) }
    return value
  }
}
