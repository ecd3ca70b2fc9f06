/// A walking aid used for a period.
public enum WalkingAid: String, Vocabulary {
  case twoCrutches = "two-crutches"
  case oneCrutch = "one-crutch"
  case cane
  case walker

  public static var vocabularyName: String { "walking aid" }
}
