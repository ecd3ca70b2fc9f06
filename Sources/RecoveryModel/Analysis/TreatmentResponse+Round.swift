extension TreatmentResponse {
  /// The interim figures of one earlier round of a course: the pain in its own follow-up window up to
  /// the day before the next round, against the course's baseline.
  ///
  /// They show relief that wore off before the next injection, which the course's verdict (judged
  /// after the last round) would hide.
  public struct Round: Sendable, Equatable, Codable {
    /// The round's injection.
    public var treatment: TreatmentReference
    /// Its follow-up window: `to` is the day before the next round (or the planned end, if earlier),
    /// and `plannedTo` the window's planned end.
    public var followUp: Window
    /// Follow-up mean minus the course's baseline mean, in points; nil when either has no data.
    @NullWhenAbsent public var change: Double?
    /// ``change`` as a percentage of the course's baseline mean; nil when that is 0 or either window
    /// has no data.
    @NullWhenAbsent public var percentChange: Double?
    /// What the numbers say, by the same rules as the course's verdict.
    public var verdict: Verdict
    /// The round's estimated effect up to the day before the next round, against the course's
    /// pre-period; nil when none could be made.
    @NullWhenAbsent public var effect: EffectEstimate?

    /// Creates a round's figures.
    public init(
      treatment: TreatmentReference, followUp: Window, change: Double?, percentChange: Double?,
      verdict: Verdict, effect: EffectEstimate? = nil
    ) {
      self.treatment = treatment
      self.followUp = followUp
      self.change = change
      self.percentChange = percentChange
      self.verdict = verdict
      self.effect = effect
    }

    /// Whether a reader should see the mean and change: false for insufficient data, whose numbers
    /// rest on too few days.
    public var showsFigures: Bool { verdict.hasFigures }
  }
}
