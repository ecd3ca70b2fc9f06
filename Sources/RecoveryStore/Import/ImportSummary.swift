/// What an import did, or would do: how many entries were new, already present, changed, or refused.
public struct ImportSummary: Sendable, Equatable {
  /// Entries whose uid was not in the database: added.
  public var new = 0
  /// Entries already in the database with the same content, or marked removed in the file: skipped.
  public var unchanged = 0
  /// Entries in the database with other content, updated (or, in a dry run, to be updated); without
  /// updating asked for they are refused instead, and counted only there.
  public var changed = 0
  /// Rows or objects refused, by the reader or the store: every entry is counted in exactly one of
  /// `new`, `unchanged`, `changed` and `refused`.
  public var refused = 0
  /// How many problems were found: the store's refusals, and the reader's refused rows and files.
  public var problemCount = 0
  /// Whether the import was written: false after any problem, and for a dry run.
  public var committed = false

  /// Creates an empty summary.
  public init() {}
}
