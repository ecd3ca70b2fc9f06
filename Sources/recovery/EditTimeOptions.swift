import ArgumentParser
import RecoveryModel

/// A new day and time for an entry being corrected: `--on DATE` and `--time HH:MM`, as the logging
/// commands take them, but keeping the entry's own day and time when left out.
struct EditTimeOptions: ParsableArguments {
  @Option(
    name: .customLong("on"),
    help: ArgumentHelp(
      "A new day: YYYY-MM-DD, today or yesterday (default: the entry's day stays).", valueName: "date"))
  var day: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A new time of day, HH:MM on a 24-hour clock (default: the entry's time stays).",
      valueName: "HH:MM"))
  var time: String?

  /// Each option with whether it was given, to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] { [("--on", day != nil), ("--time", time != nil)] }

  /// The new day, or nil to keep the entry's.
  func resolvedDay(today: CalendarDay) throws -> CalendarDay? {
    try day.map { try DiaryDate.parse($0, today: today) }
  }

  /// The new time, or nil to keep the entry's.
  func resolvedTime() throws -> TimeOfDay? {
    try DiaryDate.parseTime(time)
  }
}
