#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One pain rating on the 0-10 Numeric Rating Scale, at a body location and side.
///
/// Several entries a day are normal: morning and evening, or several sites.
public struct PainEntry: Sendable, Equatable, Codable {
  /// The entry's id, unique across all entry types in a database (`#42`); nil until stored.
  public var id: Int?
  /// A stable identifier that survives export, import and merge.
  public var uid: UUID
  /// The diary day.
  public var day: CalendarDay
  /// The time of day, when given.
  public var time: TimeOfDay?
  /// 0 (no pain) to 10 (worst imaginable), a whole number.
  public var score: Int
  /// Where it hurt.
  public var location: BodyLocation?
  /// Which side.
  public var side: Side?
  /// What provoked it.
  public var activity: Activity?
  /// Anything else.
  public var note: String?

  /// Creates a pain entry; `uid` defaults to a new random UUID.
  public init(
    id: Int? = nil, uid: UUID = UUID(), day: CalendarDay, time: TimeOfDay? = nil, score: Int,
    location: BodyLocation? = nil, side: Side? = nil, activity: Activity? = nil, note: String? = nil
  ) {
    self.id = id
    self.uid = uid
    self.day = day
    self.time = time
    self.score = score
    self.location = location
    self.side = side
    self.activity = activity
    self.note = note
  }

  /// The scores an entry accepts: 0 (no pain) to 10 (worst imaginable).
  public static let scoreRange = 0...10

  /// Checks the entry against the domain's rules.
  /// - Parameter today: the patient's today, for the rule that an entry is not dated after it; nil
  ///   skips that rule (for entries stored earlier, which met it on the day they were entered).
  /// - Throws: ``EntryError`` naming the first problem found.
  public func validate(today: CalendarDay?) throws(EntryError) {
    try Validation.notInFuture(day, today: today)
    try Validation.within(Self.scoreRange, score, field: .score)
    try Validation.textFits(note, field: .note)
  }
}
