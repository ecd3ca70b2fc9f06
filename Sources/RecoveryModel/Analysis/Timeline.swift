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
      case label, afterSurgeries
    }

    // Flat, with the treatment's keys beside `label` and `afterSurgeries`, so the JSON reads like the
    // diary entry; a field not given is null rather than left out, so scripts see one shape.
    public func encode(to encoder: any Encoder) throws {
      var fields = encoder.container(keyedBy: EntryField.self)
      try treatment.encodeFields(into: &fields, absence: .null)
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(treatment.label, forKey: .label)
      try container.encode(afterSurgeries, forKey: .afterSurgeries)
    }

    public init(from decoder: any Decoder) throws {
      treatment = try Treatment(from: decoder)
      afterSurgeries = try decoder.container(keyedBy: CodingKeys.self)
        .decode([Offset].self, forKey: .afterSurgeries)
    }
  }

  /// The treatments, in date order (then time, untimed first, then entry id).
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

  /// Treatments in timeline order: by day, then time (untimed first), then entry id, then uid so
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
