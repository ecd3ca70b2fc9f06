import ArgumentParser

/// How many days after which surgery: shared by `target` and `edit`.
struct TargetOptions: ParsableArguments {
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The number of days after the surgery, 1-3650.", valueName: "n"))
  var days: Int?
  @Option(
    help: ArgumentHelp(
      "The surgery the days count from: its entry id, as list shows it (default: the most recent surgery"
        + " on or before the target's day).",
      valueName: "id"))
  var after: EntryID?

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] { [("--days", days != nil), ("--after", after != nil)] }
}
