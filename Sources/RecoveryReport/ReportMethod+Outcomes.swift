import RecoveryModel

/// How questionnaire changes and milestones are counted, in words made from the model's thresholds.
extension ReportMethod {
  /// The rule of a questionnaire change and every instrument's threshold with its kind and source:
  /// "... HOOS JR 22 points (substantial clinical benefit, SCB, p4qm.org/measures/3559), ...".
  public static var questionnaires: String {
    "A questionnaire's change runs from its last score on or before a surgery's day to its latest score"
      + " after that day, before the next surgery and up to the report day, counting scores for the"
      + " surgery's side, both sides or no side; it reaches the threshold when it improves by at least "
      + series(
        Instrument.allCases.map {
          "\($0.label) \(Rounding.whole($0.threshold)) points (\($0.thresholdKind.label),"
            + " \($0.thresholdKind.abbreviation), \(source($0)))"
        })
      + ". "
      + series(
        Instrument.allCases.compactMap { instrument in
          instrument.thresholdWindows.map {
            "\(instrument.label)'s is defined for a score \($0.before.lowerBound)-\($0.before.upperBound)"
              + " days before the surgery and one \($0.after.lowerBound)-\($0.after.upperBound) days after"
          }
        })
      + ": a change between other scores is shown without saying whether it reached it, marked early when"
      + " the later score comes before that window."
  }

  /// How milestones and targets are counted.
  public static var milestones: String {
    "A milestone counts for the surgery before it, up to the day before the next surgery, for the"
      + " surgery's side, both sides or no side; off crutches is the day the first continuous use of crutches"
      + " after the surgery ends (periods at most \(SurgeryMilestones.crutchGap) days apart count as one use),"
      + " and unknown when no crutch period was logged after it. A target counts in days from the surgery it"
      + " names; one not reached is overdue once its day has passed."
  }

  /// Where an instrument's threshold comes from.
  static func source(_ instrument: Instrument) -> String {
    switch instrument {
    case .hoosJR: "p4qm.org/measures/3559"
    case .ihot12: "after hip arthroscopy, Martin et al., Arthroscopy 2019"
    case .oxford: "within one patient, Beard et al., J Clin Epidemiol 2015"
    }
  }

  /// "a, b and c".
  static func series(_ items: [String]) -> String {
    ReportPhrases.series(items)
  }
}
