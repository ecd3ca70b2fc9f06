/// Everything the recovery report shows, computed from a ``History`` by
/// ``make(history:asOf:since:until:location:side:windows:)``.
///
/// Renderers only format it; every number is already here, unrounded (round only for display). Its
/// JSON form is stable for scripts: keys are fixed, and optional values are written as `null` rather
/// than left out. ``formatVersion`` names the shape.
public struct Report: Sendable, Equatable, Codable {
  /// The version of the JSON shape this build writes: 2 added each response's `effect` (an
  /// ``EffectEstimate``) and the `cannot-tell` verdict; 3 added each response's `analgesics` (an
  /// ``AnalgesicUse``) and the report's `medications` (a ``MedicationSummary``).
  public static let currentFormatVersion = 3

  /// The version of the JSON shape (``currentFormatVersion`` for a report made by this build).
  public var formatVersion: Int
  /// The report day: entries after it are ignored, and windows still running on it are partial.
  public var asOf: CalendarDay
  /// The patient's name.
  public var patient: String
  /// The first day shown, when limited.
  @NullWhenAbsent public var since: CalendarDay?
  /// The last day shown, when limited.
  @NullWhenAbsent public var until: CalendarDay?
  /// The first day actually shown: `since`, or else the first day with any entry (the report day for
  /// an empty history).
  public var shownFrom: CalendarDay
  /// The last day actually shown: `until` or the report day, whichever is earlier. Before
  /// ``shownFrom`` when `since` is after the report day, and then nothing is shown.
  public var shownThrough: CalendarDay
  /// Which pain entries count towards daily pain.
  public var painFilter: PainFilter
  /// The windows and thresholds used to judge responses.
  public var windows: ResponseWindows
  /// Every treatment in the range, in date order, with its day after earlier surgeries.
  public var treatments: [Timeline.Entry]
  /// The day since each surgery on the report day.
  public var daysSinceSurgery: [Timeline.Offset]
  /// How pain responded to each treatment or course in the range.
  public var responses: [TreatmentResponse]
  /// Walking-aid periods overlapping the range, in date order.
  public var aids: [AidSummary]
  /// Days on crutches after each surgery in the range shown.
  public var crutchDays: [CrutchDays]
  /// Daily, weekly and monthly pain.
  public var pain: PainSummary
  /// Each symptom kind logged.
  public var symptoms: [SymptomSummary]
  /// Where it hurt over the days shown: pain by body location and tenderness by trigger point.
  public var bodyMap: BodyMap
  /// Where it hurt before and after the latest surgery; nil without a surgery.
  @NullWhenAbsent public var bodyMapBeforeAfter: BodyMap.BeforeAfter?
  /// Each questionnaire's scores and the change after each surgery.
  public var scores: [ScoreSummary]
  /// The milestones after each surgery that has any, against their targets.
  public var milestones: [SurgeryMilestones]
  /// Targets recorded up to the report day whose surgery is not in the history: it was removed, so
  /// they count from nothing and show in no surgery's ``milestones``.
  public var orphanedTargets: [MilestoneTarget]
  /// What was taken over the days shown, daily MME, and the last day on opioids after each surgery.
  public var medications: MedicationSummary

  /// Creates a report from its parts; without a body map, an empty one over the days shown.
  public init(
    asOf: CalendarDay, patient: String, since: CalendarDay?, until: CalendarDay?, shownFrom: CalendarDay,
    shownThrough: CalendarDay, painFilter: PainFilter,
    windows: ResponseWindows, treatments: [Timeline.Entry], daysSinceSurgery: [Timeline.Offset],
    responses: [TreatmentResponse], aids: [AidSummary], crutchDays: [CrutchDays], pain: PainSummary,
    symptoms: [SymptomSummary], bodyMap: BodyMap? = nil, bodyMapBeforeAfter: BodyMap.BeforeAfter? = nil,
    scores: [ScoreSummary] = [], milestones: [SurgeryMilestones] = [],
    orphanedTargets: [MilestoneTarget] = [],
    medications: MedicationSummary = .empty
  ) {
    formatVersion = Self.currentFormatVersion
    self.asOf = asOf
    self.patient = patient
    self.since = since
    self.until = until
    self.shownFrom = shownFrom
    self.shownThrough = shownThrough
    self.painFilter = painFilter
    self.windows = windows
    self.treatments = treatments
    self.daysSinceSurgery = daysSinceSurgery
    self.responses = responses
    self.aids = aids
    self.crutchDays = crutchDays
    self.pain = pain
    self.symptoms = symptoms
    self.bodyMap = bodyMap ?? BodyMap(from: shownFrom, to: shownThrough, places: [])
    self.bodyMapBeforeAfter = bodyMapBeforeAfter
    self.scores = scores
    self.milestones = milestones
    self.orphanedTargets = orphanedTargets
    self.medications = medications
  }

  /// Whether the report has nothing to show: no treatment, pain, symptom, aid or questionnaire score in
  /// its range.
  public var isEmpty: Bool {
    treatments.isEmpty && aids.isEmpty && pain.daily.isEmpty && symptoms.allSatisfy { $0.daily.isEmpty }
      && scores.allSatisfy { $0.scores.isEmpty }
  }

  /// The latest surgery on or before the report day, the one "how is the recovery going" is about.
  public var latestSurgery: Timeline.Offset? { daysSinceSurgery.last }
}
