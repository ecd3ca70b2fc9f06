/// How a surgeon reached the hip.
public enum SurgicalApproach: String, Vocabulary {
  case arthroscopic
  case open

  public static var vocabularyName: String { "approach" }
}
