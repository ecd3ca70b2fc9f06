extension Cohort {
  /// One treatment kind's effect pooled across patients: a random-effects meta-analysis of each
  /// patient's final estimate (``RandomEffects``), with the responses left out counted by why.
  ///
  /// Only final estimates are pooled: the follow-up window has ended, no other treatment is in the
  /// way, and no limitation stands in the way of the change shown (``EffectEstimate/blocksImprovement``,
  /// ``EffectEstimate/blocksWorsening``). A patient with several final estimates of the kind (two
  /// cortisone injections a year apart) counts once, with their inverse-variance weighted mean, so the
  /// between-patient variance is between patients.
  public struct PooledEffect: Sendable, Equatable, Codable {
    /// The treatment kind.
    public var kind: TreatmentKind
    /// The pooled effect in points, with its interval and between-patient variance; nil without a final
    /// estimate.
    @NullWhenAbsent public var pooled: RandomEffects?
    /// The patients the pooled effect rests on.
    public var patients: Int
    /// The final estimates pooled (a patient's several count apart here).
    public var final: Int
    /// Estimates left out because the follow-up was still running (interim).
    public var interim: Int
    /// Estimates left out because another treatment was in the way.
    public var confounded: Int
    /// Estimates left out because a recovery trend, a flare or pain already changing stood in the way.
    public var limited: Int
    /// Whether the figures describe too few patients to be shown in anonymized output
    /// (``Cohort/suppressingSmallCells(below:)``): then they are empty and 0.
    public var suppressed = false

    /// Creates a pooled effect from its parts.
    public init(
      kind: TreatmentKind, pooled: RandomEffects?, patients: Int, final: Int, interim: Int, confounded: Int,
      limited: Int
    ) {
      self.kind = kind
      self.pooled = pooled
      self.patients = patients
      self.final = final
      self.interim = interim
      self.confounded = confounded
      self.limited = limited
    }
  }
}
