/// A psoas or iliacus trigger point that is tender on pressure.
public enum TriggerPoint: String, Vocabulary {
  case upperPsoas = "upper-psoas"
  case lowerPsoas = "lower-psoas"
  case iliacus

  public static var vocabularyName: String { "trigger point" }
}
