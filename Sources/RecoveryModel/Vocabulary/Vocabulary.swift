/// A closed list of words a patient picks from, such as sides or body locations.
///
/// Every vocabulary is a `String` enum whose raw values are the words the command line and the database
/// use (`front-thigh`, `giving-way`), so parsing, help text, error messages and CHECK constraints all
/// come from one list.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String {
  /// What the word describes, in the patient's terms, for error messages ("side", "body location").
  static var vocabularyName: String { get }
}

extension Vocabulary {
  /// The valid words, comma-separated, in declaration order.
  public static var choices: String {
    allCases.map(\.rawValue).joined(separator: ", ")
  }

  /// Parses a word in any case (`Right`, `GROIN`), or throws an error that names the valid choices.
  public static func parse(_ text: String) throws(EntryError) -> Self {
    guard let value = Self(rawValue: text) ?? Self(rawValue: text.lowercased()) else {
      throw EntryError.unknownWord(kind: vocabularyName, value: text, choices: choices)
    }
    return value
  }

  /// The word closest to `text`, for a "did you mean" hint, or nil when none is close: the same word
  /// ignoring case and spaces, else one starting with the text, else one containing it, else one a few
  /// typing slips away, else the longest word the text contains.
  ///
  /// ```swift
  /// TreatmentKind.closest(to: "psoas")  // .psoasRelease
  /// Side.closest(to: "rigth")           // .right
  /// Side.closest(to: "middle")          // nil
  /// ```
  public static func closest(to text: String) -> Self? {
    WordMatch.closest(to: text, among: allCases.map(\.rawValue)).flatMap(Self.init(rawValue:))
  }

  /// The word with dashes turned into spaces, for sentences ("front thigh").
  public var label: String {
    rawValue.replacingOccurrences(of: "-", with: " ")
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
