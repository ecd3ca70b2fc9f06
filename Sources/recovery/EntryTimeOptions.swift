import ArgumentParser
import RecoveryModel

/// When an entry happened: `--on DATE` and `--time HH:MM`.
struct EntryTimeOptions: ParsableArguments {
  @Option(
    name: .customLong("on"),
    help: ArgumentHelp("The day: YYYY-MM-DD, today or yesterday (default: today).", valueName: "date"))
  var day: String?

  @Option(name: .long, help: ArgumentHelp("The time of day, HH:MM on a 24-hour clock.", valueName: "HH:MM"))
  var time: String?

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] { [("--on", day != nil), ("--time", time != nil)] }

  func resolvedDay(today: CalendarDay) throws -> CalendarDay {
    try DiaryDate.parse(day, today: today)
  }

  func resolvedTime() throws -> TimeOfDay? {
    try DiaryDate.parseTime(time)
  }
}
