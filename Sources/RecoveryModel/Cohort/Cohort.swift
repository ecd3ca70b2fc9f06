/// What the single-patient reports of every patient in a database say together: how often each
/// treatment helped, how long people were on crutches after each kind of surgery, and how their
/// questionnaire scores changed after it.
///
/// Built by ``CohortBuilder`` one patient at a time; every figure is the aggregate of what each
/// patient's ``Report`` shows for the same report day and range, so the two never disagree. Its JSON
/// form is stable for scripts: keys are fixed, and a value that does not apply is `null`.
public struct Cohort: Sendable, Equatable, Codable {
  /// How the responses of one treatment kind, or of one level or target of it, came out.
  public struct Outcome: Sendable, Equatable, Codable {
    /// Patients with at least one response counted here.
    public var patients: Int
    /// Responses: a course of injections counts once, as in the single-patient report.
    public var responses: Int
    /// Responses by verdict, every verdict present (0 when none reached it), final or not.
    public var verdicts: [Verdict: Int]
    /// Judged responses (verdicts other than `pending` and `insufficient-data`) whose follow-up was
    /// still running on the report day, with nothing in their way: interim ("so far") verdicts.
    public var interim: Int
    /// Judged responses with another treatment in their way, final or interim.
    public var confounded: Int
    /// Final responses by verdict: judged, follow-up ended, nothing in the way; every verdict present.
    /// The shares of verdicts are of these.
    public var finalVerdicts: [Verdict: Int]
    /// The change in points of the final responses; nil without any.
    public var change: Quartiles?
    /// The final responses ``change`` rests on.
    public var changed: Int
    /// The change in percent of the baseline of the final responses that have one (a baseline of 0
    /// has none); nil without any.
    public var percentChange: Quartiles?
    /// The final responses ``percentChange`` rests on: those with a baseline above 0.
    public var percentChanged: Int
    /// Whether the figures describe too few patients to be shown in anonymized output
    /// (``Cohort/suppressingSmallCells(below:)``): every count is then 0 and written as null.
    public var suppressed = false

    /// Creates an outcome from its figures; without `finalVerdicts`, every judged verdict is final.
    public init(
      patients: Int, responses: Int, verdicts: [Verdict: Int], interim: Int = 0, confounded: Int = 0,
      finalVerdicts: [Verdict: Int]? = nil, change: Quartiles?, changed: Int = 0,
      percentChange: Quartiles?, percentChanged: Int = 0
    ) {
      self.patients = patients
      self.responses = responses
      self.verdicts = verdicts
      self.interim = interim
      self.confounded = confounded
      self.finalVerdicts =
        finalVerdicts
        ?? Dictionary(
          uniqueKeysWithValues: Verdict.allCases.map { ($0, $0.hasFigures ? verdicts[$0] ?? 0 : 0) })
      self.change = change
      self.changed = changed
      self.percentChange = percentChange
      self.percentChanged = percentChanged
    }

    /// Responses judged on their numbers: every verdict but `pending` and `insufficient-data`, final,
    /// interim or confounded.
    public var judged: Int {
      verdicts.filter { $0.key.hasFigures }.values.reduce(0, +)
    }

    /// Final responses: judged, follow-up ended, nothing in the way. The shares of verdicts are of
    /// these.
    public var final: Int {
      finalVerdicts.values.reduce(0, +)
    }

    /// The responses that reached `verdict`, final or not.
    public func count(_ verdict: Verdict) -> Int { verdicts[verdict] ?? 0 }

    /// The final responses that reached `verdict`.
    public func finalCount(_ verdict: Verdict) -> Int { finalVerdicts[verdict] ?? 0 }

    enum CodingKeys: String, CodingKey {
      case patients, responses, verdicts, interim, confounded, finalVerdicts, change, changed, percentChange
      case percentChanged, suppressed
    }

    enum QuartileKeys: String, CodingKey {
      case median, q1, q3
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      // A suppressed outcome's counts are null: they read as 0.
      patients = try container.decodeIfPresent(Int.self, forKey: .patients) ?? 0
      responses = try container.decodeIfPresent(Int.self, forKey: .responses) ?? 0
      verdicts = try Self.decodeVerdicts(container, forKey: .verdicts)
      interim = try container.decodeIfPresent(Int.self, forKey: .interim) ?? 0
      confounded = try container.decodeIfPresent(Int.self, forKey: .confounded) ?? 0
      finalVerdicts = try Self.decodeVerdicts(container, forKey: .finalVerdicts)
      change = try Self.decodeQuartiles(container, forKey: .change)
      changed = try container.decodeIfPresent(Int.self, forKey: .changed) ?? 0
      percentChange = try Self.decodeQuartiles(container, forKey: .percentChange)
      percentChanged = try container.decodeIfPresent(Int.self, forKey: .percentChanged) ?? 0
      suppressed = try container.decodeIfPresent(Bool.self, forKey: .suppressed) ?? false
    }

    private static func decodeVerdicts(
      _ container: KeyedDecodingContainer<CodingKeys>, forKey key: CodingKeys
    ) throws -> [Verdict: Int] {
      let counts = try container.decode([String: Int?].self, forKey: key)
      return Dictionary(
        uniqueKeysWithValues: counts.compactMap { key, value in
          Verdict(rawValue: key).map { ($0, value ?? 0) }
        })
    }

    // Written by hand so every verdict is a key of `verdicts` and a missing median is
    // `{"median": null, "q1": null, "q3": null}`: scripts see one shape. A suppressed outcome writes
    // every count as null.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      let shown = { (count: Int) in suppressed ? nil : count }
      try container.encode(shown(patients), forKey: .patients)
      try container.encode(shown(responses), forKey: .responses)
      var counts = container.nestedContainer(keyedBy: AnyKey.self, forKey: .verdicts)
      for verdict in Verdict.allCases {
        try counts.encode(shown(count(verdict)), forKey: AnyKey(verdict.rawValue))
      }
      try container.encode(shown(interim), forKey: .interim)
      try container.encode(shown(confounded), forKey: .confounded)
      var finals = container.nestedContainer(keyedBy: AnyKey.self, forKey: .finalVerdicts)
      for verdict in Verdict.allCases {
        try finals.encode(shown(finalCount(verdict)), forKey: AnyKey(verdict.rawValue))
      }
      try Self.encode(change, into: &container, forKey: .change)
      try container.encode(shown(changed), forKey: .changed)
      try Self.encode(percentChange, into: &container, forKey: .percentChange)
      try container.encode(shown(percentChanged), forKey: .percentChanged)
      try container.encode(suppressed, forKey: .suppressed)
    }

    private static func encode(
      _ quartiles: Quartiles?, into container: inout KeyedEncodingContainer<CodingKeys>,
      forKey key: CodingKeys
    ) throws {
      var nested = container.nestedContainer(keyedBy: QuartileKeys.self, forKey: key)
      try nested.encode(quartiles?.median, forKey: .median)
      try nested.encode(quartiles?.q1, forKey: .q1)
      try nested.encode(quartiles?.q3, forKey: .q3)
    }

    private static func decodeQuartiles(
      _ container: KeyedDecodingContainer<CodingKeys>, forKey key: CodingKeys
    ) throws -> Quartiles? {
      guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
      let nested = try container.nestedContainer(keyedBy: QuartileKeys.self, forKey: key)
      guard let median = try nested.decodeIfPresent(Double.self, forKey: .median),
        let q1 = try nested.decodeIfPresent(Double.self, forKey: .q1),
        let q3 = try nested.decodeIfPresent(Double.self, forKey: .q3)
      else { return nil }
      return Quartiles(q1: q1, median: median, q3: q3)
    }
  }

  /// The outcome of the responses with one psoas-release level or one injection target: `value` is
  /// the word (`central-compartment`, `iliopsoas-bursa`), nil for responses that gave none.
  public struct Group: Sendable, Equatable, Codable {
    /// The level or target word; nil for "none given".
    public var value: String?
    /// How its responses came out.
    public var outcome: Outcome

    /// Creates a group.
    public init(value: String?, outcome: Outcome) {
      self.value = value
      self.outcome = outcome
    }

    enum CodingKeys: String, CodingKey {
      case value
    }

    public init(from decoder: any Decoder) throws {
      value = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .value)
      outcome = try Outcome(from: decoder)
    }

    // Flat: `value` beside the outcome's keys.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(value, forKey: .value)
      try outcome.encode(to: encoder)
    }
  }

  /// How the responses to one treatment kind came out, with psoas releases by level and injections by
  /// target.
  public struct TreatmentOutcome: Sendable, Equatable, Codable {
    /// The treatment kind.
    public var kind: TreatmentKind
    /// How its responses came out.
    public var outcome: Outcome
    /// Psoas releases only: by release level, levels in vocabulary order, "none given" last.
    public var byLevel: [Group]
    /// Injections only: by the target of the course's first injection in range, targets in vocabulary
    /// order, "none given" last.
    public var byTarget: [Group]

    /// Creates a treatment outcome.
    public init(kind: TreatmentKind, outcome: Outcome, byLevel: [Group] = [], byTarget: [Group] = []) {
      self.kind = kind
      self.outcome = outcome
      self.byLevel = byLevel
      self.byTarget = byTarget
    }

    enum CodingKeys: String, CodingKey {
      case kind, byLevel, byTarget
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      kind = try container.decode(TreatmentKind.self, forKey: .kind)
      outcome = try Outcome(from: decoder)
      byLevel = try container.decode([Group].self, forKey: .byLevel)
      byTarget = try container.decode([Group].self, forKey: .byTarget)
    }

    // Flat: `kind` and the breakdowns beside the outcome's keys.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(kind, forKey: .kind)
      try outcome.encode(to: encoder)
      try container.encode(byLevel, forKey: .byLevel)
      try container.encode(byTarget, forKey: .byTarget)
    }
  }

  /// Days on crutches after one kind of surgery, over every such surgery in the cohort whose crutch
  /// use had ended on the report day; surgeries still on crutches are counted apart.
  public struct CrutchOutcome: Sendable, Equatable, Codable {
    /// The surgery kind.
    public var kind: TreatmentKind
    /// The crutch days after each surgery of that kind whose crutch use had ended (0 for one without
    /// crutches); nil when every one was still on crutches.
    public var days: Spread?
    /// Surgeries of that kind still on crutches on the report day, whose days so far are left out of
    /// ``days``.
    public var stillOnCrutches: Int
    /// Patients with a surgery of that kind counted here.
    public var patients: Int
    /// Whether the figures describe too few patients to be shown in anonymized output
    /// (``Cohort/suppressingSmallCells(below:)``): ``days`` is then nil and the counts 0, written as null.
    public var suppressed = false

    /// Creates a crutch outcome.
    public init(kind: TreatmentKind, days: Spread?, stillOnCrutches: Int = 0, patients: Int? = nil) {
      self.kind = kind
      self.days = days
      self.stillOnCrutches = stillOnCrutches
      self.patients = patients ?? (days?.n ?? 0) + stillOnCrutches
    }

    enum CodingKeys: String, CodingKey {
      case kind, stillOnCrutches, patients, suppressed
    }

    enum SpreadKeys: String, CodingKey {
      case n, min, q1, median, q3, max
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      kind = try container.decode(TreatmentKind.self, forKey: .kind)
      stillOnCrutches = try container.decodeIfPresent(Int.self, forKey: .stillOnCrutches) ?? 0
      patients = try container.decodeIfPresent(Int.self, forKey: .patients) ?? 0
      suppressed = try container.decodeIfPresent(Bool.self, forKey: .suppressed) ?? false
      let spread = try decoder.container(keyedBy: SpreadKeys.self)
      days = try spread.decodeNil(forKey: .median) ? nil : try Spread(from: decoder)
    }

    // Flat: `kind`, `stillOnCrutches`, `patients` and `suppressed` beside `n`, `min`, `q1`, `median`,
    // `q3`, `max` (`n` 0 and the others null when every surgery was still on crutches; all null when
    // suppressed).
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(kind, forKey: .kind)
      try container.encode(suppressed ? nil : stillOnCrutches, forKey: .stillOnCrutches)
      try container.encode(suppressed ? nil : patients, forKey: .patients)
      try container.encode(suppressed, forKey: .suppressed)
      if let days {
        try days.encode(to: encoder)
      } else {
        var spread = encoder.container(keyedBy: SpreadKeys.self)
        try spread.encode(suppressed ? nil : 0, forKey: .n)
        for key in [SpreadKeys.min, .q1, .median, .q3, .max] { try spread.encodeNil(forKey: key) }
      }
    }
  }

  /// The report day of every patient's report.
  public var asOf: CalendarDay
  /// The first day shown, when limited.
  @NullWhenAbsent public var since: CalendarDay?
  /// The last day shown, when limited.
  @NullWhenAbsent public var until: CalendarDay?
  /// The treatment kinds asked for; nil for all.
  @NullWhenAbsent public var kinds: [TreatmentKind]?
  /// The windows and thresholds every response was judged with.
  public var windows: ResponseWindows
  /// Every patient counted, those without entries included.
  public var patients: Int
  /// Patients whose report has nothing in the range: no treatment, pain, symptom or aid.
  public var patientsWithoutEntries: Int
  /// Their names, as given to the builder (pseudonyms when anonymized), in the order added.
  public var withoutEntries: [String]
  /// In anonymized output, the fewest patients a figure may describe
  /// (``suppressingSmallCells(below:)``); nil when nothing is suppressed.
  @NullWhenAbsent public var smallCellMinimum: Int?
  /// Whether ``patientsWithoutEntries`` (then 0) and ``withoutEntries`` (then empty) were suppressed
  /// for describing too few patients.
  public var withoutEntriesSuppressed = false
  /// Whether ``patients`` (then 0) was suppressed: the whole cohort is fewer patients than
  /// ``smallCellMinimum``.
  public var patientsSuppressed = false
  /// Each treatment kind with responses in range (or each kind asked for), in vocabulary order.
  public var treatments: [TreatmentOutcome]
  /// Each surgery kind with surgeries in range whose crutch days the reports count, in vocabulary
  /// order.
  public var crutchDays: [CrutchOutcome]
  /// Each surgery kind with a questionnaire change after one of its surgeries in range, in vocabulary
  /// order.
  public var questionnaires: [QuestionnaireOutcome]
  /// Each kind of ``treatments``, its effect pooled across patients.
  public var pooledEffects: [PooledEffect]
  /// Each surgery kind with surgeries in range of patients who logged medications, in vocabulary
  /// order: days to opioid-free and the share on opioids at 6 weeks.
  public var opioids: [OpioidOutcome]

  /// Creates a cohort from its parts.
  public init(
    asOf: CalendarDay, since: CalendarDay?, until: CalendarDay?, kinds: [TreatmentKind]?,
    windows: ResponseWindows, patients: Int, patientsWithoutEntries: Int, withoutEntries: [String],
    treatments: [TreatmentOutcome], crutchDays: [CrutchOutcome], questionnaires: [QuestionnaireOutcome] = [],
    opioids: [OpioidOutcome] = [], pooledEffects: [PooledEffect] = []
  ) {
    self.asOf = asOf
    self.since = since
    self.until = until
    self.kinds = kinds
    self.windows = windows
    self.patients = patients
    self.patientsWithoutEntries = patientsWithoutEntries
    self.withoutEntries = withoutEntries
    self.treatments = treatments
    self.crutchDays = crutchDays
    self.questionnaires = questionnaires
    self.pooledEffects = pooledEffects
    self.opioids = opioids
  }
}

/// A coding key made from any word, for dictionaries written key by key.
private struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
