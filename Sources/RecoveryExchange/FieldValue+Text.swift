import RecoveryModel

extension FieldValue {
  /// A decimal's text as `JSONEncoder` and `list` write it: `40` for a whole number, else the shortest
  /// text that reads back as the same number (`67.516`); the same text an import's content uses.
  static func text(of number: Double) -> String { number.jsonText }

  /// The value's text as a CSV cell holds it, before quoting: a questionnaire's answers separated by
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
