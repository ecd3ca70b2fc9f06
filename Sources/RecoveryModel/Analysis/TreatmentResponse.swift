#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// How pain changed after a treatment, or after a course of injections, compared with before it.
///
/// Daily pain is the highest score logged that day (see ``PainFilter``). A treatment on the left or
/// right side is judged on the pain logged for that side, for both sides or without a side; one on
/// both sides, or without a side, on all pain. The baseline is the mean over the days before the
/// treatment (or before a course's first injection) that have data; the follow-up is the mean over the
/// kind's follow-up window counted from the treatment (or from a course's last injection). See
/// ``ResponseWindows`` for the windows and courses and ``Verdict`` for the rules.
public struct TreatmentResponse: Sendable, Equatable, Codable {
  /// A window of days and the pain logged in it.
  public struct Window: Sendable, Equatable, Codable {
    /// The first day of the window.
    public var from: CalendarDay
    /// The last day counted: the window's end, or the report day while it is still running; nil
    /// before the window has begun, when nothing was counted.
    @NullWhenAbsent public var to: CalendarDay?
    /// The window's planned last day, which is later than `to` while the window is still running.
    public var plannedTo: CalendarDay
    /// The mean of daily pain over the days with data, nil without any.
    @NullWhenAbsent public var mean: Double?
    /// The number of days with pain data.
    public var days: Int

    /// Creates a window summary.
    public init(from: CalendarDay, to: CalendarDay?, plannedTo: CalendarDay, mean: Double?, days: Int) {
      self.from = from
      self.to = to
      self.plannedTo = plannedTo
      self.mean = mean
      self.days = days
    }
  }

  /// The treatments judged together: one, or every injection of a course, in date order.
  public var treatments: [TreatmentReference]
  /// Their kind.
  public var kind: TreatmentKind
  /// Their side, when given.
  public var side: Side?
  /// The day of the first treatment; the baseline ends the day before it.
  public var firstDate: CalendarDay
  /// The day of the last treatment; the follow-up window counts from it.
  public var date: CalendarDay
  /// Pain in the days before.
  public var baseline: Window
  /// Pain in the follow-up window (so far, when ``partial``).
  public var followUp: Window
  /// Follow-up mean minus baseline mean, in points; nil when either has no data.
  public var change: Double?
  /// ``change`` as a percentage of the baseline mean (-30 is a 30% drop); nil when the baseline mean
  /// is 0 or either window has no data.
  public var percentChange: Double?
  /// The treatment's estimated effect, allowing for the course of pain before it; nil when the
  /// treatment is not judged, its follow-up has not begun, or no model could be fitted.
  public var effect: EffectEstimate?
  /// What the effect estimate says (see ``Verdict/judge(effect:baselineDays:followUpDays:followUpBegun:minimumDays:)``).
  public var verdict: Verdict
  /// Whether the follow-up window was still running on the report day, making the verdict interim.
  public var partial: Bool
  /// The side whose pain judged the treatment: `left` or `right` for a one-sided treatment (counting
  /// pain logged for that side, both sides or no side), nil when all pain counts.
  public var painSide: Side?
  /// Whether the report counts only the other side's pain (``PainFilter/judges(treatmentOn:)``), so
  /// the treatment is not judged: its windows have no data and its verdict is `insufficient-data`.
  public var filteredOut: Bool
  /// For a course, the interim figures of each earlier round whose own follow-up window had begun
  /// before the next round, in date order; empty otherwise.
  public var earlierRounds: [Round]
  /// Other treatments in the way, in date order: those given before the (first) treatment whose
  /// follow-up, up to its planned end, reaches into the baseline window, and those given from the
  /// (first) treatment up to the follow-up window's planned end (a PRP injection on day 3 after
  /// cortisone colours the cortisone's days 7-42 just as much).
  public var confoundedBy: [Confounder]
  /// Painkillers in the baseline and follow-up windows, and whether their use changed materially (a
  /// co-intervention); nil when the diary has no medication logged.
  public var analgesics: AnalgesicUse?

  /// Creates a response from its parts.
  public init(
    treatments: [TreatmentReference], kind: TreatmentKind, side: Side?, firstDate: CalendarDay,
    date: CalendarDay, baseline: Window, followUp: Window, change: Double?, percentChange: Double?,
    effect: EffectEstimate? = nil, verdict: Verdict, partial: Bool, painSide: Side? = nil,
    filteredOut: Bool = false,
    earlierRounds: [Round] = [], confoundedBy: [Confounder]
  ) {
    self.treatments = treatments
    self.kind = kind
    self.side = side
    self.firstDate = firstDate
    self.date = date
    self.baseline = baseline
    self.followUp = followUp
    self.change = change
    self.percentChange = percentChange
    self.effect = effect
    self.verdict = verdict
    self.partial = partial
    self.painSide = painSide
    self.filteredOut = filteredOut
    self.earlierRounds = earlierRounds
    self.confoundedBy = confoundedBy
  }

  /// The treatments of ``confoundedBy``, without their reasons. (The JSON key `confounders` holds
  /// ``confoundedBy``, reasons included.)
  public var confounders: [TreatmentReference] {
    confoundedBy.map(\.treatment)
  }

  /// Whether another treatment is in the way of this one's baseline or follow-up, or painkiller use
  /// changed materially between them (see ``AnalgesicUse``), so the verdict is not this treatment's
  /// alone.
  public var isConfounded: Bool { !confoundedBy.isEmpty || !coInterventions.isEmpty }

  /// The material changes of painkiller use between the windows, empty when none.
  public var coInterventions: [AnalgesicUse.Change] { analgesics?.changes ?? [] }

  /// Whether a reader should see the means and change: false for `pending` and `insufficient-data`,
  /// whose numbers rest on too few days (the JSON keeps them beside the verdict).
  public var showsFigures: Bool { verdict.hasFigures }

  /// The entry ids of the treatments judged (nil for any never stored).
  public var treatmentIds: [Int?] { treatments.map(\.id) }

  /// Whether this response covers a course of several injections.
  public var isCourse: Bool { treatments.count > 1 }

  /// A short label: "prolotherapy (3 rounds)" for a course, else the treatment's label.
  public var label: String {
    let name = treatments.first?.label ?? kind.label
    return isCourse ? "\(name) (\(treatments.count) rounds)" : name
  }

  enum CodingKeys: String, CodingKey {
    case treatments, kind, side, firstDate, date, baseline, followUp, change, percentChange, effect, verdict
    case partial, painSide, filteredOut, earlierRounds, analgesics
    case confoundedBy = "confounders"
  }

  /// The keys written for scripts beside the stored ones, and ignored when reading.
  enum ComputedKeys: String, CodingKey {
    case treatmentIds, label
  }

  // Written by hand so every key is present, null when absent, with `treatmentIds` and `label` beside
  // the stored values; reading is synthesized.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(treatments, forKey: .treatments)
    try container.encode(kind, forKey: .kind)
    try container.encode(side, forKey: .side)
    try container.encode(firstDate, forKey: .firstDate)
    try container.encode(date, forKey: .date)
    try container.encode(baseline, forKey: .baseline)
    try container.encode(followUp, forKey: .followUp)
    try container.encode(change, forKey: .change)
    try container.encode(percentChange, forKey: .percentChange)
    try container.encode(effect, forKey: .effect)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(partial, forKey: .partial)
    try container.encode(painSide, forKey: .painSide)
    try container.encode(filteredOut, forKey: .filteredOut)
    try container.encode(earlierRounds, forKey: .earlierRounds)
    try container.encode(confoundedBy, forKey: .confoundedBy)
    try container.encode(analgesics, forKey: .analgesics)
    var computed = encoder.container(keyedBy: ComputedKeys.self)
    try computed.encode(treatmentIds, forKey: .treatmentIds)
    try computed.encode(label, forKey: .label)
  }
}
