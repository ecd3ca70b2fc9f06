import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// `recovery treatment KIND ...`
struct TreatmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "treatment",
    abstract: "Log a surgery, injection or therapy.",
    discussion: """
      Examples:
        recovery treatment cortisone --on 2023-06-05 --side right --target iliopsoas-bursa --guidance ultrasound
        recovery treatment psoas-release --side right --level central-compartment --approach arthroscopic \
      --finding "cup overhanging"
        recovery treatment other --name acupuncture
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "What was done.") var kind: TreatmentKind
  @OptionGroup var when: EntryTimeOptions
  @OptionGroup var side: SideOption
  @OptionGroup var details: TreatmentOptions
  @OptionGroup var note: NoteOption
  @Flag(help: "Log a surgery even when one of the same kind, side and day is logged already.")
  var again = false

  func run() throws {
    let today = CalendarDay.today()
    var treatment = Treatment(
      day: try when.resolvedDay(today: today), time: try when.resolvedTime(), kind: kind, side: side.side,
      note: note.note)
    details.apply(to: &treatment)
    try Logging.log(.treatment(treatment), global: global, today: today, again: again)
  }
}
