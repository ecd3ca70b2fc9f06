import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A given value (not ``ImportedValue/isAbsent``) read as one kind of its field's table
/// (`EntryColumn.FieldKind`): text converts to numbers, flags, days, times, words and uids; what
/// does not convert is an ``EntryReadError`` naming the field, or the `EntryError` of the rule it
/// breaks (an impossible date, an unknown word with its choices).
extension ImportedValue {
  private func invalid(_ field: EntryField, _ expected: String) -> EntryReadError {
    .invalidValue(field: field, value: written, expected: expected)
  }

  /// The text of a CSV cell, a JSON string or a JSON number.
  private var scalarText: String? {
    switch self {
    case .text(let text), .number(let text): text
    case .flag, .null, .list: nil
    }
  }

  /// A uid, in either case.
  func uid(for field: EntryField) throws(EntryReadError) -> UUID {
    guard case .text(let text) = self else { throw invalid(field, "text") }
    guard let uid = UUID(uuidString: text) else { throw invalid(field, "a UUID") }
    return uid
  }

  /// A day, `YYYY-MM-DD`.
  func day() throws(EntryError) -> CalendarDay {
    guard case .text(let text) = self, let day = CalendarDay(text) else { throw .malformedDate(written) }
    return day
  }

  /// A time of day, `HH:MM`.
  func time() throws(EntryError) -> TimeOfDay {
    guard case .text(let text) = self, let time = TimeOfDay(text) else { throw .malformedTime(written) }
    return time
  }

  /// A word of `Word`, in any case.
  func word<Word: Vocabulary>(for field: EntryField, _ vocabulary: Word.Type) throws -> Word {
    guard case .text(let text) = self else { throw invalid(field, "a word") }
    return try Word.parse(text)
  }

  /// A whole number, also written with a fraction of zeros as spreadsheets do (`5.0`); `5.5` is
  /// refused.
  func integer(for field: EntryField) throws(EntryReadError) -> Int {
    guard let text = scalarText else { throw invalid(field, "a whole number") }
    if let number = Int(text) { return number }
    if let dot = text.lastIndex(of: "."), text[text.index(after: dot)...].allSatisfy({ $0 == "0" }),
      let number = Int(text[..<dot])
    {
      return number
    }
    throw invalid(field, "a whole number")
  }

  /// A number that may have a fraction.
  func decimal(for field: EntryField) throws(EntryReadError) -> Double {
    guard let text = scalarText, let number = Double(text) else { throw invalid(field, "a number") }
    return number
  }

  /// Free text: a CSV cell or a JSON string, not a JSON number or flag.
  func text(for field: EntryField) throws(EntryReadError) -> String {
    guard case .text(let text) = self else { throw invalid(field, "text") }
    return text
  }

  /// True or false: a JSON flag, or the text `true` or `false`.
  func flag(for field: EntryField) throws(EntryReadError) -> Bool {
    switch self {
    case .flag(let flag): return flag
    case .text("true"): return true
    case .text("false"): return false
    default: throw invalid(field, "true or false")
    }
  }

  /// A questionnaire's answers: a JSON array of whole numbers, or text of whole numbers separated by
  /// single spaces (a CSV cell).
  func answers(for field: EntryField) throws(EntryReadError) -> [Int] {
    switch self {
    case .list(let values):
      var answers: [Int] = []
      for value in values { answers.append(try value.integer(for: field)) }
      return answers
    case .text(let text):
      guard let answers = ScoreEntry.answers(fromText: text) else {
        throw invalid(field, "whole numbers separated by single spaces")
      }
      return answers
    default:
      throw invalid(field, "a list")
    }
  }
}
