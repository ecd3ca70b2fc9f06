/// Where pain or a symptom is felt.
public enum BodyLocation: String, Vocabulary {
  case groin
  case frontThigh = "front-thigh"
  case innerThigh = "inner-thigh"
  case lateralHip = "lateral-hip"
  case buttock
  case lowerBack = "lower-back"
  case abdomen
  case genitals
  case knee
  case hip

  public static var vocabularyName: String { "body location" }
}
