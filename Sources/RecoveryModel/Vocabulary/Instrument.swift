/// A validated hip outcome questionnaire whose answers or total a patient records with `score`.
///
/// Only the scoring rules ship here: the item wording of the Oxford Hip Score (licensed by Oxford
/// University Innovation) and of the iHOT-12 (free for non-commercial use only) is left out, and the
/// HOOS JR items have short labels of their own (``hoosJRItems``).
public enum Instrument: String, Vocabulary {
  /// HOOS JR (Lyman et al., Clin Orthop Relat Res 2016): six items answered 0 (none) to 4 (extreme),
  /// whose raw sum converts through a published table to an interval score, 100 = perfect hip health.
  case hoosJR = "hoos-jr"
  /// iHOT-12 (Griffin et al., Arthroscopy 2012): twelve items on 0-100 visual scales, 100 = best;
  /// the score is their mean.
  case ihot12 = "ihot-12"
  /// Oxford Hip Score with its 2007 scoring (Dawson 1996; Murray 2007): twelve items 0-4, 4 = best,
  /// summed to a total 0-48, higher is better.
  case oxford = "oxford"

  public static var vocabularyName: String { "questionnaire" }

  /// The instrument's published name: "HOOS JR", "iHOT-12", "Oxford Hip Score".
  public var label: String {
    switch self {
    case .hoosJR: "HOOS JR"
    case .ihot12: "iHOT-12"
    case .oxford: "Oxford Hip Score"
    }
  }

  /// The scores the instrument yields; on every instrument here, higher is better.
  public var scoreRange: ClosedRange<Double> {
    switch self {
    case .hoosJR, .ihot12: 0...100
    case .oxford: 0...48
    }
  }

  /// The improvement in score that counts as clinically important for one patient, in the
  /// instrument's points; ``thresholdKind`` says what kind of threshold it is.
  ///
  /// - HOOS JR: 22 points, the substantial clinical benefit of the CMS hip and knee outcome measure
  ///   (https://p4qm.org/measures/3559), defined for a score 0-90 days before surgery and one 270-365
  ///   days after it (``thresholdWindows``).
  /// - iHOT-12: 13 points, the minimal clinically important difference after hip arthroscopy of Martin
  ///   et al. (Arthroscopy 2019;35(2):411-416, https://pubmed.ncbi.nlm.nih.gov/30612776/), who put the
  ///   substantial clinical benefit at 28.
  /// - Oxford Hip Score (2007 scoring): 8 points, the within-patient minimal important change of
  ///   Beard et al. (J Clin Epidemiol 2015;68(1):73-79), found by ROC analysis against patients' own
  ///   rating of their change. The same paper gives about 11 for a group's mean change and about 5
  ///   for a difference between groups, close to the measurement error: 5 is not a threshold for one
  ///   patient.
  public var threshold: Double {
    switch self {
    case .hoosJR: 22
    case .ihot12: 13
    case .oxford: 8
    }
  }

  /// What kind of threshold ``threshold`` is: HOOS JR's a substantial clinical benefit, iHOT-12's a
  /// minimal clinically important difference, Oxford's a within-patient minimal important change.
  public var thresholdKind: ThresholdKind {
    switch self {
    case .hoosJR: .scb
    case .ihot12: .mcid
    case .oxford: .mic
    }
  }

  /// The days around a surgery between which a change is judged against ``threshold``, when the
  /// threshold is defined only there; nil when any pair of scores may be judged.
  ///
  /// HOOS JR's substantial clinical benefit is defined for a pre-operative score 0-90 days before
  /// the surgery and a post-operative one 270-365 days after it
  /// (https://p4qm.org/measures/3559).
  public var thresholdWindows: ThresholdWindows? {
    switch self {
    case .hoosJR: ThresholdWindows(before: 0...90, after: 270...365)
    case .ihot12, .oxford: nil
    }
  }

  /// How many answers a complete questionnaire has.
  public var answerCount: Int {
    switch self {
    case .hoosJR: 6
    case .ihot12, .oxford: 12
    }
  }

  /// The values one answer may take.
  public var answerRange: ClosedRange<Int> {
    switch self {
    case .hoosJR, .oxford: 0...4
    case .ihot12: 0...100
    }
  }

  /// The totals an instrument that may be recorded by its total alone accepts (Oxford: 0-48); nil for
  /// instruments that need their answers.
  public var totalRange: ClosedRange<Int>? {
    self == .oxford ? 0...48 : nil
  }

  /// Short labels of the HOOS JR items, in the questionnaire's order (the item wording itself is the
  /// questionnaire's).
  public static let hoosJRItems = [
    "stairs", "walking on an uneven surface", "rising from sitting", "bending to the floor",
    "lying in bed", "sitting",
  ]
}
