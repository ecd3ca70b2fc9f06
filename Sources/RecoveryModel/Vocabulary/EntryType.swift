/// The kinds of diary entry.
public enum EntryType: String, Vocabulary {
  case treatment
  case pain
  case symptom
  case aid
  case score
  case milestone
  case target
  case medication

  public static var vocabularyName: String { "entry type" }

  /// The type's place in ``allCases``, from 0, found without hashing its name.
  package var ordinal: Int {
    switch self {
    case .treatment: 0
    case .pain: 1
    case .symptom: 2
    case .aid: 3
    case .score: 4
    case .milestone: 5
    case .target: 6
    case .medication: 7
    }
  }
}
