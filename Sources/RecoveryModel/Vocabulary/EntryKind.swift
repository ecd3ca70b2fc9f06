/// What an entry is within its type: a treatment kind, a symptom or a walking aid (pain has none).
///
/// Its word is the vocabulary's own (`cortisone`, `catching`, `cane`); no word belongs to two of the
/// three vocabularies, so a word alone names one kind.
public enum EntryKind: Vocabulary {
  /// A treatment of this kind.
  case treatment(TreatmentKind)
  /// A symptom entry of this symptom.
  case symptom(SymptomKind)
  /// A period on this walking aid.
  case aid(WalkingAid)

  public static var vocabularyName: String { "treatment kind, symptom or walking aid" }

  /// Every treatment kind, then every symptom, then every walking aid.
  public static var allCases: [EntryKind] {
    TreatmentKind.allCases.map(Self.treatment) + SymptomKind.allCases.map(Self.symptom)
      + WalkingAid.allCases.map(Self.aid)
  }

  /// The kind with this word, or nil when no vocabulary has it.
  public init?(rawValue: String) {
    if let kind = TreatmentKind(rawValue: rawValue) {
      self = .treatment(kind)
    } else if let kind = SymptomKind(rawValue: rawValue) {
      self = .symptom(kind)
    } else if let aid = WalkingAid(rawValue: rawValue) {
      self = .aid(aid)
    } else {
      return nil
    }
  }

  /// The word.
  public var rawValue: String {
    switch self {
    case .treatment(let kind): kind.rawValue
    case .symptom(let kind): kind.rawValue
    case .aid(let aid): aid.rawValue
    }
  }

  /// The vocabulary's own label ("cortisone injection", "two crutches").
  public var label: String {
    switch self {
    case .treatment(let kind): kind.label
    case .symptom(let kind): kind.label
    case .aid(let aid): aid.label
    }
  }

  /// The entry type this kind belongs to.
  public var type: EntryType {
    switch self {
    case .treatment: .treatment
    case .symptom: .symptom
    case .aid: .aid
    }
  }

  /// Reads the word.
  public init(from decoder: any Decoder) throws {
    self = try decoder.decodeText(expecting: "a \(Self.vocabularyName)") { EntryKind(rawValue: $0) }
  }

  /// Writes the word.
  public func encode(to encoder: any Encoder) throws {
    try encoder.encodeText(rawValue)
  }
}
