/// What a surgeon's target is about: a milestone, coming off crutches (read from the aid periods), or
/// coming off opioids (read from the medications).
///
/// Its word is the milestone's own (`drive`), `off-crutches` or `opioid-free`.
public enum TargetKind: Vocabulary {
  /// Reaching this milestone.
  case milestone(MilestoneKind)
  /// The first day without crutches after the surgery.
  case offCrutches
  /// The first day without opioids after the surgery: the day after the last opioid taken.
  case opioidFree

  public static var vocabularyName: String { "target" }

  /// `off-crutches`, then every milestone, then `opioid-free`.
  public static var allCases: [TargetKind] {
    [.offCrutches] + MilestoneKind.allCases.map(Self.milestone) + [.opioidFree]
  }

  /// The kind with this word, or nil when it names neither a milestone nor `off-crutches`.
  public init?(rawValue: String) {
    if rawValue == "off-crutches" {
      self = .offCrutches
    } else if rawValue == "opioid-free" {
      self = .opioidFree
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
    case .opioidFree: "opioid-free"
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
