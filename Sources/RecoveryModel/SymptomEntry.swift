#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A symptom on a diary day: mechanical episodes (catching, locking, ...), numbness, stiffness,
/// swelling, or a tender trigger point.
public struct SymptomEntry: Sendable, Equatable, Codable {
  /// The entry's id, unique across all entry types in a database (`#42`); nil until stored.
  public var id: Int?
  /// A stable identifier that survives export, import and merge.
  public var uid: UUID
  /// The diary day.
  public var day: CalendarDay
  /// The time of day, when given.
  public var time: TimeOfDay?
  /// Which symptom.
  public var kind: SymptomKind
  /// How many episodes; an entry without a count stands for one episode.
  public var count: Int?
  /// How bad, 0-10, when given.
  public var severity: Int?
  /// For `trigger-point` only: which point was tender.
  public var point: TriggerPoint?
  /// Where it was felt.
  public var location: BodyLocation?
  /// Which side.
  public var side: Side?
  /// What provoked it.
  public var activity: Activity?
  /// Anything else.
  public var note: String?

  /// Creates a symptom entry; `uid` defaults to a new random UUID.
  public init(
    id: Int? = nil, uid: UUID = UUID(), day: CalendarDay, time: TimeOfDay? = nil, kind: SymptomKind,
    count: Int? = nil, severity: Int? = nil, point: TriggerPoint? = nil, location: BodyLocation? = nil,
    side: Side? = nil, activity: Activity? = nil, note: String? = nil
  ) {
    self.id = id
    self.uid = uid
    self.day = day
    self.time = time
    self.kind = kind
    self.count = count
    self.severity = severity
    self.point = point
    self.location = location
    self.side = side
    self.activity = activity
    self.note = note
  }

  /// The most episodes one entry may count: far above any real day, low enough that sums over years
  /// of entries never overflow.
  public static let countLimit = 10_000

  /// The episode counts an entry accepts: 0 to ``countLimit``.
  public static var countRange: ClosedRange<Int> { 0...countLimit }

  /// The severities an entry accepts: 0 to 10.
  public static let severityRange = 0...10

  /// Episodes this entry stands for: its count, or one when no count was given.
  public var episodes: Int { count ?? 1 }

  /// Checks the entry against the domain's rules.
  /// - Parameter today: the patient's today, for the rule that an entry is not dated after it; nil
  ///   skips that rule (for entries stored earlier, which met it on the day they were entered).
  /// - Throws: ``EntryError`` naming the first problem found.
  public func validate(today: CalendarDay?) throws(EntryError) {
    try Validation.notInFuture(day, today: today)
    try Validation.within(Self.countRange, count, field: .count)
    try Validation.within(Self.severityRange, severity, field: .severity)
    if kind == .triggerPoint, point == nil { throw .triggerPointRequired }
    if kind != .triggerPoint, point != nil { throw .pointNotApplicable(kind) }
    try Validation.textFits(note, field: .note)
  }
}
