import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One value of an entry's exported object, kept in the form it was read in so that a writer can
/// lay it out as JSON or as a CSV cell without making text for it first.
enum ExportCell {
  /// Free text (a note, a patient's name): JSON escapes it, CSV quotes it when needed.
  case text(String)
  /// A vocabulary word or a type name: never holds anything to escape or quote.
  case word(String)
  case integer(Int)
  /// A number that may have a fraction (a questionnaire score): whole ones are written without one.
  case decimal(Double)
  /// Whole numbers in order (a questionnaire's answers): a JSON array, or one CSV cell with the numbers
  /// separated by single spaces.
  case integers([Int])
  case day(CalendarDay)
  case time(TimeOfDay)
  case uid(UUID)
  case flag(Bool)
  /// JSON `null`, an empty CSV cell (an open aid period's `to`).
  case null
}

extension ExportCell {
  /// A decimal's text as `JSONEncoder` and `list` write it: `40` for a whole number, else the shortest
  /// text that reads back as the same number (`67.516`); the same text an import's content uses.
  static func text(of number: Double) -> String { number.jsonText }

  /// The cell's text as a CSV cell holds it, before quoting: a questionnaire's answers separated by
  /// single spaces, `null` as empty text.
  var text: String {
    switch self {
    case .text(let text), .word(let text): text
    case .integer(let number): String(number)
    case .decimal(let number): Self.text(of: number)
    case .integers(let numbers): ScoreEntry.answersText(numbers)
    case .day(let day): day.description
    case .time(let time): time.description
    case .uid(let uid): uid.uuidString.lowercased()
    case .flag(let flag): flag ? "true" : "false"
    case .null: ""
    }
  }
}
