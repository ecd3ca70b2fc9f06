/// The structure an injection was aimed at.
public enum InjectionTarget: String, Vocabulary {
  case iliopsoasBursa = "iliopsoas-bursa"
  case iliopsoasTendon = "iliopsoas-tendon"
  case hipJoint = "hip-joint"
  case trochantericBursa = "trochanteric-bursa"
  case other

  public static var vocabularyName: String { "injection target" }
}
