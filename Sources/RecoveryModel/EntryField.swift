/// A field of a diary entry that a rule applies to, as ``EntryError`` names it.
public enum EntryField: String, Sendable, Hashable, CaseIterable, Codable {
  /// A pain entry's score.
  case score
  /// A symptom's severity.
  case severity
  /// A symptom's episode count.
  case count
  /// A treatment's round (of a course of injections).
  case round
  /// A treatment's name (for kind `other`).
  case name
  /// A psoas release's level.
  case level
  /// A surgery's approach.
  case approach
  /// An injection's target.
  case target
  /// An injection's image guidance.
  case guidance
  /// A treatment's agent.
  case agent
  /// A treatment's dose.
  case dose
  /// A treatment's provider.
  case provider
  /// A treatment's finding.
  case finding
  /// Any entry's note.
  case note

  /// The field in words after "a" or "an", as its label needs: "a release level", "an image guidance".
  public var labelWithArticle: String {
    (label.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + label
  }

  /// The field in words, for sentences: "pain score", "release level".
  public var label: String {
    switch self {
    case .score: "pain score"
    case .severity: "severity"
    case .count: "episode count"
    case .round: "round"
    case .name: "name"
    case .level: "release level"
    case .approach: "surgical approach"
    case .target: "injection target"
    case .guidance: "image guidance"
    case .agent: "agent"
    case .dose: "dose"
    case .provider: "provider"
    case .finding: "finding"
    case .note: "note"
    }
  }
}
