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

  /// Runs the command, printing any error as one line on standard error.
  ///
  /// swift-argument-parser follows an input error with the usage text; a patient who typed one wrong
  /// word gets one line that names the problem and the valid choices instead (`--help` has the rest).
  static func main() {
    do {
      try rejectNegativeScore(Array(CommandLine.arguments.dropFirst()))
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        exit(withError: error)
      }
      let message = oneLineMessage(for: error)
      FileHandleOutput.standardError("recovery: \(message)\n")
      terminate(code.rawValue)
    }
  }

  static func oneLineMessage(for error: any Error) -> String {
    if let error = error as? StoreError { return error.description }
    if let error = error as? EntryError { return error.description }
    if let error = error as? ReportError { return error.description }
    let full = message(for: error)
    let lines = full.split(separator: "\n", omittingEmptySubsequences: true).map {
      $0.trimmingCharacters(in: " ")
    }.filter { !$0.hasPrefix("Usage:") && !$0.hasPrefix("See '") && !$0.hasPrefix("Help:") }
    // The parser lists long vocabularies as "- word" lines; one line reads better as "a, b, c".
    let bullets = lines.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
    let prose = lines.filter { !$0.hasPrefix("- ") }.joined(separator: " ")
    return bullets.isEmpty ? prose : prose + " " + bullets.joined(separator: ", ") + "."
  }

  /// `recovery pain -1` would otherwise read `-1` as an unknown option and complain that the score is
  /// missing; the patient meant a score, so say what is wrong with it.
  static func rejectNegativeScore(_ arguments: [String]) throws {
    guard arguments.first == "pain", arguments.count > 1 else { return }
    let candidate = arguments[1]
    if candidate.count > 1, candidate.first == "-", let value = Int(candidate) {
      throw EntryError.scoreOutOfRange(value)
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
