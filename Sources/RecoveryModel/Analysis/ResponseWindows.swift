/// The settings that decide how a treatment's response is judged: the baseline window, the follow-up
/// window for each kind of treatment, when injections form a course, and how much data a verdict needs.
///
/// ``standard`` holds the defaults; the command line overrides single values:
///
/// ```swift
/// var windows = ResponseWindows.standard
/// windows.setFollowUp(DayWindow("14-56")!, for: .cortisone)
/// ```
public struct ResponseWindows: Sendable, Equatable, Codable {
  /// The days before a treatment (or before the first injection of a course) that set the baseline.
  public var baseline: DayWindow
  /// Injections of the same kind on the same side less than this many days apart may form one course;
  /// see ``joinsCourse(_:after:)`` for the whole rule.
  public var courseGap: Int
  /// The fewest days with pain data either window needs before a verdict other than
  /// `insufficient-data` is given.
  public var minimumDays: Int
  /// Follow-up windows set explicitly, by kind; kinds not listed use ``standardFollowUp(for:)``.
  public var followUpOverrides: [TreatmentKind: DayWindow]

  /// Creates settings; the defaults are those of ``standard``.
  public init(
    baseline: DayWindow = DayWindow(start: -14, end: -1), courseGap: Int = 56, minimumDays: Int = 3,
    followUpOverrides: [TreatmentKind: DayWindow] = [:]
  ) {
    self.baseline = baseline
    self.courseGap = courseGap
    self.minimumDays = minimumDays
    self.followUpOverrides = followUpOverrides
  }

  /// Baseline days -14 to -1, the standard follow-up windows, courses under 56 days (8 weeks) apart,
  /// and at least 3 days with data per window.
  public static let standard = ResponseWindows()

  /// When an effect is expected, by kind: cortisone acts within days and is judged at 1-6 weeks; PRP and
  /// prolotherapy are slower (4-12 weeks); a psoas release at 2-6 weeks, once the wound pain settles;
  /// other surgeries at 6-12 weeks; therapies at 2-6 weeks.
  public static func standardFollowUp(for kind: TreatmentKind) -> DayWindow {
    switch kind {
    case .cortisone: DayWindow(start: 7, end: 42)
    case .prp, .prolotherapy: DayWindow(start: 28, end: 84)
    case .psoasRelease: DayWindow(start: 14, end: 42)
    case .hipResurfacing, .totalHipReplacement, .hipArthroscopy, .revision: DayWindow(start: 42, end: 84)
    case .physiotherapy, .selfMassage, .other: DayWindow(start: 14, end: 42)
    }
  }

  /// The follow-up window used for a kind of treatment.
  public func followUp(for kind: TreatmentKind) -> DayWindow {
    followUpOverrides[kind] ?? Self.standardFollowUp(for: kind)
  }

  /// The last day, counted from an injection, on which a repeat of it joins its course without a round
  /// number: the last day of its follow-up window, and under ``courseGap`` days (cortisone: day 42;
  /// PRP and prolotherapy: day 55).
  public func lastCourseDay(for kind: TreatmentKind) -> Int {
    min(followUp(for: kind).end, courseGap - 1)
  }

  /// Whether `treatment` joins the course whose latest injection is `previous`.
  ///
  /// Only injections of the same kind and side form courses. A repeat numbered as round 2 or later
  /// joins its series whatever the gap, and one numbered round 1 starts a new series. Otherwise a
  /// repeat joins while the previous injection's follow-up window is still running and under
  /// ``courseGap`` days after it (``lastCourseDay(for:)``): a repeat after the follow-up has ended
  /// starts a course of its own, so a finished verdict stands.
  public func joinsCourse(_ treatment: Treatment, after previous: Treatment) -> Bool {
    guard treatment.category == .injection, previous.category == .injection,
      treatment.kind == previous.kind, treatment.side == previous.side, treatment.day >= previous.day
    else { return false }
    if let round = treatment.round { return round >= 2 }
    return treatment.day.days(since: previous.day) <= lastCourseDay(for: treatment.kind)
  }

  /// Overrides the follow-up window for one kind of treatment.
  public mutating func setFollowUp(_ window: DayWindow, for kind: TreatmentKind) {
    followUpOverrides[kind] = window
  }

  enum CodingKeys: String, CodingKey {
    case baseline, courseGap, minimumDays, followUp
  }

  // Encoded with every kind's window keyed by its word, so a script reads the windows actually used
  // without knowing the defaults.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(baseline, forKey: .baseline)
    try container.encode(courseGap, forKey: .courseGap)
    try container.encode(minimumDays, forKey: .minimumDays)
    var windows: [String: DayWindow] = [:]
    for kind in TreatmentKind.allCases { windows[kind.rawValue] = followUp(for: kind) }
    try container.encode(windows, forKey: .followUp)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    baseline = try container.decode(DayWindow.self, forKey: .baseline)
    courseGap = try container.decode(Int.self, forKey: .courseGap)
    minimumDays = try container.decode(Int.self, forKey: .minimumDays)
    followUpOverrides = [:]
    let windows = try container.decode([String: DayWindow].self, forKey: .followUp)
    for (word, window) in windows {
      guard let kind = TreatmentKind(rawValue: word) else {
        throw DecodingError.dataCorruptedError(
          forKey: .followUp, in: container, debugDescription: "Unknown treatment kind \"\(word)\".")
      }
      if window != Self.standardFollowUp(for: kind) { followUpOverrides[kind] = window }
    }
  }
}
