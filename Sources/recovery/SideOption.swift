import ArgumentParser
import RecoveryModel

/// `--side`, which every kind of entry takes: shared by the logging commands and `edit`.
struct SideOption: ParsableArguments {
  @Option(help: "Which side.") var side: Side?

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] { [("--side", side != nil)] }
}
