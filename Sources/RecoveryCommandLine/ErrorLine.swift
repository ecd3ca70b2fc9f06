import ArgumentParser
import RecoveryExchange
import RecoveryFHIR
import RecoveryModel
import RecoveryStore

/// An error as the tool tells it: one line for people, and whether it was a problem with what was
/// typed.
package enum ErrorLine {
  /// The user's sentence for an error of the libraries (an unknown word with the closest valid one), or
  /// nil for any other error.
  package static func libraryMessage(for error: any Error) -> String? {
    switch error {
    case let error as EntryError: UnknownWord(error)?.message ?? error.userMessage
    case let error as StoreError:
      if case .invalidEntry(let entryError) = error, let word = UnknownWord(entryError) {
        word.message
      } else {
        error.userMessage
      }
    case let error as ReportError: error.userMessage
    case let error as SQLiteError: error.description
    case let error as FHIRExportError: error.userMessage
    case let error as ExchangeError: error.userMessage
    default: nil
    }
  }

  /// The error as one line: the library's sentence, an unknown word with the closest valid one, or
  /// the message of `command`'s parser without its usage text.
  package static func message<Command: ParsableCommand>(
    for error: any Error, of command: Command.Type
  )
    -> String
  {
    if let message = libraryMessage(for: error) { return message }
    if let message = RejectedArgument.message { return message }
    if let word = UnknownWord.lastRejected { return word.message }
    let parserMessage = command.message(for: error)
    if let hint = OptionHint(parserMessage: parserMessage) { return hint.message }
    // `message(for:)` leaves out the usage; a value list it sets out one per line reads as one line.
    return parserMessage.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: " ") }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// Whether `error` is a problem with what was typed (a value, a word, an option) rather than with the
  /// database or a file. Input errors all exit with 64 (`EX_USAGE`), as the parser's own do; others
  /// with 1.
  package static func isInputError<Command: ParsableCommand>(
    _ error: any Error, of command: Command.Type
  )
    -> Bool
  {
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
      return command.exitCode(for: error) == .validationFailure
    }
  }

  /// An error message made safe for one terminal line: line breaks, tabs and other control characters
  /// (escape sequences among them) that came from the input are shown as `\n`, `\t` or `?`.
  package static func printable(_ message: String) -> String {
    message.replacingControlCharacters { scalar in
      switch scalar {
      case "\n": "\\n"
      case "\r": "\\r"
      case "\t": "\\t"
      default: "?"
      }
    }
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = self
    while text.first == character { text = text.dropFirst() }
    while text.last == character { text = text.dropLast() }
    return String(text)
  }
}
