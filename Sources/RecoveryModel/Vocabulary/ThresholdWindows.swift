/// The days around a surgery a questionnaire's threshold is defined for: a score some days before
/// the surgery and one some days after it (see ``Instrument/thresholdWindows``).
public struct ThresholdWindows: Sendable, Equatable, Codable {
  /// Days before the surgery the earlier score may be taken, the surgery's day being 0.
  public var before: ClosedRange<Int>
  /// Days after the surgery the later score may be taken.
  public var after: ClosedRange<Int>

  /// Creates windows.
  public init(before: ClosedRange<Int>, after: ClosedRange<Int>) {
    self.before = before
    self.after = after
  }

  /// Whether a score `daysBefore` days before the surgery and one `daysAfter` days after it are
  /// both inside the windows.
  public func contains(daysBefore: Int, daysAfter: Int) -> Bool {
    before.contains(daysBefore) && after.contains(daysAfter)
  }
}
