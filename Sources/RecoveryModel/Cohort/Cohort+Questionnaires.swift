extension Cohort {
  /// How the questionnaire scores changed after one kind of surgery, per instrument.
  public struct QuestionnaireOutcome: Sendable, Equatable, Codable {
    /// The surgery kind.
    public var kind: TreatmentKind
    /// Each instrument with at least one change after a surgery of the kind, in vocabulary order.
    public var instruments: [InstrumentOutcome]

    /// Creates a questionnaire outcome.
    public init(kind: TreatmentKind, instruments: [InstrumentOutcome]) {
      self.kind = kind
      self.instruments = instruments
    }
  }

  /// The changes of one questionnaire after the surgeries of one kind, each the change a patient's
  /// report shows (``ScoreSummary/Change``): from the last score on or before the surgery's day to
  /// the latest after it, before the next surgery.
  public struct InstrumentOutcome: Sendable, Equatable, Codable {
    /// The questionnaire.
    public var instrument: Instrument
    /// The improvement that counts as clinically important (``Instrument/threshold``).
    public var threshold: Double
    /// What kind of threshold it is (``Instrument/thresholdKind``).
    public var thresholdKind: ThresholdKind
    /// Surgeries with a change: a score on or before the surgery's day and one after it.
    public var n: Int
    /// Patients with at least one of those changes.
    public var patients: Int
    /// The change in the instrument's points; positive is better.
    public var change: Quartiles
    /// Changes between scores taken when the threshold is defined for
    /// (``ScoreSummary/Change/inWindows``): the changes judged against it.
    public var judged: Int
    /// Judged changes of at least ``threshold``.
    public var reached: Int
    /// Whether the figures describe too few patients to be shown in anonymized output
    /// (``Cohort/suppressingSmallCells(below:)``): the counts are then 0 and the quartiles nil, written
    /// as null.
    public var suppressed = false

    /// Creates an instrument outcome from its figures; without `judged`, every change is judged.
    public init(
      instrument: Instrument, threshold: Double, n: Int, patients: Int, change: Quartiles, judged: Int? = nil,
      reached: Int
    ) {
      self.instrument = instrument
      self.threshold = threshold
      thresholdKind = instrument.thresholdKind
      self.n = n
      self.patients = patients
      self.change = change
      self.judged = judged ?? n
      self.reached = reached
    }

    /// The share of the judged changes that reached the threshold, from 0 to 1; 0 without any.
    public var reachedShare: Double {
      judged > 0 ? Double(reached) / Double(judged) : 0
    }

    enum CodingKeys: String, CodingKey {
      case instrument, threshold, thresholdKind, n, patients, change, judged, reached, reachedShare,
        suppressed
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      instrument = try container.decode(Instrument.self, forKey: .instrument)
      threshold = try container.decode(Double.self, forKey: .threshold)
      thresholdKind = try container.decode(ThresholdKind.self, forKey: .thresholdKind)
      n = try container.decodeIfPresent(Int.self, forKey: .n) ?? 0
      patients = try container.decodeIfPresent(Int.self, forKey: .patients) ?? 0
      change =
        try container.decodeIfPresent(Quartiles.self, forKey: .change) ?? Quartiles(q1: 0, median: 0, q3: 0)
      judged = try container.decodeIfPresent(Int.self, forKey: .judged) ?? 0
      reached = try container.decodeIfPresent(Int.self, forKey: .reached) ?? 0
      suppressed = try container.decodeIfPresent(Bool.self, forKey: .suppressed) ?? false
    }

    // Written by hand to add `reachedShare`, which scripts would otherwise work out themselves, and to
    // write a suppressed outcome's figures as null.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(instrument, forKey: .instrument)
      try container.encode(threshold, forKey: .threshold)
      try container.encode(thresholdKind, forKey: .thresholdKind)
      guard !suppressed else {
        for key in [CodingKeys.n, .patients, .change, .judged, .reached, .reachedShare] {
          try container.encodeNil(forKey: key)
        }
        try container.encode(true, forKey: .suppressed)
        return
      }
      try container.encode(n, forKey: .n)
      try container.encode(patients, forKey: .patients)
      try container.encode(change, forKey: .change)
      try container.encode(judged, forKey: .judged)
      try container.encode(reached, forKey: .reached)
      try container.encode(reachedShare, forKey: .reachedShare)
      try container.encode(false, forKey: .suppressed)
    }
  }
}
