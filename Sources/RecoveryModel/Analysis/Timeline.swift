#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Every treatment in date order, each with its day offset from the surgeries before it, and the
/// current day since each surgery: "PRP injection, day 371 after hip resurfacing".
public struct Timeline: Sendable, Equatable, Codable {
  /// A day counted from a surgery: day 0 is the day of the operation.
  public struct Offset: Sendable, Equatable, Codable {
    /// The surgery counted from.
    public var surgery: TreatmentReference
    /// Days since the surgery.
    public var days: Int

    /// Creates an offset.
    public init(surgery: TreatmentReference, days: Int) {
      self.surgery = surgery
      self.days = days
    }

    /// The week since the surgery, week 1 being days 0-6.
    public var week: Int { days / 7 + 1 }
  }

  /// One treatment on the timeline.
  public struct Entry: Sendable, Equatable, Codable {
    /// The treatment as logged.
    public var treatment: Treatment
    /// Its day after each surgery that comes before it on the timeline, latest surgery last.
    public var afterSurgeries: [Offset]

    /// Creates an entry.
    public init(treatment: Treatment, afterSurgeries: [Offset]) {
      self.treatment = treatment
      self.afterSurgeries = afterSurgeries
    }

    enum CodingKeys: String, CodingKey {
      case id, uid, date, time, kind, category, label, name, side, level, approach, target, guidance
      case agent, dose, round, provider, finding, note, afterSurgeries
    }

    // Flat, with every key present (null when absent), so the JSON reads like the diary entry.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(treatment.id, forKey: .id)
      try container.encode(treatment.uid.uuidString.lowercased(), forKey: .uid)
      try container.encode(treatment.day, forKey: .date)
      try container.encode(treatment.time, forKey: .time)
      try container.encode(treatment.kind, forKey: .kind)
      try container.encode(treatment.category, forKey: .category)
      try container.encode(treatment.label, forKey: .label)
      try container.encode(treatment.name, forKey: .name)
      try container.encode(treatment.side, forKey: .side)
      try container.encode(treatment.level, forKey: .level)
      try container.encode(treatment.approach, forKey: .approach)
      try container.encode(treatment.target, forKey: .target)
      try container.encode(treatment.guidance, forKey: .guidance)
      try container.encode(treatment.agent, forKey: .agent)
      try container.encode(treatment.dose, forKey: .dose)
      try container.encode(treatment.round, forKey: .round)
      try container.encode(treatment.provider, forKey: .provider)
      try container.encode(treatment.finding, forKey: .finding)
      try container.encode(treatment.note, forKey: .note)
      try container.encode(afterSurgeries, forKey: .afterSurgeries)
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      treatment = Treatment(
        id: try container.decodeIfPresent(Int.self, forKey: .id),
        uid: try container.decode(UUID.self, forKey: .uid),
        day: try container.decode(CalendarDay.self, forKey: .date),
        time: try container.decodeIfPresent(TimeOfDay.self, forKey: .time),
        kind: try container.decode(TreatmentKind.self, forKey: .kind),
        name: try container.decodeIfPresent(String.self, forKey: .name),
        side: try container.decodeIfPresent(Side.self, forKey: .side),
        level: try container.decodeIfPresent(ReleaseLevel.self, forKey: .level),
        approach: try container.decodeIfPresent(SurgicalApproach.self, forKey: .approach),
        target: try container.decodeIfPresent(InjectionTarget.self, forKey: .target),
        guidance: try container.decodeIfPresent(ImageGuidance.self, forKey: .guidance),
        agent: try container.decodeIfPresent(String.self, forKey: .agent),
        dose: try container.decodeIfPresent(String.self, forKey: .dose),
        round: try container.decodeIfPresent(Int.self, forKey: .round),
        provider: try container.decodeIfPresent(String.self, forKey: .provider),
        finding: try container.decodeIfPresent(String.self, forKey: .finding),
        note: try container.decodeIfPresent(String.self, forKey: .note))
      afterSurgeries = try container.decode([Offset].self, forKey: .afterSurgeries)
    }
  }

  /// The treatments, in date order (then time, untimed first, then record number).
  public var entries: [Entry]
  /// The day since each surgery as of the report day, earliest surgery first.
  public var daysSinceSurgery: [Offset]

  /// Creates a timeline from its parts.
  public init(entries: [Entry], daysSinceSurgery: [Offset]) {
    self.entries = entries
    self.daysSinceSurgery = daysSinceSurgery
  }

  /// Builds the timeline of every treatment up to `asOf`.
  ///
  /// A treatment's offsets count from the surgeries before it on the timeline, so of two surgeries on
  /// the same day (say, one hip each) the second shows "day 0" after the first.
  public init(treatments: [Treatment], asOf: CalendarDay) {
    let sorted = Self.sorted(treatments.filter { $0.day <= asOf })
    var surgeries: [TreatmentReference] = []
    var entries: [Entry] = []
    for treatment in sorted {
      let offsets = surgeries.map { Offset(surgery: $0, days: treatment.day.days(since: $0.date)) }
      entries.append(Entry(treatment: treatment, afterSurgeries: offsets))
      if treatment.category == .surgery { surgeries.append(TreatmentReference(treatment)) }
    }
    self.entries = entries
    daysSinceSurgery = surgeries.map { Offset(surgery: $0, days: asOf.days(since: $0.date)) }
  }

  /// Treatments in timeline order: by day, then time (untimed first), then record number, then uid so
  /// the order never depends on how the input happened to be arranged.
  static func sorted(_ treatments: [Treatment]) -> [Treatment] {
    treatments.sorted { lhs, rhs in
      if lhs.day != rhs.day { return lhs.day < rhs.day }
      let lhsMinute = lhs.time.map { $0.hour * 60 + $0.minute } ?? -1
      let rhsMinute = rhs.time.map { $0.hour * 60 + $0.minute } ?? -1
      if lhsMinute != rhsMinute { return lhsMinute < rhsMinute }
      if lhs.id != rhs.id { return (lhs.id ?? Int.max) < (rhs.id ?? Int.max) }
      return lhs.uid.uuidString < rhs.uid.uuidString
    }
  }
}
