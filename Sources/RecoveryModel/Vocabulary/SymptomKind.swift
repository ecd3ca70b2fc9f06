/// A symptom recorded in the diary.
public enum SymptomKind: String, Vocabulary {
  case catching
  case clicking
  case snapping
  case locking
  case givingWay = "giving-way"
  case numbness
  case stiffness
  case swelling
  case triggerPoint = "trigger-point"

  public static var vocabularyName: String { "symptom" }
}
