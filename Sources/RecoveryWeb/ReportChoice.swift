import RecoveryExchange
import RecoveryModel

/// The report's days, from a query or form: `asOf` (default today), `since`, `until`.
struct ReportChoice: Sendable {
  var asOf: CalendarDay
  var since: CalendarDay?
  var until: CalendarDay?

  init(_ fields: FormFields, today: CalendarDay) throws {
    asOf = try fields["asOf"].map { try EntryFilter.day($0, option: "as-of") } ?? today
    since = try fields["since"].map { try EntryFilter.day($0, option: "since") }
    until = try fields["until"].map { try EntryFilter.day($0, option: "until") }
  }

  /// The choices as a query, for links to the report's downloads.
  var query: String {
    var parts = ["asOf=\(asOf)"]
    if let since { parts.append("since=\(since)") }
    if let until { parts.append("until=\(until)") }
    return parts.joined(separator: "&")
  }
}
