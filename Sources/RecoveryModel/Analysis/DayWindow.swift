/// A span of days counted from a treatment day, both ends included.
///
/// `DayWindow(start: 7, end: 42)` is days 7 to 42 after the treatment (the treatment day is day 0) and
/// `DayWindow(start: -14, end: -1)` the two weeks before it. As text it reads `7-42`, or `-14..-1` when
/// it starts before the treatment; both forms parse, so the command line can take either.
public struct DayWindow: Sendable, Hashable, Codable, CustomStringConvertible,
  LosslessStringConvertible
{
  /// The first day, counted from the treatment day.
  public let start: Int
  /// The last day, counted from the treatment day; never before `start`.
  public let end: Int

  /// Creates a window; `end` must not come before `start`.
  public init(start: Int, end: Int) {
    precondition(start <= end, "A day window cannot end before it starts.")
    self.start = start
    self.end = end
  }

  /// Parses `FROM-TO` (days on or after the treatment) or `FROM..TO` (any days, such as `-14..-1`);
  /// returns nil for anything else or for a window that ends before it starts.
  public init?(_ text: String) {
    let parts: [Substring]
    if let range = text.firstRange(of: "..") {
      parts = [text[..<range.lowerBound], text[range.upperBound...]]
    } else {
      parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty else { return nil }
    }
    guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]), start <= end else {
      return nil
    }
    self.init(start: start, end: end)
  }

  /// The number of days the window spans.
  public var length: Int { end - start + 1 }

  /// The window's first and last calendar day for a treatment on `day`.
  public func days(from day: CalendarDay) -> (first: CalendarDay, last: CalendarDay) {
    (day.adding(days: start), day.adding(days: end))
  }

  /// `7-42`, or `-14..-1` when the window starts before the treatment day.
  public var description: String {
    start >= 0 ? "\(start)-\(end)" : "\(start)..\(end)"
  }
}
