import ArgumentParser
import RecoveryModel

/// What is worth recording about a treatment besides its kind and day: shared by `treatment` and
/// `edit`.
struct TreatmentOptions: ParsableArguments {
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

  /// Each option with whether it was given, for `edit` to refuse one that does not fit the entry.
  var flags: [(name: String, given: Bool)] {
    [
      ("--level", level != nil), ("--approach", approach != nil), ("--target", target != nil),
      ("--guidance", guidance != nil), ("--agent", agent != nil), ("--dose", dose != nil),
      ("--round", round != nil), ("--provider", provider != nil), ("--name", name != nil),
      ("--finding", finding != nil),
    ]
  }

  /// `treatment` with every option given replacing its value.
  func apply(to treatment: inout Treatment) {
    treatment.level = level ?? treatment.level
    treatment.approach = approach ?? treatment.approach
    treatment.target = target ?? treatment.target
    treatment.guidance = guidance ?? treatment.guidance
    treatment.agent = agent ?? treatment.agent
    treatment.dose = dose ?? treatment.dose
    treatment.round = round ?? treatment.round
    treatment.provider = provider ?? treatment.provider
    treatment.name = name ?? treatment.name
    treatment.finding = finding ?? treatment.finding
  }
}
