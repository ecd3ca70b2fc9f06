import RecoveryModel

/// Which of a patient's entries to load.
///
/// An empty query loads everything. Date bounds are inclusive; an aid period matches when any of its
/// days falls within them.
public struct EntryQuery: Sendable, Equatable {
  /// Only these record types; nil for all four.
  public var types: Set<EntryType>?
  /// Only entries of this kind: a treatment kind, a symptom kind or a walking aid, as its word.
  public var kind: String?
  /// The first day to include.
  public var from: CalendarDay?
  /// The last day to include.
  public var through: CalendarDay?
  /// Whether removed entries are included too (in their last version before removal).
  public var includeRemoved: Bool

  /// Creates a query.
  public init(
    types: Set<EntryType>? = nil, kind: String? = nil, from: CalendarDay? = nil, through: CalendarDay? = nil,
    includeRemoved: Bool = false
  ) {
    self.types = types
    self.kind = kind
    self.from = from
    self.through = through
    self.includeRemoved = includeRemoved
  }

  func includes(_ type: EntryType) -> Bool {
    types?.contains(type) ?? true
  }
}
