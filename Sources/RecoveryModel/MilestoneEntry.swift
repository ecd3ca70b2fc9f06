#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A recovery milestone reached on a diary day: driving again, back at work, a pain-free day.
public struct MilestoneEntry: Sendable, Equatable, Hashable, Codable {
  /// The entry's id, unique across all entry types in a database (`#42`); nil until stored.
  public var id: Int?
  /// A stable identifier that survives export, import and merge.
  public var uid: UUID
  /// The day the milestone was reached.
  public var day: CalendarDay
  /// The time of day, when given.
  public var time: TimeOfDay?
  /// Which milestone.
  public var kind: MilestoneKind
  /// Which side, when the milestone concerns one hip (sleeping on the operated side).
  public var side: Side?
  /// Anything else.
  public var note: String?

  /// Creates a milestone entry; `uid` defaults to a new random UUID.
  public init(
    id: Int? = nil, uid: UUID = UUID(), day: CalendarDay, time: TimeOfDay? = nil, kind: MilestoneKind,
    side: Side? = nil, note: String? = nil
  ) {
    self.id = id
    self.uid = uid
    self.day = day
    self.time = time
    self.kind = kind
    self.side = side
    self.note = note
  }

  /// Checks the entry against the domain's rules.
  /// - Parameter today: the patient's today, for the rule that an entry is not dated after it; nil
  ///   skips that rule (for entries stored earlier, which met it on the day they were entered).
  /// - Throws: ``EntryError`` naming the first problem found.
  public func validate(today: CalendarDay?) throws(EntryError) {
    try Validation.notInFuture(day, today: today)
    try Validation.textFits(note, field: .note)
  }
}
