/// The days spent on crutches (one or two) after a surgery.
///
/// Days are counted from the surgery up to the day before the next later surgery (or the report day),
/// so crutches after a second operation are not credited to the first. A day covered by two periods
/// (a second crutch dropped mid-day) counts once. Periods count their days as `to` minus `from`,
/// matching ``AidSummary/days``: the day the patient stopped is not a crutch day.
public struct CrutchDays: Sendable, Equatable, Codable {
  /// The surgery.
  public var surgery: TreatmentReference
  /// The last day counted: the day before the next surgery, or the report day.
  public var through: CalendarDay
  /// Days on crutches.
  public var days: Int

  /// Creates a total.
  public init(surgery: TreatmentReference, through: CalendarDay, days: Int) {
    self.surgery = surgery
    self.through = through
    self.days = days
  }

  /// The crutch days after each surgery in `surgeries` (in date order).
  static func make(aids: [AidSummary], surgeries: [TreatmentReference], asOf: CalendarDay) -> [CrutchDays] {
    // Half-open day numbers [from, end) of use, merged so overlaps count once.
    var spans = aids.filter(\.aid.isCrutches).map { aid in
      (aid.from.dayNumber, (aid.to ?? max(asOf, aid.from)).dayNumber)
    }
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
      return CrutchDays(surgery: surgery, through: end.adding(days: -1), days: days)
    }
  }
}
