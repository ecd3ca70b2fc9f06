import ArgumentParser
import RecoveryModel

/// A walking-aid period's days and weight-bearing instruction: shared by `aid` and `edit`.
struct AidPeriodOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The first day on the aid: YYYY-MM-DD, today or yesterday.", valueName: "date"))
  var from: String?
  @Option(
    help: ArgumentHelp(
      "The day the aid was put away, the first day without it (omit while still in use).", valueName: "date"))
  var to: String?
  @Option(help: "The weight-bearing instruction for the period.") var weightBearing: WeightBearing?

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] {
    [("--from", from != nil), ("--to", to != nil), ("--weight-bearing", weightBearing != nil)]
  }
}
