import ArgumentParser
import RecoveryModel

/// How many episodes, how bad, and which trigger point: shared by `symptom` and `edit`.
struct SymptomOptions: ParsableArguments {
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("How many episodes (a new entry counts one unless told).", valueName: "n"))
  var count: Int?
  @Option(
    parsing: .unconditional, help: ArgumentHelp("How bad, a whole number from 0 to 10.", valueName: "0-10"))
  var severity: Int?
  @Option(help: "trigger-point only: which point was tender.") var point: TriggerPoint?

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] {
    [("--count", count != nil), ("--severity", severity != nil), ("--point", point != nil)]
  }
}
