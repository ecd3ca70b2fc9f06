import ArgumentParser
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
  @Option(help: "Which hip.") var side: Side?
  @Option(help: "psoas-release only: where the tendon was released.") var level: ReleaseLevel?
  @Option(help: "Surgeries only: arthroscopic or open.") var approach: SurgicalApproach?
  @Option(help: "Injections only: the structure injected.") var target: InjectionTarget?
  @Option(help: "Injections only: the imaging that guided the needle.") var guidance: ImageGuidance?
  @Option(help: ArgumentHelp("What was injected or applied, e.g. \"dextrose 15%\".", valueName: "text"))
  var agent: String?
  @Option(help: ArgumentHelp("The dose.", valueName: "text")) var dose: String?
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The round within a series, from 1 (prolotherapy round 2).", valueName: "n"))
  var round: Int?
  @Option(help: ArgumentHelp("The surgeon, clinic or therapist.", valueName: "text")) var provider: String?
  @Option(help: ArgumentHelp("A name; required for other.", valueName: "text")) var name: String?
  @Option(help: ArgumentHelp("What the surgeon found, e.g. \"cup overhanging\".", valueName: "text"))
  var finding: String?
  @Option(help: ArgumentHelp("Anything else.", valueName: "text")) var note: String?

  func run() throws {
    let today = CalendarDay.today()
    let treatment = Treatment(
      day: try when.resolvedDay(today: today), time: try when.resolvedTime(), kind: kind, name: name,
      side: side, level: level, approach: approach, target: target, guidance: guidance, agent: agent,
      dose: dose, round: round, provider: provider, finding: finding, note: note)
    try Logging.log(.treatment(treatment), global: global, today: today)
  }
}
