import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// `recovery milestone KIND ...`
struct MilestoneCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "milestone",
    abstract: "Log a recovery milestone reached: driving again, back at work, a pain-free day.",
    discussion: """
      Coming off crutches needs no entry: it is read from the walking-aid periods.
      Examples:
        recovery milestone drive --on 2024-11-20
        recovery milestone sleep-on-side --side right
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Which milestone.") var kind: MilestoneKind
  @OptionGroup var when: EntryTimeOptions
  @OptionGroup var side: SideOption
  @OptionGroup var note: NoteOption

  func run() throws {
    let today = CalendarDay.today()
    let entry = MilestoneEntry(
      day: try when.resolvedDay(today: today), time: try when.resolvedTime(), kind: kind, side: side.side,
      note: note.note)
    try Logging.log(.milestone(entry), global: global, today: today)
  }
}
