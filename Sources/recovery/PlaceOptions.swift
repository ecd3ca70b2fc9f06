import ArgumentParser
import RecoveryModel

/// Where pain or a symptom was felt and what brought it on: shared by `pain`, `symptom` and `edit`.
struct PlaceOptions: ParsableArguments {
  @Option(help: "Where it was felt.") var location: BodyLocation?
  @Option(help: "What brought it on.") var activity: Activity?

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] {
    [("--location", location != nil), ("--activity", activity != nil)]
  }
}
