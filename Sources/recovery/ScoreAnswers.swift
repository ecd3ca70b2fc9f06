import RecoveryModel

/// Questionnaire answers as typed: whole numbers, one argument each.
enum ScoreAnswers {
  /// The answers as numbers, in order.
  ///
  /// Counts and ranges are the model's to check; this refuses only what is not a number: an empty
  /// argument or a placeholder (`-`, `?`) is a missing answer, anything else a malformed one.
  /// - Throws: ``EntryError/missingAnswer(instrument:index:)`` or
  ///   ``EntryError/malformedAnswer(instrument:index:text:)``, with the answer's number from 1.
  static func parse(_ words: [String], for instrument: Instrument) throws(EntryError) -> [Int] {
    var answers: [Int] = []
    for (offset, word) in words.enumerated() {
      let text = word.trimmingSpaces
      if text.isEmpty || text == "-" || text == "?" || text == "_" {
        throw .missingAnswer(instrument: instrument, index: offset + 1)
      }
      let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else {
        throw .malformedAnswer(instrument: instrument, index: offset + 1, text: word)
      }
      answers.append(value)
    }
    return answers
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
