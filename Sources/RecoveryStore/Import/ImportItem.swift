import RecoveryModel

/// One row or object of an imported file, as the importer hands it to the store: an entry read from
/// the given line, or the problem that kept it from being read.
public enum ImportItem: Sendable, Equatable {
  /// An entry read from the row or object that starts on `line`.
  case entry(ImportedEntry, line: Int)
  /// A row, object or part of the file that could not be read.
  case problem(ImportProblem)
}
