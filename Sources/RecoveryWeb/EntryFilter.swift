import RecoveryExchange
import RecoveryModel
import RecoveryStore

/// The diary's filter, from a query: `type`, `since` and `until` (YYYY-MM-DD).
struct EntryFilter: Sendable {
  var type: EntryType?
  var since: CalendarDay?
  var until: CalendarDay?

  init(_ fields: FormFields, today: CalendarDay) throws {
    if let word = fields["type"] {
      guard let type = EntryType(rawValue: word) else {
        throw WebError(
          .badRequest, "Unknown entry type \"\(word.prefix(40))\": choose one of \(EntryType.choices).")
      }
      self.type = type
    }
    since = try fields["since"].map { try Self.day($0, option: "since") }
    until = try fields["until"].map { try Self.day($0, option: "until") }
    if let since, let until, since > until {
      throw WebError(.badRequest, "--since \(since) is after --until \(until): nothing can match.")
    }
  }

  var query: EntryQuery {
    EntryQuery(types: type.map { [$0] }, from: since, through: until)
  }

  static func day(_ text: String, option: String) throws -> CalendarDay {
    guard let day = CalendarDay(text) else {
      throw WebError(
        .badRequest, "Invalid date \"\(text.prefix(40))\": use YYYY-MM-DD (a real calendar day).")
    }
    return day
  }
}
