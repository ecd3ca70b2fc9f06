extension RecoveryTool {
  /// One entry as `list --format json` prints it.
  package struct Entry: Decodable, Sendable, Equatable {
    package let id: Int
    package let uid: String
    package let type: String
    package let patient: String
    package let date: String?
    package let from: String?
    package let to: String?
    package let time: String?
    package let kind: String?
    package let name: String?
    package let agent: String?
    /// A treatment's dose as written, or a medication's dose in mg as its text.
    package let dose: Dose?
    package let provider: String?
    package let finding: String?
    package let weightBearing: String?
    /// A pain score (a whole number) or a questionnaire's score.
    package let score: Double?
    package let instrument: String?
    package let answers: [Int]?
    package let raw: Int?
    package let days: Int?
    package let surgery: String?
    package let count: Int?
    package let severity: Int?
    package let point: String?
    package let location: String?
    package let side: String?
    package let activity: String?
    package let aid: String?
    package let note: String?
    package let removed: Bool?
    package let drug: String?
    package let times: Int?
    package let asNeeded: Bool?
  }

  /// A dose: a treatment's text, or a medication's number of milligrams.
  package enum Dose: Decodable, Sendable, Equatable {
    case text(String)
    case milligrams(Double)

    package init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Double.self) {
        self = .milligrams(number)
      } else {
        self = .text(try container.decode(String.self))
      }
    }

    /// The treatment's text; nil for a medication's number.
    package var text: String? {
      if case .text(let text) = self { return text }
      return nil
    }
  }
}
