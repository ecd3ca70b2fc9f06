import ArgumentParser

/// `--note`, which every kind of entry takes: shared by the logging commands and `edit`.
struct NoteOption: ParsableArguments {
  @Option(help: ArgumentHelp("Anything else.", valueName: "text")) var note: String?

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] { [("--note", note != nil)] }
}
