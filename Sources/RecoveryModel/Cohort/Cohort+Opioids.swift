extension Cohort {
  /// Coming off opioids after one kind of surgery, over every such surgery in range of a patient who
  /// logged any medication: the days to opioid-free (the day after the last opioid) of those off
  /// opioids on the report day, how many were still on them, and the share on opioids at 6 weeks.
  public struct OpioidOutcome: Sendable, Equatable, Codable {
    /// The surgery kind.
    public var kind: TreatmentKind
    /// The day after each surgery from which the patient was opioid-free (0 without opioids), over the
    /// surgeries off opioids on the report day; nil when none was.
    @NullWhenAbsent public var daysToOpioidFree: Spread?
    /// Surgeries still on opioids on the report day, left out of ``daysToOpioidFree``.
    public var stillOnOpioids: Int
    /// Patients with a surgery of that kind counted here.
    public var patients: Int
    /// Surgeries followed for at least 6 weeks (day 42 before the next surgery and the report day).
    public var followedSixWeeks: Int
    /// Of those, how many were on opioids on day 42.
    public var onOpioidsAtSixWeeks: Int
    /// Whether the figures describe too few patients to be shown in anonymized output: the spread is
    /// then nil and the counts 0.
    public var suppressed = false

    /// Creates an opioid outcome.
    public init(
      kind: TreatmentKind, daysToOpioidFree: Spread?, stillOnOpioids: Int, patients: Int,
      followedSixWeeks: Int,
      onOpioidsAtSixWeeks: Int
    ) {
      self.kind = kind
      self.daysToOpioidFree = daysToOpioidFree
      self.stillOnOpioids = stillOnOpioids
      self.patients = patients
      self.followedSixWeeks = followedSixWeeks
      self.onOpioidsAtSixWeeks = onOpioidsAtSixWeeks
    }

    /// The share of surgeries followed 6 weeks that were on opioids on day 42; nil without any.
    public var shareOnOpioidsAtSixWeeks: Double? {
      followedSixWeeks == 0 ? nil : Double(onOpioidsAtSixWeeks) / Double(followedSixWeeks)
    }
  }
}
