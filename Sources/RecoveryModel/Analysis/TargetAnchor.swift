/// Which surgery a target most plausibly counts from, and when a target's surgery looks like the wrong
/// hip's.
///
/// A surgeon's target is often written down before the operation it is for (at the pre-operative
/// visit), and logged later with its own day. So a target counts from the first surgery after its day
/// when one follows within ``lookahead`` days; otherwise from the latest surgery on or before its day.
/// A target whose surgery is followed, by that target's day plus ``lookahead`` days, by a surgery on
/// the other side may belong to that one: ``otherSide(of:surgery:among:)`` finds it.
public enum TargetAnchor {
  /// The days after a target's day in which a surgery is taken to be the one it was set for.
  public static let lookahead = 90

  /// The surgery a target set on `day` counts from, among `surgeries` (in any order): the first one
  /// after `day` within ``lookahead`` days, else the latest on or before `day`; nil without either.
  public static func surgery(forTargetOn day: CalendarDay, among surgeries: [Treatment]) -> Treatment? {
    let ordered = surgeries.filter { $0.category == .surgery }.sorted {
      ($0.day, $0.id ?? 0) < ($1.day, $1.id ?? 0)
    }
    if let next = ordered.first(where: { $0.day > day && $0.day <= day.adding(days: lookahead) }) {
      return next
    }
    return ordered.last { $0.day <= day }
  }

  /// The first surgery on the other side than `surgery` (both one-sided) that follows it, up to the
  /// target's day plus ``lookahead`` days: the surgery `target` may have been meant for. Nil when
  /// there is none, or `surgery` is on both sides or none.
  public static func otherSide(
    of target: MilestoneTarget, surgery: Treatment, among surgeries: [Treatment]
  ) -> Treatment? {
    guard let side = surgery.side, side != .both else { return nil }
    let limit = target.day.adding(days: lookahead)
    return surgeries.filter { $0.category == .surgery }.sorted { ($0.day, $0.id ?? 0) < ($1.day, $1.id ?? 0) }
      .first { other in
        other.day > surgery.day && other.day <= limit && other.side != nil && other.side != .both
          && other.side != side
      }
  }
}
