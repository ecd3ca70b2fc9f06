import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// `recovery pain SCORE ...`
struct PainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pain",
    abstract: "Log a pain score from 0 (none) to 10 (worst imaginable).",
    discussion: """
      Several entries a day are normal: morning and evening, or several places.
      Example: recovery pain 6 --location groin --side right --activity stairs
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The pain score, a whole number from 0 to 10.", valueName: "score"))
  var score: PainScore
  @OptionGroup var when: EntryTimeOptions
  @OptionGroup var place: PlaceOptions
  @OptionGroup var side: SideOption
  @OptionGroup var note: NoteOption

  func run() throws {
    let today = CalendarDay.today()
    let entry = PainEntry(
      day: try when.resolvedDay(today: today), time: try when.resolvedTime(), score: score.value,
      location: place.location, side: side.side, activity: place.activity, note: note.note)
    try Logging.log(.pain(entry), global: global, today: today)
  }
}
