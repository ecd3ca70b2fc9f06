#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One field of an entry type, described once: its name in files (``EntryField``), its column in
/// the store's table, its kind, and how to read it from an entry (a closure that reads the
/// property, `{ $0.score }`, which the compiler turns into a plain load where a key path would be
/// applied at run time for every row).
///
/// The store derives its INSERT, its SELECT list and where it reads each column from these
/// descriptions; exports derive each entry's cells from them. A field with no column (a treatment's
/// `category`, which follows from its kind) is only exchanged; a column with no field (a
/// medication's `course`) is only stored.
public struct EntryColumn: Sendable, Equatable {
  /// The field in files, or nil for a column that is only stored.
  public let field: EntryField?
  /// The SQL column, or nil for a field that is only exchanged.
  public let column: String?
  /// What the values are.
  public let kind: FieldKind

  /// What an entry field's values are, and so how the store binds and reads them.
  public enum FieldKind: Sendable, Equatable {
    /// The entry's number in the database.
    case id
    /// A uid: lowercase text in SQL.
    case uid
    /// A day: `YYYY-MM-DD` text in SQL.
    case day
    /// A time of day: `HH:MM` text in SQL.
    case time
    /// A word of a vocabulary: its raw value as text.
    case word
    /// A whole number.
    case integer
    /// A number that may have a fraction: REAL in SQL.
    case decimal
    /// Free text.
    case text
    /// True or false: 1 or 0 in SQL, never NULL (an absent flag is stored as 0).
    case flag
    /// A questionnaire's answers: the numbers separated by single spaces in SQL.
    case answers
  }
}

/// An ``EntryColumn`` of one entry type, with the reading of its value.
public struct EntryColumnReading<Entry>: Sendable {
  /// The field, its column and its kind.
  public let column: EntryColumn
  private let read: @Sendable (Entry) -> FieldValue?

  /// The value of the field in `entry`: nil when the entry does not give it (the field is left out
  /// of files and NULL in the store), ``FieldValue/null`` when files write it as `null`.
  public func value(of entry: Entry) -> FieldValue? { read(entry) }

  init(
    _ field: EntryField?, _ column: String?, _ kind: EntryColumn.FieldKind,
    _ read: @escaping @Sendable (Entry) -> FieldValue?
  ) {
    self.column = EntryColumn(field: field, column: column, kind: kind)
    self.read = read
  }

  static func id(_ path: @escaping @Sendable (Entry) -> Int?) -> Self {
    Self(.id, "id", .id) { path($0).map { .integer($0) } }
  }

  static func uid(
    _ field: EntryField, _ column: String?, _ path: @escaping @Sendable (Entry) -> UUID
  ) -> Self {
    Self(field, column, .uid) { .uid(path($0)) }
  }

  static func day(
    _ field: EntryField?, _ column: String?, _ path: @escaping @Sendable (Entry) -> CalendarDay
  ) -> Self {
    Self(field, column, .day) { .day(path($0)) }
  }

  static func time(_ path: @escaping @Sendable (Entry) -> TimeOfDay?) -> Self {
    Self(.time, "time", .time) { path($0).map { .time($0) } }
  }

  static func word<Word: Vocabulary>(
    _ field: EntryField, _ column: String?, _ path: @escaping @Sendable (Entry) -> Word
  ) -> Self {
    Self(field, column, .word) { .word(path($0).rawValue) }
  }

  static func word<Word: Vocabulary>(
    _ field: EntryField, _ column: String?, _ path: @escaping @Sendable (Entry) -> Word?
  ) -> Self {
    Self(field, column, .word) { path($0).map { .word($0.rawValue) } }
  }

  static func integer(
    _ field: EntryField, _ column: String?, _ path: @escaping @Sendable (Entry) -> Int
  ) -> Self {
    Self(field, column, .integer) { .integer(path($0)) }
  }

  static func integer(
    _ field: EntryField, _ column: String?, _ path: @escaping @Sendable (Entry) -> Int?
  ) -> Self {
    Self(field, column, .integer) { path($0).map { .integer($0) } }
  }

  static func text(
    _ field: EntryField, _ column: String?, _ path: @escaping @Sendable (Entry) -> String?
  ) -> Self {
    Self(field, column, .text) { path($0).map { .text($0) } }
  }

  static func note(_ path: @escaping @Sendable (Entry) -> String?) -> Self {
    text(.note, "note", path)
  }
}
