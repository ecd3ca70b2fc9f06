import RecoveryModel

/// How questionnaire changes and milestones are counted, in words made from the model's thresholds.
extension ReportMethod {
  /// The rule of a questionnaire change and every instrument's threshold with its source: "... HOOS JR
  /// 22 points (substantial clinical benefit, p4qm.org/measures/3559), ...".
  public static var questionnaires: String {
    "A questionnaire's change runs from its last score on or before a surgery's day to its latest score"
      + " after that day, up to the report day, counting scores for the surgery's side, both sides or no"
      + " side; it reaches the threshold when it improves by at least "
      + series(
        Instrument.allCases.map { "\($0.label) \(Rounding.whole($0.threshold)) points (\(source($0)))" })
      + "."
  }

  /// How milestones and targets are counted.
  public static let milestones =
    "A milestone counts for the surgery before it, up to the day before the next surgery, for the"
    + " surgery's side, both sides or no side; off crutches is the day the last crutch period after the"
    + " surgery ends. A target counts in days from the surgery it names; one not reached is overdue once"
    + " its day has passed."

  /// Where an instrument's threshold comes from.
  static func source(_ instrument: Instrument) -> String {
    switch instrument {
    case .hoosJR: "substantial clinical benefit, p4qm.org/measures/3559"
    case .ihot12:
      "minimal clinically important difference after hip arthroscopy, Martin et al., Arthroscopy 2019"
    case .oxford: "minimal important change, Beard et al., J Clin Epidemiol 2015"
    }
  }

  /// "a, b and c".
  static func series(_ items: [String]) -> String {
    ReportPhrases.series(items)
  }
}
