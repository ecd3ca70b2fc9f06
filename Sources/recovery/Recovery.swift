import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// The `recovery` command: a diary of recovery after hip procedures.
@main
struct Recovery: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recovery",
    abstract:
      "Track recovery after hip procedures: treatments, daily pain, symptoms, walking aids, questionnaires and milestones.",
    discussion: """
      Entries go to an SQLite database: --db PATH, else $RECOVERY_DB, else \
      $XDG_DATA_HOME/recovery/recovery.sqlite, else ~/.local/share/recovery/recovery.sqlite.
      Dates are YYYY-MM-DD, today or yesterday.
      """,
    version: ToolVersion.description,
    subcommands: [
      TreatmentCommand.self, PainCommand.self, SymptomCommand.self, AidCommand.self, ScoreCommand.self,
      MilestoneCommand.self, TargetCommand.self, MedicationCommand.self, ListCommand.self,
      ReportCommand.self, CohortCommand.self, ExportCommand.self, ImportCommand.self, DemoCommand.self,
      EditCommand.self, RemoveCommand.self, UndoCommand.self, HistoryCommand.self, BackupCommand.self,
      RestoreCommand.self, CheckCommand.self, PatientsCommand.self, PatientCommand.self, MoveCommand.self,
      ServeCommand.self,
    ]
  )

  /// Parsed here so that `--db` and `--patient` may come before the subcommand as well as after it;
  /// each subcommand declares the same group and gets these values.
  @OptionGroup var global: GlobalOptions

  /// Runs the command, printing any error as one line on standard error (see ``ToolMain``).
  static func main() {
    ToolMain.run(Self.self) { arguments in
      let arguments = joiningNegativeValues(arguments)
      try checkBeforeParsing(CommandLineArguments(arguments: arguments))
      return arguments
    }
  }

  /// The options whose values may start with a minus sign (`--baseline -21..-1`).
  static let optionsTakingNegativeValues: Set<String> = ["--baseline"]

  /// The arguments with `--baseline -21..-1` written `--baseline=-21..-1`: the parser would read a
  /// value starting with a minus sign as an option of its own.
  static func joiningNegativeValues(_ arguments: [String]) -> [String] {
    var joined: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--" {
        joined += arguments[index...]
        break
      }
      if optionsTakingNegativeValues.contains(argument), index + 1 < arguments.count,
        arguments[index + 1].hasPrefix("-"), arguments[index + 1].dropFirst().first?.isNumber == true
      {
        joined.append(argument + "=" + arguments[index + 1])
        index += 2
        continue
      }
      joined.append(argument)
      index += 1
    }
    return joined
  }

  /// Refuses, before the parser runs, what it would accept silently or word poorly: a global option
  /// given twice (the parser keeps the last), a mistyped subcommand (it suggests none) and a negative
  /// pain score (it reads `-1` as an unknown option and says the score is missing).
  static func checkBeforeParsing(_ arguments: CommandLineArguments) throws {
    try ToolMain.refuseRepeatedGlobalOption(arguments)
    guard let subcommand = arguments.subcommand else { return }
    let names = configuration.subcommands.map { $0._commandName }
    if !subcommand.hasPrefix("-"), subcommand != "help", !names.contains(subcommand) {
      throw ValidationError(
        UnknownWord(
          kind: "command", value: subcommand, choices: names.joined(separator: ", "),
          suggestion: WordMatch.closest(to: subcommand, among: names)
        ).message)
    }
    if subcommand == "pain", let candidate = arguments.firstOperand {
      try rejectNegativeScore(candidate)
    }
    if subcommand == "milestone", arguments.firstOperand == TargetKind.offCrutches.rawValue {
      throw ValidationError(
        "off-crutches is not logged as a milestone: it is the day the crutches period ends"
          + " (recovery aid two-crutches --stop --on DATE); recovery target off-crutches --days N sets a target"
          + " for it.")
    }
    if subcommand == "milestone", arguments.firstOperand == TargetKind.opioidFree.rawValue {
      throw ValidationError(
        "opioid-free is not logged as a milestone: it is the day after the last opioid logged (recovery"
          + " medication DRUG); recovery target opioid-free --days N sets a target for it.")
    }
    if subcommand == "score", let index = arguments.subcommandIndex {
      try ScoreCommand.rejectNegativeAnswers(arguments.arguments[(index + 1)...])
    }
  }

  /// `recovery pain -1` would otherwise read `-1` as an unknown option and complain that the score is
  /// missing; the patient meant a score, so say what is wrong with it.
  static func rejectNegativeScore(_ candidate: String) throws {
    if candidate.count > 1, candidate.first == "-", let value = Int(candidate) {
      if value < 0 { throw EntryError.outOfRange(field: .score, value: value, range: PainEntry.scoreRange) }
      throw ValidationError(
        "Invalid pain score \"\(candidate)\": use a whole number from 0 (no pain) to 10 (worst imaginable), without a sign."
      )
    }
  }
}
