import ArgumentParser
import RecoveryModel

/// How many doses of a medication and whether as needed: shared by `medication` and `edit` (the dose
/// itself is `--dose`, which `edit` shares with treatments).
struct MedicationOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "How many doses: on the day, or each day of a course (default 1).", valueName: "count"))
  var times: Int?
  @Flag(help: "Taken as needed (PRN) rather than on a schedule.") var prn = false

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] {
    [("--times", times != nil), ("--prn", prn)]
  }

  /// The options given applied to `entry`.
  func apply(to entry: inout MedicationEntry) {
    entry.times = times ?? entry.times
    if prn { entry.asNeeded = true }
  }
}
