import RecoveryModel

/// The days tests are written against.
///
/// Code called in process gets ``today`` as its "today", so no result depends on the date of the run.
/// The built tool reads the machine's clock and has no such parameter; tests of it that need the day
/// the tool calls today ask ``clockToday()``, and everything else they log is dated on or before
/// ``today``, which is in the past whenever they run.
package enum TestCalendar {
  /// The one fixed "today" of every test: 2024-11-20.
  package static let today = day("2024-11-20")

  /// Today by the machine's clock in its time zone, as the built tool computes it.
  package static func clockToday() -> CalendarDay {
    CalendarDay.today()
  }

  /// The day `text` (`YYYY-MM-DD`) names; a test written with a bad date stops at once.
  package static func day(_ text: String) -> CalendarDay {
    guard let day = CalendarDay(text) else { preconditionFailure("bad test date \(text)") }
    return day
  }

  /// The time `text` (`HH:MM`) names; a test written with a bad time stops at once.
  package static func time(_ text: String) -> TimeOfDay {
    guard let time = TimeOfDay(text) else { preconditionFailure("bad test time \(text)") }
    return time
  }
}
