import ArgumentParser
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
    abstract: "Track recovery after hip procedures: treatments, daily pain, symptoms and walking aids.",
    discussion: """
      Entries go to an SQLite database: --db PATH, else $RECOVERY_DB, else \
      $XDG_DATA_HOME/recovery/recovery.sqlite, else ~/.local/share/recovery/recovery.sqlite.
      Dates are YYYY-MM-DD, today or yesterday.
      """,
    subcommands: [
      TreatmentCommand.self, PainCommand.self, SymptomCommand.self, AidCommand.self, ListCommand.self,
      ReportCommand.self, DemoCommand.self,
      EditCommand.self, RemoveCommand.self, UndoCommand.self, HistoryCommand.self, BackupCommand.self,
      RestoreCommand.self, CheckCommand.self, PatientsCommand.self,
    ]
  )

  /// Parsed here so that `--db` and `--patient` may come before the subcommand as well as after it;
  /// each subcommand declares the same group and gets these values.
  @OptionGroup var global: GlobalOptions

  /// Runs the command, printing any error as one line on standard error.
  ///
  /// swift-argument-parser follows an input error with the usage text; a patient who typed one wrong
  /// word gets one line that names the problem and the valid choices instead (`--help` has the rest).
  static func main() {
    do {
      let arguments = try validatedArguments()
      try rejectNegativeScore(arguments)
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        exit(withError: error)
      }
      let message = printable(oneLineMessage(for: error))
      FileHandleOutput.standardError("recovery: \(message)\n")
      terminate(code.rawValue)
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
    if let word = UnknownWord.lastRejected { return word.message }
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
        throw CommandFailure(
          "Argument \(index) is not valid UTF-8 text; nothing was written. Check the terminal's or the file's encoding."
        )
      }
      arguments.append(argument)
    }
    return arguments
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

  /// `recovery pain -1` would otherwise read `-1` as an unknown option and complain that the score is
  /// missing; the patient meant a score, so say what is wrong with it.
  static func rejectNegativeScore(_ arguments: [String]) throws {
    guard arguments.first == "pain", arguments.count > 1 else { return }
    let candidate = arguments[1]
    if candidate.count > 1, candidate.first == "-", let value = Int(candidate) {
      if value < 0 { throw EntryError.outOfRange(field: .score, value: value, range: PainEntry.scoreRange) }
      throw CommandFailure(
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
