import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why one line of an imported file was refused: the line (1-based; for a JSON entry, the line its
/// object starts on) and the problem's data, from reading the file or from the store.
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The line in the file.
  public var line: Int
  /// What is wrong.
  public var kind: Kind

  /// Creates a problem.
  public init(line: Int, _ kind: Kind) {
    self.line = line
    self.kind = kind
  }

  /// What is wrong with a line.
  public enum Kind: Error, Sendable, Equatable {
    // MARK: Reading the file

    /// The file is not text: it holds NUL bytes or is not valid UTF-8.
    case notText
    /// The file holds no NUL bytes but is not UTF-8: another encoding, such as Latin-1.
    case notUTF8
    /// The file holds nothing to import.
    case empty
    /// A date such as `01/11/2024` that reads as two days, in a file whose other dates do not tell
    /// which order they use.
    case ambiguousDate(String)
    /// Reading the file failed at this line with the system's error number: what follows was not read.
    case readFailed(errno: Int32)
    /// A column or key that is not an entry field (`EntryField`).
    case unknownField(String)
    /// A column named twice in the header.
    case repeatedField(EntryField)
    /// A quoted CSV field that never ends.
    case unterminatedQuote
    /// A CSV row with more cells than the header has columns.
    case tooManyCells(found: Int, columns: Int)
    /// JSON that cannot be read, with the parser's explanation.
    case invalidJSON(String)
    /// JSON of another shape: `expected` says what was expected there.
    case unexpectedJSON(expected: String)
    /// A JSON file whose `format` is not the diary's export format.
    case unknownFormat(String)
    /// A JSON file written by a newer export format version.
    case newerVersion(Int, supported: Int)

    // MARK: Reading an entry

    /// The row or object is not a valid entry.
    case unreadable(EntryReadError)

    // MARK: Against the database

    /// The store refused the entry: it breaks a rule of the diary, names a patient that cannot take
    /// it, or clashes with an entry in the database.
    case refused(ImportRefusal.Reason)
  }

  public var description: String {
    "line \(line): " + kind.description
  }
}

extension ImportProblem.Kind {
  /// Whether the problem is with the file as a whole (its encoding, its header) rather than with one
  /// entry: it is listed, but counts no entry as refused.
  public var isAboutTheFile: Bool {
    switch self {
    case .notText, .notUTF8, .empty, .unknownField, .repeatedField, .readFailed, .unknownFormat,
      .newerVersion:
      true
    default: false
    }
  }
}

extension ImportProblem.Kind: CustomStringConvertible {
  public var description: String {
    switch self {
    case .notText: "The file is not text (it holds binary data or is not UTF-8)."
    case .notUTF8: "The file is not UTF-8 text."
    case .empty: "The file holds no entries."
    case .ambiguousDate(let text): "The date \"\(text)\" reads day first and month first."
    case .readFailed(let failure): "The file cannot be read past this line (error number \(failure))."
    case .unknownField(let name): "\"\(name)\" is not an entry field."
    case .repeatedField(let field): "The field \(field.rawValue) is given twice."
    case .unterminatedQuote: "A quoted field does not end."
    case .tooManyCells(let found, let columns): "The row has \(found) cells for \(columns) columns."
    case .invalidJSON(let reason): "Invalid JSON: \(reason)"
    case .unexpectedJSON(let expected): "Expected \(expected)."
    case .unknownFormat(let name): "The format \"\(name)\" is not a recovery diary export."
    case .newerVersion(let found, let supported):
      "The export format version \(found) is newer than version \(supported), the newest supported."
    case .unreadable(let error): error.description
    case .refused(let reason): reason.description
    }
  }
}
