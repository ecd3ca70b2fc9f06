#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A surgeon's target: reach a milestone (or come off crutches) within so many days of a surgery.
///
/// Targets are the patient's to record, never built-in advice: they differ by surgeon and procedure.
public struct MilestoneTarget: Sendable, Equatable, Hashable, Codable {
  /// The entry's id, unique across all entry types in a database (`#42`); nil until stored.
  public var id: Int?
  /// A stable identifier that survives export, import and merge.
  public var uid: UUID
  /// The day the target was recorded.
  public var day: CalendarDay
  /// What is to be reached.
  public var kind: TargetKind
  /// How many days after the surgery: the target day is the surgery's day plus `days`.
  public var days: Int
  /// The uid of the surgery (a ``Treatment`` of category surgery) the days count from.
  public var surgery: UUID
  /// Anything else.
  public var note: String?

  /// Creates a target; `uid` defaults to a new random UUID.
  public init(
    id: Int? = nil, uid: UUID = UUID(), day: CalendarDay, kind: TargetKind, days: Int, surgery: UUID,
    note: String? = nil
  ) {
    self.id = id
    self.uid = uid
    self.day = day
    self.kind = kind
    self.days = days
    self.surgery = surgery
    self.note = note
  }

  /// The numbers of days a target accepts: 1 to 3650 (ten years).
  public static let daysRange = 1...3650

  /// Checks the entry against the domain's rules; that `surgery` names a stored surgery is the
  /// store's to check.
  /// - Parameter today: the patient's today, for the rule that an entry is not dated after it; nil
  ///   skips that rule (for entries stored earlier, which met it on the day they were entered).
  /// - Throws: ``EntryError`` naming the first problem found.
  public func validate(today: CalendarDay?) throws(EntryError) {
    try Validation.notInFuture(day, today: today)
    try Validation.within(Self.daysRange, days, field: .days)
    try Validation.textFits(note, field: .note)
  }
}
