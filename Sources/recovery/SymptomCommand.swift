import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// `recovery symptom KIND ...`
struct SymptomCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "symptom",
    abstract:
      "Log a symptom: catching and other mechanical episodes, numbness, stiffness, swelling, or a tender trigger point.",
    discussion: """
      Examples:
        recovery symptom catching --count 4 --side right --location groin --activity stairs
        recovery symptom trigger-point --point lower-psoas --severity 6 --side right
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Which symptom.") var kind: SymptomKind
  @OptionGroup var when: EntryTimeOptions
  @OptionGroup var details: SymptomOptions
  @OptionGroup var place: PlaceOptions
  @OptionGroup var side: SideOption
  @OptionGroup var note: NoteOption

  func run() throws {
    let today = CalendarDay.today()
    let entry = SymptomEntry(
      day: try when.resolvedDay(today: today), time: try when.resolvedTime(), kind: kind,
      count: details.count, severity: details.severity, point: details.point, location: place.location,
      side: side.side, activity: place.activity, note: note.note)
    try Logging.log(.symptom(entry), global: global, today: today)
  }
}
