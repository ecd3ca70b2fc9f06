/// Which side of the body: left, right or both (bilateral).
public enum Side: String, Vocabulary {
  case left
  case right
  case both

  public static var vocabularyName: String { "side" }
}
