/// One field's value as an imported file gives it, before it is read as the field's type.
///
/// A CSV cell is always ``text(_:)``; a JSON value keeps its kind. Reading converts as the field
/// needs: text `5` reads as a number, text `true` as a flag, and a list of numbers may also be given as
/// one text of numbers separated by spaces.
public enum ImportedValue: Sendable, Equatable {
  /// Text: a CSV cell or a JSON string.
  case text(String)
  /// A JSON number, as written.
  case number(String)
  /// A JSON `true` or `false`.
  case flag(Bool)
  /// A JSON `null`.
  case null
  /// A JSON array.
  case list([ImportedValue])

  /// Whether the value counts as not given: `null`, or empty text (an empty CSV cell).
  public var isAbsent: Bool {
    switch self {
    case .null: true
    case .text(let text): text.isEmpty
    default: false
    }
  }

  /// The value as it was written, for messages.
  public var written: String {
    switch self {
    case .text(let text), .number(let text): text
    case .flag(let flag): flag ? "true" : "false"
    case .null: "null"
    case .list(let values): "[" + values.map(\.written).joined(separator: ", ") + "]"
    }
  }
}
