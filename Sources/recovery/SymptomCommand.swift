import ArgumentParser
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
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("How many episodes (default: one).", valueName: "n"))
  var count: Int?
  @Option(
    parsing: .unconditional, help: ArgumentHelp("How bad, a whole number from 0 to 10.", valueName: "0-10"))
  var severity: Int?
  @Option(help: "trigger-point only: which point was tender.") var point: TriggerPoint?
  @Option(help: "Where it was felt.") var location: BodyLocation?
  @Option(help: "Which side.") var side: Side?
  @Option(help: "What brought it on.") var activity: Activity?
  @Option(help: ArgumentHelp("Anything else.", valueName: "text")) var note: String?

  func run() throws {
    let today = CalendarDay.today()
    let entry = SymptomEntry(
      day: try when.resolvedDay(today: today), time: try when.resolvedTime(), kind: kind, count: count,
      severity: severity, point: point, location: location, side: side, activity: activity, note: note)
    try Logging.log(.symptom(entry), global: global, today: today)
  }
}
