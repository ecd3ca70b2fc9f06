/// The imaging that guided an injection needle.
public enum ImageGuidance: String, Vocabulary {
  case ultrasound
  case fluoroscopy
  case ct
  case none

  public static var vocabularyName: String { "image guidance" }
}
