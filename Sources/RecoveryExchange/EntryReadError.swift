import RecoveryModel

/// Why an imported row or object could not be read as a diary entry.
///
/// Each case carries the field and the value given, for an app to word as it likes; the rules an
/// entry breaks once read (a score of 11, an unknown word, an impossible date) are `EntryError`s.
public enum EntryReadError: Error, CustomStringConvertible, Equatable, Sendable {
  /// A field the entry needs was not given (or given empty).
  case missingField(EntryField, type: EntryType?)
  /// A value that is not of its field's kind, such as a score of `five`.
  case invalidValue(field: EntryField, value: String, expected: String)
  /// The value breaks a rule of the entry's fields: an unknown word, an impossible date, ...
  case invalidEntry(EntryError)

  public var description: String {
    switch self {
    case .missingField(let field, let type):
      "The \(field.label) (\(field.rawValue)) is missing\(type.map { ": a \($0.rawValue) entry needs it" } ?? "")."
    case .invalidValue(let field, let value, let expected):
      "Invalid \(field.label) (\(field.rawValue)) \"\(value)\": expected \(expected)."
    case .invalidEntry(let error):
      error.description
    }
  }
}
