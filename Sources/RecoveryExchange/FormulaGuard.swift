import RecoveryModel

/// Keeps a CSV cell from running as a formula when a spreadsheet opens the file, reversibly.
///
/// Spreadsheets treat a cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return before
/// one) as a formula. An export writes such a cell with an apostrophe in front, which spreadsheets
/// show as the plain text; an import takes one apostrophe off again. So that the round trip loses
/// nothing, a cell that already starts with apostrophes followed by such a character gets one more:
/// `=1+1` is written `'=1+1`, `'=1+1` is written `''=1+1`, and each reads back as it was.
package enum FormulaGuard {
  /// Whether `bytes` (a cell's UTF-8) start with any number of apostrophes, then a character that
  /// starts a formula.
  @inlinable
  package static func startsLikeFormula(_ bytes: some Collection<UInt8>) -> Bool {
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "'"): continue
      case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
      default: return false
      }
    }
    return false
  }

  /// The cell as an export writes it: with an apostrophe in front when it starts like a formula.
  package static func guarded(_ text: String) -> String {
    startsLikeFormula(text.utf8) ? "'" + text : text
  }

  /// The cell as an import reads it: without the apostrophe ``guarded(_:)`` added.
  package static func unguarded<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bytes.SubSequence {
    if bytes.first == UInt8(ascii: "'"), startsLikeFormula(bytes.dropFirst()) { return bytes.dropFirst() }
    return bytes[...]
  }
}
