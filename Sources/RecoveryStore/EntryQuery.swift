import RecoveryModel

/// Which of a patient's entries to load.
///
/// An empty query loads everything. Date bounds are inclusive; an aid period or a medication course
/// matches when any of its days falls within them.
public struct EntryQuery: Sendable, Equatable {
  /// Only these entry types; nil for all of them.
  public var types: Set<EntryType>?
  /// Only entries of this kind (and so of its type): a treatment kind, a symptom or a walking aid.
  public var kind: EntryKind?
  /// The first day to include.
  public var from: CalendarDay?
  /// The last day to include.
  public var through: CalendarDay?
  /// Whether removed entries are included too (in their last version before removal).
  public var includeRemoved: Bool

  /// Creates a query.
  public init(
    types: Set<EntryType>? = nil, kind: EntryKind? = nil, from: CalendarDay? = nil,
    through: CalendarDay? = nil,
    includeRemoved: Bool = false
  ) {
    self.types = types
    self.kind = kind
    self.from = from
    self.through = through
    self.includeRemoved = includeRemoved
  }

  func includes(_ type: EntryType) -> Bool {
    (types?.contains(type) ?? true) && (kind.map { $0.type == type } ?? true)
  }
}
