import RecoveryStore

/// One row or object of a file, as ``CSVImportReader`` and ``JSONImportReader`` read it: an entry
/// read from the given line, or the problem that kept it from being read.
public enum ReadItem: Sendable, Equatable {
  /// An entry read from the row or object that starts on `line`.
  case entry(ImportedEntry, line: Int)
  /// A row, object or part of the file that could not be read.
  case problem(ImportProblem)
  /// A row left unread after a problem with the whole file (a refused header): refused, with no
  /// problem of its own.
  case unreadRow(line: Int)
}
