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
    package let dose: String?
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
  }
}
