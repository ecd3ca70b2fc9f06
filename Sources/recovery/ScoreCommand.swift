import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// `recovery score INSTRUMENT ANSWER... ` or `recovery score oxford --total N`
struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Log an outcome questionnaire: HOOS JR, iHOT-12 or the Oxford Hip Score.",
    discussion: """
      Give the answers in the questionnaire's order; the score is computed and stored with them.
        hoos-jr: 6 answers, each 0-4 (0 none ... 4 extreme): \(Instrument.hoosJRItems.joined(separator: ", ")).
        ihot-12: 12 answers, each 0-100 (100 best); the score is their mean.
        oxford:  12 answers, each 0-4 (4 best), summed (2007 scoring), or --total N from 0 to 48.
      Examples:
        recovery score hoos-jr 2 1 1 1 1 1 --side right
        recovery score oxford --total 40 --on 2024-11-01
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Which questionnaire.") var instrument: Instrument
  @Argument(help: ArgumentHelp("The answers, in the questionnaire's order.", valueName: "answer"))
  var answers: [String] = []
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("Oxford only: the total, 0-48, in place of the answers.", valueName: "n"))
  var total: Int?
  @OptionGroup var when: EntryTimeOptions
  @OptionGroup var side: SideOption
  @OptionGroup var note: NoteOption

  func validate() throws {
    if total != nil, instrument.totalRange == nil {
      throw ValidationError("--total applies only to oxford: \(instrument.rule).")
    }
    if total != nil, !answers.isEmpty {
      throw ValidationError("Give the Oxford answers or --total, not both: \(instrument.rule).")
    }
  }

  func run() throws {
    let today = CalendarDay.today()
    let day = try when.resolvedDay(today: today)
    let time = try when.resolvedTime()
    let entry =
      if let total {
        try ScoreEntry.oxford(total: total, day: day, time: time, side: side.side, note: note.note)
      } else {
        try ScoreEntry.scoring(
          instrument, answers: try ScoreAnswers.parse(answers, for: instrument), day: day, time: time,
          side: side.side, note: note.note)
      }
    try Logging.log(.score(entry), global: global, today: today)
  }

  /// `recovery score hoos-jr 1 -1 ...` would otherwise read `-1` as an unknown option; the patient
  /// meant an answer, so say what is wrong with it.
  /// - Parameter arguments: what follows the subcommand.
  static func rejectNegativeAnswers(_ arguments: ArraySlice<String>) throws {
    guard let instrument = arguments.first.flatMap(Instrument.init(rawValue:)) else { return }
    let valued: Set<String> = ["--on", "--time", "--side", "--note", "--total", "--db", "--patient"]
    var index = 0
    var rest = arguments.dropFirst()
    while let argument = rest.popFirst() {
      if argument == "--" { return }
      if valued.contains(argument) {
        _ = rest.popFirst()
        continue
      }
      if argument.hasPrefix("-"), argument.count > 1, let value = Int(argument) {
        throw EntryError.answerOutOfRange(
          instrument: instrument, index: index + 1, value: value, range: instrument.answerRange)
      }
      if !argument.hasPrefix("-") { index += 1 }
    }
  }
}
