/// Which pain entries count towards daily pain: all of them, or those at one location and/or side.
///
/// The filter narrows what a report counts; within it, a treatment on one side is judged on the pain
/// of that side (see ``TreatmentResponse``).
public struct PainFilter: Sendable, Hashable, Codable {
  /// Only entries at this location, when set.
  @NullWhenAbsent public var location: BodyLocation?
  /// Only entries on this side, when set.
  @NullWhenAbsent public var side: Side?

  /// Creates a filter; nil for either means "any".
  public init(location: BodyLocation? = nil, side: Side? = nil) {
    self.location = location
    self.side = side
  }

  /// Every pain entry counts.
  public static let all = PainFilter()

  /// Whether an entry counts.
  ///
  /// Choosing `left` or `right` also takes entries logged for `both` sides, since pain felt on both
  /// sides is felt on each; choosing `both` takes only entries logged for both. An entry without a
  /// location or side counts only when that part of the filter is not set: it cannot be placed.
  public func includes(_ entry: PainEntry) -> Bool {
    if let location, entry.location != location { return false }
    if let side {
      guard let entrySide = entry.side else { return false }
      if entrySide != side, entrySide != .both { return false }
    }
    return true
  }

  /// Whether a treatment on `side` is judged under this filter.
  ///
  /// A left-side treatment is judged on pain logged for the left side, both sides or no side; when the
  /// filter takes only right-side pain (or the other way round) that would be the other side's pain,
  /// so the treatment is not judged.
  public func judges(treatmentOn side: Side?) -> Bool {
    switch (self.side, side) {
    case (.left, .right), (.right, .left): false
    default: true
    }
  }
}
