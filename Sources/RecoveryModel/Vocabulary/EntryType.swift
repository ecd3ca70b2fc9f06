/// The four kinds of diary entry.
public enum EntryType: String, Vocabulary {
  case treatment
  case pain
  case symptom
  case aid

  public static var vocabularyName: String { "entry type" }
}
