import RecoveryModel

/// A word given where the parser expected no more arguments, which names a value of an option:
/// `recovery pain 5 groin` meant `--location groin`.
package struct OptionHint {
  package let word: String
  package let option: String

  /// The hint for the parser's "Unexpected argument 'WORD'" message, or nil when the word is no
  /// option's value.
  package init?(parserMessage: String) {
    let prefix = "Unexpected argument '"
    guard parserMessage.hasPrefix(prefix), parserMessage.hasSuffix("'") else { return nil }
    let word = String(parserMessage.dropFirst(prefix.count).dropLast())
    let options: [(String, (String) -> Bool)] = [
      ("--location", { BodyLocation(rawValue: $0.lowercased()) != nil }),
      ("--side", { Side(rawValue: $0.lowercased()) != nil }),
      ("--activity", { Activity(rawValue: $0.lowercased()) != nil }),
      ("--point", { TriggerPoint(rawValue: $0.lowercased()) != nil }),
      ("--weight-bearing", { WeightBearing(rawValue: $0.lowercased()) != nil }),
    ]
    guard let option = options.first(where: { $0.1(word) })?.0 else { return nil }
    self.word = word
    self.option = option
  }

  package var message: String {
    "Unexpected argument \"\(word)\": give it with its option, \(option) \(word.lowercased())."
  }
}
