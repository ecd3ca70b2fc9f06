#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A period on a walking aid, optionally with a weight-bearing instruction.
///
/// `from` is the first day on the aid and `to` the day the patient stopped using it, so the period's
/// length is `to - from` days, at least one, and a period may end on the day the next one starts. An
/// open period (`to == nil`) is still going on.
public struct AidPeriod: Sendable, Equatable, Codable {
  /// The entry's id, unique across all entry types in a database (`#42`); nil until stored.
  public var id: Int?
  /// A stable identifier that survives export, import and merge.
  public var uid: UUID
  /// Which aid.
  public var aid: WalkingAid
  /// The first day on the aid.
  public var from: CalendarDay
  /// The day the patient stopped; nil while still on it.
  public var to: CalendarDay?
  /// The weight-bearing instruction for the period, when given.
  public var weightBearing: WeightBearing?
  /// Which side the aid supports, when it matters.
  public var side: Side?
  /// Anything else.
  public var note: String?

  /// Creates a period; `uid` defaults to a new random UUID.
  public init(
    id: Int? = nil, uid: UUID = UUID(), aid: WalkingAid, from: CalendarDay, to: CalendarDay? = nil,
    weightBearing: WeightBearing? = nil, side: Side? = nil, note: String? = nil
  ) {
    self.id = id
    self.uid = uid
    self.aid = aid
    self.from = from
    self.to = to
    self.weightBearing = weightBearing
    self.side = side
    self.note = note
  }

  /// Whether the period is still going on.
  public var isOpen: Bool { to == nil }

  /// The period's length in days; an open period runs to `asOf`.
  public func days(asOf today: CalendarDay) -> Int {
    (to ?? max(today, from)).days(since: from)
  }

  /// Whether two periods share at least one day of use (touching ends do not count).
  public func overlaps(_ other: AidPeriod) -> Bool {
    let selfEnd = to?.dayNumber ?? Int.max
    let otherEnd = other.to?.dayNumber ?? Int.max
    let selfStart = from.dayNumber
    let otherStart = other.from.dayNumber
    // A zero-length period (refused by `validate`, but possibly stored by an earlier version)
    // occupies its single day, as the store's queries and triggers treat it.
    return selfStart < max(otherEnd, otherStart + 1) && otherStart < max(selfEnd, selfStart + 1)
  }

  /// Checks the period against the domain's rules (overlap with stored periods is the store's check).
  /// - Parameter today: the patient's today, for the rule that a period is not dated after it; nil
  ///   skips that rule (for periods stored earlier, which met it on the day they were entered).
  /// - Throws: ``EntryError`` naming the first problem found.
  public func validate(today: CalendarDay?) throws(EntryError) {
    try Validation.notInFuture(from, today: today)
    if let to {
      try Validation.notInFuture(to, today: today)
      if to < from { throw .periodEndsBeforeStart(from: from, to: to) }
      if to == from { throw .emptyPeriod(on: from) }
    }
    try Validation.textFits(note, field: .note)
  }
}
