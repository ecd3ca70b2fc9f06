/// JSON strings and numbers as text, written by the one escaper and the one number formatter that
/// every JSON writer of the package shares (``JSONExportWriter``, derived uids' content, FHIR).
public enum JSONText {
  /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, everything
  /// else as UTF-8.
  /// - Parameters:
  ///   - text: the string's text.
  ///   - output: the JSON being written.
  ///   - escapingSeparators: also escape U+007F, U+2028 and U+2029, for JSON that may be embedded in
  ///     JavaScript.
  public static func appendQuoted(_ text: String, to output: inout String, escapingSeparators: Bool = false) {
    // Most text (codes, uids, dates, labels) needs no escape: copied whole.
    if !text.utf8.contains(where: { JSONWriter.needsEscape($0, separators: escapingSeparators) }) {
      output += "\""
      output += text
      output += "\""
      return
    }
    var json = JSONBytes()
    json.write { $0.quoted(text, escapingSeparators: escapingSeparators) }
    output += json.text
  }

  /// `text` as a JSON string, escaped as ``appendQuoted(_:to:escapingSeparators:)`` escapes it.
  public static func quoted(_ text: String, escapingSeparators: Bool = false) -> String {
    var output = ""
    appendQuoted(text, to: &output, escapingSeparators: escapingSeparators)
    return output
  }

  /// A finite number as JSON: a whole one without a fraction (`40`), else the shortest text that
  /// reads back as the same number (`67.516`), as `JSONEncoder` writes them.
  public static func number(_ value: Double) -> String {
    precondition(value.isFinite, "JSON has no infinities or NaN")
    return value.jsonText
  }
}
