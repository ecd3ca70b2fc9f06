/// Where along the iliopsoas a psoas release (tenotomy) cut the tendon.
public enum ReleaseLevel: String, Vocabulary {
  case lesserTrochanter = "lesser-trochanter"
  case centralCompartment = "central-compartment"
  case peripheralCompartment = "peripheral-compartment"

  public static var vocabularyName: String { "release level" }
}
