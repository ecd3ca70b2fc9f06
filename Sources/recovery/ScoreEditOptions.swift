import ArgumentParser
import RecoveryModel

/// New answers or a new total for a questionnaire score being corrected; the score is computed again.
struct ScoreEditOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Score: all the answers again, in the questionnaire's order, separated by spaces (quote them).",
      valueName: "answers"))
  var answers: String?
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("Oxford only: the total, 0-48, in place of the answers.", valueName: "n"))
  var total: Int?

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] { [("--answers", answers != nil), ("--total", total != nil)] }

  /// The entry with its new answers or total, scored again; unchanged when neither was given.
  func apply(to entry: ScoreEntry) throws -> ScoreEntry {
    if answers != nil, total != nil {
      throw ValidationError("Give either --answers or --total, not both.")
    }
    if let answers {
      let words = answers.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
      return try ScoreEntry.scoring(
        entry.instrument, answers: try ScoreAnswers.parse(words, for: entry.instrument), day: entry.day,
        time: entry.time, side: entry.side, note: entry.note, id: entry.id, uid: entry.uid)
    }
    if let total {
      guard entry.instrument.totalRange != nil else {
        throw ValidationError(
          "--total applies only to oxford scores; #\(entry.id ?? 0) is \(entry.instrument.label): use --answers."
        )
      }
      return try ScoreEntry.oxford(
        total: total, day: entry.day, time: entry.time, side: entry.side, note: entry.note, id: entry.id,
        uid: entry.uid)
    }
    return entry
  }
}
