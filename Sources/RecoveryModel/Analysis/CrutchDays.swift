/// The days spent on crutches (one or two) after a surgery.
///
/// Days are counted from the surgery up to the day before the next later surgery (or the report day),
/// so crutches after a second operation are not credited to the first. A day covered by two periods
/// (a second crutch dropped mid-day) counts once. Periods count their days as `to` minus `from`,
/// matching ``AidSummary/days``: the day the patient stopped is not a crutch day. A period still open
/// on the report day counts up to and including the report day, a crutch day like the ones before it,
/// and makes the total ``open``: days so far.
public struct CrutchDays: Sendable, Equatable, Codable {
  /// The surgery.
  public var surgery: TreatmentReference
  /// The last day counted: the day before the next surgery, or the report day.
  public var through: CalendarDay
  /// Days on crutches.
  public var days: Int
  /// Whether a crutch period counted here was still open on the report day, so ``days`` is so far.
  public var open: Bool

  /// Creates a total.
  public init(surgery: TreatmentReference, through: CalendarDay, days: Int, open: Bool = false) {
    self.surgery = surgery
    self.through = through
    self.days = days
    self.open = open
  }

  /// The crutch days after each surgery in `surgeries` (in date order).
  static func make(aids: [AidSummary], surgeries: [TreatmentReference], asOf: CalendarDay) -> [CrutchDays] {
    // Half-open day numbers [from, end) of use, merged so overlaps count once.
    var spans = aids.filter(\.aid.isCrutches).map { aid in
      (aid.from.dayNumber, (aid.to ?? max(asOf.adding(days: 1), aid.from)).dayNumber)
    }
    let openFrom = aids.filter { $0.aid.isCrutches && $0.isOpen }.map(\.from)
    spans.sort { $0.0 < $1.0 }
    var merged: [(Int, Int)] = []
    for span in spans where span.1 > span.0 {
      if let last = merged.last, span.0 <= last.1 {
        merged[merged.count - 1].1 = max(last.1, span.1)
      } else {
        merged.append(span)
      }
    }
    return surgeries.map { surgery in
      let next = surgeries.first { $0.date > surgery.date }?.date
      let end = next ?? asOf.adding(days: 1)
      var days = 0
      for (start, stop) in merged {
        let lower = max(start, surgery.date.dayNumber)
        let upper = min(stop, end.dayNumber)
        if upper > lower { days += upper - lower }
      }
      let through = end.adding(days: -1)
      // Use still open on the report day counts for the surgery it started after, up to the next one.
      let open = next == nil && openFrom.contains { $0 <= through }
      return CrutchDays(surgery: surgery, through: through, days: days, open: open)
    }
  }
}
