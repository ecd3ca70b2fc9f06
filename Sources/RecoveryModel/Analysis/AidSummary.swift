#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A walking-aid period with its length, as of the report day.
public struct AidSummary: Sendable, Equatable, Codable {
  /// The entry id; nil for a period that was never stored.
  public var id: Int?
  /// The stable identifier.
  public var uid: UUID
  /// Which aid.
  public var aid: WalkingAid
  /// The first day on the aid.
  public var from: CalendarDay
  /// The day the patient stopped; nil while the period was still open on the report day.
  public var to: CalendarDay?
  /// The length in days: `to` minus `from`; an open period counts up to and including the report day,
  /// on which the aid is still in use.
  public var days: Int
  /// The weight-bearing instruction, when given.
  public var weightBearing: WeightBearing?
  /// Which side the aid supports, when given.
  public var side: Side?

  /// Creates a summary from its parts.
  public init(
    id: Int?, uid: UUID, aid: WalkingAid, from: CalendarDay, to: CalendarDay?, days: Int,
    weightBearing: WeightBearing?, side: Side?
  ) {
    self.id = id
    self.uid = uid
    self.aid = aid
    self.from = from
    self.to = to
    self.days = days
    self.weightBearing = weightBearing
    self.side = side
  }

  /// Summarises a period as of `asOf`; a period ending after the report day was still open on it.
  public init(_ period: AidPeriod, asOf: CalendarDay) {
    let to = period.to.flatMap { $0 <= asOf ? $0 : nil }
    self.init(
      id: period.id, uid: period.uid, aid: period.aid, from: period.from, to: to,
      days: (to ?? max(asOf.adding(days: 1), period.from)).days(since: period.from),
      weightBearing: period.weightBearing,
      side: period.side)
  }

  /// Whether the period was still open on the report day.
  public var isOpen: Bool { to == nil }

  /// Whether the aid was in use on a day from `first` to `last`, the rule a store's date-limited
  /// query follows: `to` is the first day without the aid, so a period that ended on `first` was not
  /// in use in the range. A zero-length period (refused since, but possibly stored earlier) occupies
  /// its first day.
  func inUse(from first: CalendarDay, through last: CalendarDay) -> Bool {
    guard from <= last else { return false }
    guard let to else { return true }
    return to > first || (to == from && from >= first)
  }

  enum CodingKeys: String, CodingKey {
    case id, uid, aid, from, to, days, weightBearing, side
  }

  /// The key written beside the stored ones, and ignored when reading.
  enum ComputedKeys: String, CodingKey {
    case open
  }

  // Written by hand so absent values are JSON null, the uid lowercase and `open` beside the stored
  // values; reading is synthesized.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeUID(uid, forKey: .uid)
    try container.encode(aid, forKey: .aid)
    try container.encode(from, forKey: .from)
    try container.encode(to, forKey: .to)
    try container.encode(days, forKey: .days)
    try container.encode(weightBearing, forKey: .weightBearing)
    try container.encode(side, forKey: .side)
    var computed = encoder.container(keyedBy: ComputedKeys.self)
    try computed.encode(isOpen, forKey: .open)
  }
}
