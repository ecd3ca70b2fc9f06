import ArgumentParser
import RecoveryExchange
import RecoveryModel
import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    version: Recovery.version,
    subcommands: [
      TreatmentCommand.self, PainCommand.self, SymptomCommand.self, AidCommand.self, ScoreCommand.self,
      MilestoneCommand.self, TargetCommand.self, MedicationCommand.self, ListCommand.self,
      ReportCommand.self, CohortCommand.self, ExportCommand.self, ImportCommand.self, DemoCommand.self,
      EditCommand.self, RemoveCommand.self, UndoCommand.self, HistoryCommand.self, BackupCommand.self,
      RestoreCommand.self, CheckCommand.self, PatientsCommand.self, PatientCommand.self, MoveCommand.self,
      ServeCommand.self,
    ]
  )

  /// The tool's own version number.
  static let toolVersion = "0.1.0"

  /// What `recovery --version` prints: the tool's version, and the database schema and export format
  /// versions it writes.
  static let version =
    "recovery \(toolVersion) (database schema \(RecoveryStore.schemaVersion), export format \(DiaryExport.version))"

  /// Parsed here so that `--db` and `--patient` may come before the subcommand as well as after it;
  /// each subcommand declares the same group and gets these values.
  @OptionGroup var global: GlobalOptions

  /// Runs the command, printing any error as one line on standard error.
  ///
  /// swift-argument-parser follows an input error with the usage text; a patient who typed one wrong
  /// word gets one line that names the problem and the valid choices instead (`--help` has the rest).
  static func main() {
    do {
      let arguments = joiningNegativeValues(try validatedArguments())
      try checkBeforeParsing(CommandLineArguments(arguments: arguments))
      var command = try parseAsRoot(arguments)
      try command.run()
      try FileHandleOutput.finishStandardOutput()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // Help and the version, printed as the parser would, but a failed write is reported.
        let text = fullMessage(for: error)
        if !text.isEmpty { print(text) }
        do {
          try FileHandleOutput.finishStandardOutput()
        } catch {
          FileHandleOutput.standardError("recovery: \(error)\n")
          terminate(1)
        }
        terminate(0)
      }
      let message = printable(oneLineMessage(for: error))
      FileHandleOutput.standardError("recovery: \(message)\n")
      terminate(isInputError(error) ? ExitCode.validationFailure.rawValue : code.rawValue)
    }
  }

  /// Whether `error` is a problem with what was typed (a value, a word, an option) rather than with the
  /// database or a file. Input errors all exit with 64 (`EX_USAGE`), as the parser's own do; others
  /// with 1.
  static func isInputError(_ error: any Error) -> Bool {
    switch error {
    case is EntryError, is ReportError, is ValidationError: return true
    case let error as StoreError:
      switch error {
      case .invalidEntry, .nothingChanged, .typeChangeNotAllowed, .invalidPatientName, .noSuchEntry,
        .noSuchPatient,
        .entryRemoved, .entryOfOtherPatient, .patientExists, .patientRemoved, .patientHasEntries,
        .defaultPatientNotRemovable, .duplicateSurgery:
        return true
      default: return false
      }
    default:
      return exitCode(for: error) == .validationFailure
    }
  }

  /// The error as one line: the library's sentence, an unknown word with the closest valid one, or
  /// the parser's message without its usage text.
  static func oneLineMessage(for error: any Error) -> String {
    if let error = error as? EntryError, let word = UnknownWord(error) { return word.message }
    if case .invalidEntry(let entryError)? = error as? StoreError, let word = UnknownWord(entryError) {
      return word.message
    }
    if let message = libraryMessage(for: error) { return message }
    if let message = RejectedArgument.message { return message }
    if let word = UnknownWord.lastRejected { return word.message }
    if let hint = OptionHint(parserMessage: message(for: error)) { return hint.message }
    // `message(for:)` leaves out the usage; a value list it sets out one per line reads as one line.
    return message(for: error).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: " ") }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The arguments as given, refusing any that is not valid UTF-8: Swift would otherwise replace the
  /// bad bytes silently, and the diary would store something other than what was typed.
  static func validatedArguments() throws -> [String] {
    var arguments: [String] = []
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = CommandLine.unsafeArgv[index] else { continue }
      guard let argument = String(validatingCString: pointer) else {
        throw ValidationError(
          "Argument \(index) is not valid UTF-8 text; nothing was written. Check the terminal's or the file's encoding."
        )
      }
      arguments.append(argument)
    }
    return arguments
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

  /// An error message made safe for one terminal line: line breaks, tabs and other control characters
  /// (escape sequences among them) that came from the input are shown as `\n`, `\t` or `?`.
  static func printable(_ message: String) -> String {
    message.replacingControlCharacters { scalar in
      switch scalar {
      case "\n": "\\n"
      case "\r": "\\r"
      case "\t": "\\t"
      default: "?"
      }
    }
  }

  /// Refuses, before the parser runs, what it would accept silently or word poorly: a global option
  /// given twice (the parser keeps the last), a mistyped subcommand (it suggests none) and a negative
  /// pain score (it reads `-1` as an unknown option and says the score is missing).
  static func checkBeforeParsing(_ arguments: CommandLineArguments) throws {
    if let option = arguments.repeatedGlobalOption {
      throw ValidationError("\(option) is given more than once: give it once, before or after the command.")
    }
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

/// Ends the process with `code` (named apart from `ParsableCommand.exit(withError:)`).
func terminate(_ code: Int32) -> Never {
  exit(code)
}

extension Substring {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = self
    while text.first == character { text = text.dropFirst() }
    while text.last == character { text = text.dropLast() }
    return String(text)
  }
}
