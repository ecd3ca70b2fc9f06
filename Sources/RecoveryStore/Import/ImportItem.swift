/// One row or object of an imported file, as a reader hands it to the store: an entry read from the
/// given line, or a note that the reader refused something, whose problem it reports itself.
public enum ImportItem: Sendable, Equatable {
  /// An entry read from the row or object that starts on `line`.
  case entry(ImportedEntry, line: Int)
  /// A row or object the reader could not read, whose problem the reader reports: counted as
  /// refused and as a problem, and nothing is written.
  case refusedRow(line: Int)
  /// A row the reader left unread after a problem with the whole file (a refused header): counted
  /// as refused, with no problem of its own.
  case unreadRow(line: Int)
  /// A problem with the file as a whole (its encoding, its header): no entry is counted for it, and
  /// nothing is written.
  case refusedFile
}
