/// What a surgeon's target is about: a milestone, or coming off crutches (read from the aid periods).
///
/// Its word is the milestone's own (`drive`) or `off-crutches`.
public enum TargetKind: Vocabulary {
  /// Reaching this milestone.
  case milestone(MilestoneKind)
  /// The first day without crutches after the surgery.
  case offCrutches

  public static var vocabularyName: String { "target" }

  /// `off-crutches`, then every milestone.
  public static var allCases: [TargetKind] {
    [.offCrutches] + MilestoneKind.allCases.map(Self.milestone)
  }

  /// The kind with this word, or nil when it names neither a milestone nor `off-crutches`.
  public init?(rawValue: String) {
    if rawValue == "off-crutches" {
      self = .offCrutches
    } else if let kind = MilestoneKind(rawValue: rawValue) {
      self = .milestone(kind)
    } else {
      return nil
    }
  }

  /// The word.
  public var rawValue: String {
    switch self {
    case .milestone(let kind): kind.rawValue
    case .offCrutches: "off-crutches"
    }
  }

  /// Reads the word.
  public init(from decoder: any Decoder) throws {
    self = try decoder.decodeText(expecting: "a \(Self.vocabularyName)") { TargetKind(rawValue: $0) }
  }

  /// Writes the word.
  public func encode(to encoder: any Encoder) throws {
    try encoder.encodeText(rawValue)
  }
}
