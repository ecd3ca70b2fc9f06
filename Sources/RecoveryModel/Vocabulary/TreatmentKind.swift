/// A procedure or treatment that gets logged.
public enum TreatmentKind: String, Vocabulary {
  case hipResurfacing = "hip-resurfacing"
  case psoasRelease = "psoas-release"
  case cortisone
  case prp
  case prolotherapy
  case totalHipReplacement = "total-hip-replacement"
  case hipArthroscopy = "hip-arthroscopy"
  case revision
  case physiotherapy
  case selfMassage = "self-massage"
  case other

  public static var vocabularyName: String { "treatment kind" }
}

extension TreatmentKind {
  /// Whether this kind is a surgery, an injection or a therapy.
  ///
  /// `other` counts as a therapy: it is a free-form entry, and treating it as a surgery would start a
  /// "days since surgery" clock the patient did not ask for.
  public var category: TreatmentCategory {
    switch self {
    case .hipResurfacing, .psoasRelease, .totalHipReplacement, .hipArthroscopy, .revision: .surgery
    case .cortisone, .prp, .prolotherapy: .injection
    case .physiotherapy, .selfMassage, .other: .therapy
    }
  }

  /// The name a patient or clinician would read in a sentence.
  public var label: String {
    switch self {
    case .hipResurfacing: "hip resurfacing"
    case .psoasRelease: "psoas release"
    case .cortisone: "cortisone injection"
    case .prp: "PRP injection"
    case .prolotherapy: "prolotherapy"
    case .totalHipReplacement: "total hip replacement"
    case .hipArthroscopy: "hip arthroscopy"
    case .revision: "revision surgery"
    case .physiotherapy: "physiotherapy"
    case .selfMassage: "self-massage"
    case .other: "other treatment"
    }
  }
}
