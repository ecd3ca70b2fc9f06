/// What the patient was doing when pain or a symptom came on.
public enum Activity: String, Vocabulary {
  case stairs
  case sitToStand = "sit-to-stand"
  case car
  case walking
  case standing
  case sitting
  case lying
  case night
  case exercise

  public static var vocabularyName: String { "activity" }
}

extension Activity {
  /// The activity as a phrase that follows a symptom: "pain 6/10 *on stairs*".
  public var label: String {
    switch self {
    case .stairs: "on stairs"
    case .sitToStand: "rising from a chair"
    case .car: "getting into a car"
    case .walking: "walking"
    case .standing: "standing"
    case .sitting: "sitting"
    case .lying: "lying down"
    case .night: "at night"
    case .exercise: "exercising"
    }
  }
}
