#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The recovery milestones after one surgery, each against the surgeon's target when there is one.
///
/// A milestone belongs to a surgery when it is logged on or after the surgery's day and before the
/// next surgery, for the surgery's side, both sides or no side (a surgery on both sides or without a
/// side takes every milestone); the first such entry of a kind is the day it was reached. Off crutches
/// is never logged: it is reached on the day the first continuous use of crutches (one or two) after
/// the surgery ends, if that is before the next surgery and on or before the report day. Continuous use
/// starts with the first crutch period in use on or after the surgery's day and runs on through every
/// period that starts no more than ``crutchGap`` days after the use so far ended, so a later, unrelated
/// crutch period does not move it. Without a crutch period in use after the surgery the diary does not
/// say when the patient came off crutches: off crutches is then ``Milestone/unknown``, never overdue.
/// A target belongs to the surgery whose uid it names; of several for one kind, the most recently
/// recorded counts.
public struct SurgeryMilestones: Sendable, Equatable, Codable {
  /// One milestone after the surgery.
  public struct Milestone: Sendable, Equatable, Codable {
    /// Which milestone: a logged kind or off crutches.
    public var kind: TargetKind
    /// The day it was reached, counted from the surgery (day 0); nil until reached.
    @NullWhenAbsent public var day: Int?
    /// The date it was reached; nil until reached.
    @NullWhenAbsent public var date: CalendarDay?
    /// The target, in days after the surgery; nil without one.
    @NullWhenAbsent public var target: Int?
    /// ``day`` minus ``target``: days behind the target, negative when ahead; nil unless both are
    /// known.
    @NullWhenAbsent public var difference: Int?
    /// Whether the target day has passed without the milestone: ``target`` is before the last day
    /// counted (``SurgeryMilestones/daysSoFar``), ``day`` is nil and the milestone is not ``unknown``.
    public var overdue: Bool
    /// Whether the diary cannot say when the milestone was reached: off crutches after a surgery with
    /// no crutch period logged.
    public var unknown: Bool

    /// Creates a milestone, computing ``difference`` and ``overdue`` from the days so far.
    public init(
      kind: TargetKind, day: Int?, date: CalendarDay?, target: Int?, daysSoFar: Int, unknown: Bool = false
    ) {
      self.kind = kind
      self.day = day
      self.date = date
      self.target = target
      self.unknown = unknown
      difference = day.flatMap { day in target.map { day - $0 } }
      overdue = day == nil && !unknown && target.map { $0 < daysSoFar } == true
    }

    enum CodingKeys: String, CodingKey {
      case kind, day, date, target, difference, overdue, unknown
    }

    // The kind is written as its word ("off-crutches", "drive"), like every other vocabulary.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(kind.rawValue, forKey: .kind)
      try container.encode(_day, forKey: .day)
      try container.encode(_date, forKey: .date)
      try container.encode(_target, forKey: .target)
      try container.encode(_difference, forKey: .difference)
      try container.encode(overdue, forKey: .overdue)
      try container.encode(unknown, forKey: .unknown)
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      let word = try container.decode(String.self, forKey: .kind)
      guard let kind = TargetKind(rawValue: word) else {
        throw DecodingError.dataCorruptedError(
          forKey: .kind, in: container, debugDescription: "Unknown milestone \(word).")
      }
      self.kind = kind
      _day = try container.decode(NullWhenAbsent<Int>.self, forKey: .day)
      _date = try container.decode(NullWhenAbsent<CalendarDay>.self, forKey: .date)
      _target = try container.decode(NullWhenAbsent<Int>.self, forKey: .target)
      _difference = try container.decode(NullWhenAbsent<Int>.self, forKey: .difference)
      overdue = try container.decode(Bool.self, forKey: .overdue)
      unknown = try container.decodeIfPresent(Bool.self, forKey: .unknown) ?? false
    }
  }

  /// The most days without crutches between two crutch periods that still count as one continuous use
  /// for off crutches.
  public static let crutchGap = 3

  /// The surgery.
  public var surgery: TreatmentReference
  /// The last day counted: the day before the next surgery, or the report day.
  public var through: CalendarDay
  /// The day after the surgery that ``through`` is: "day 28 so far" for a milestone not yet reached.
  public var daysSoFar: Int
  /// Each milestone reached or with a target: reached ones by day, then the others by target day,
  /// ties in vocabulary order with off crutches first.
  public var milestones: [Milestone]

  /// Creates the milestones of a surgery from their parts.
  public init(surgery: TreatmentReference, through: CalendarDay, daysSoFar: Int, milestones: [Milestone]) {
    self.surgery = surgery
    self.through = through
    self.daysSoFar = daysSoFar
    self.milestones = milestones
  }

  /// The milestones after each surgery in `surgeries` (in date order, up to `asOf`) that has any,
  /// earliest surgery first.
  ///
  /// - Parameters:
  ///   - milestones: all milestone entries (those after `asOf` are ignored).
  ///   - targets: all targets (those recorded after `asOf` are ignored).
  ///   - aids: the walking-aid periods up to `asOf`, for off crutches.
  ///   - opioidFree: after each surgery, the last day on opioids, for opioid-free (empty without any
  ///     medication logged).
  ///   - surgeries: every surgery up to `asOf`, in date order.
  ///   - asOf: the report day.
  static func make(
    milestones: [MilestoneEntry], targets: [MilestoneTarget], aids: [AidSummary],
    opioidFree: [MedicationSummary.OpioidFree] = [], surgeries: [TreatmentReference], asOf: CalendarDay
  ) -> [SurgeryMilestones] {
    let logged = milestones.filter { $0.day <= asOf }.sorted {
      ($0.day, $0.id ?? Int.max) < ($1.day, $1.id ?? Int.max)
    }
    let set = targets.filter { $0.day <= asOf }.sorted {
      ($0.day, $0.id ?? Int.max) < ($1.day, $1.id ?? Int.max)
    }
    let crutches = aids.filter(\.aid.isCrutches)
    return surgeries.compactMap { surgery in
      let next = surgeries.first { $0.date > surgery.date }?.date
      let through = next.map { $0.adding(days: -1) } ?? asOf
      let daysSoFar = through.days(since: surgery.date)
      var reached: [TargetKind: CalendarDay] = [:]
      for entry in logged
      where entry.day >= surgery.date && entry.day <= through
        && SurgerySide.counts(entry.side, for: surgery.side) && reached[.milestone(entry.kind)] == nil
      {
        reached[.milestone(entry.kind)] = entry.day
      }
      let periods = crutches.filter { $0.inUse(from: surgery.date, through: through) }
      if let end = Self.endOfFirstUse(periods), end <= through {
        reached[.offCrutches] = end
      }
      let opioids = opioidFree.first { $0.surgery.uid == surgery.uid }
      if let opioids, !opioids.stillOnOpioids {
        reached[.opioidFree] = surgery.date.adding(days: opioids.opioidFreeFromDay)
      }
      var targeted: [TargetKind: Int] = [:]
      for target in set where target.surgery == surgery.uid { targeted[target.kind] = target.days }
      let kinds = TargetKind.allCases
      let items = kinds.filter {
        reached[$0] != nil || targeted[$0] != nil || ($0 == .offCrutches && !periods.isEmpty)
      }
      .map { kind in
        Milestone(
          kind: kind, day: reached[kind].map { $0.days(since: surgery.date) }, date: reached[kind],
          target: targeted[kind], daysSoFar: daysSoFar,
          unknown: (kind == .offCrutches && periods.isEmpty) || (kind == .opioidFree && opioids == nil))
      }
      guard !items.isEmpty else { return nil }
      // A stable sort on (reached day, else target day), which keeps vocabulary order for ties.
      let ordered = items.enumerated().sorted { lhs, rhs in
        let left = (
          lhs.element.day == nil ? 1 : 0, lhs.element.day ?? lhs.element.target ?? Int.max, lhs.offset
        )
        let right = (
          rhs.element.day == nil ? 1 : 0, rhs.element.day ?? rhs.element.target ?? Int.max, rhs.offset
        )
        return left < right
      }.map(\.element)
      return SurgeryMilestones(surgery: surgery, through: through, daysSoFar: daysSoFar, milestones: ordered)
    }
  }

  /// The day the first continuous use of `periods` ends: the first period by start day, joined by each
  /// later one that starts no more than ``crutchGap`` days after the use so far ended; nil while that
  /// use is still open or without a period.
  static func endOfFirstUse(_ periods: [AidSummary]) -> CalendarDay? {
    let ordered = periods.sorted { $0.from < $1.from }
    guard let first = ordered.first else { return nil }
    var end = first.to
    for period in ordered.dropFirst() {
      guard let current = end else { return nil }
      guard period.from <= current.adding(days: crutchGap) else { break }
      guard let to = period.to else { return nil }
      end = max(current, to)
    }
    return end
  }
}
