/// Surgery, injection or therapy; derived from a treatment's kind.
public enum TreatmentCategory: String, Vocabulary {
  case surgery
  case injection
  case therapy

  public static var vocabularyName: String { "treatment category" }
}
