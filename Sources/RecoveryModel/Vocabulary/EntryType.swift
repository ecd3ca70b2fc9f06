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
}
