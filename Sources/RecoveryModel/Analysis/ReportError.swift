/// Why a report could not be made.
public enum ReportError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The report's first day comes after its last.
  case sinceAfterUntil(since: CalendarDay, until: CalendarDay)

  public var description: String {
    switch self {
    case .sinceAfterUntil(let since, let until):
      "The report would start on \(since), after it ends on \(until): choose a start on or before the end."
    }
  }
}
