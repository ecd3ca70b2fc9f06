/// How much weight the patient may put on the leg: non, toe-touch, partial, as tolerated, full.
public enum WeightBearing: String, Vocabulary {
  case nwb
  case ttwb
  case pwb
  case wbat
  case fwb

  public static var vocabularyName: String { "weight bearing" }
}

extension WeightBearing {
  /// The usual clinical phrase, such as "partial weight bearing".
  public var label: String {
    switch self {
    case .nwb: "non weight bearing"
    case .ttwb: "toe-touch weight bearing"
    case .pwb: "partial weight bearing"
    case .wbat: "weight bearing as tolerated"
    case .fwb: "full weight bearing"
    }
  }
}
