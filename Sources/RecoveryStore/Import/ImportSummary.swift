/// What an import did, or would do: how many entries were new, already present, changed, or refused,
/// and the problems found.
public struct ImportSummary: Sendable, Equatable {
  /// Entries whose uid was not in the database: added.
  public var new = 0
  /// Entries already in the database with the same content, or marked removed in the file: skipped.
  public var unchanged = 0
  /// Entries in the database with other content, updated (or, in a dry run, to be updated); without
  /// updating asked for they are refused instead, and counted only there.
  public var changed = 0
  /// Rows or objects refused, each with a problem: every entry is counted in exactly one of
  /// `new`, `unchanged`, `changed` and `refused`.
  public var refused = 0
  /// The first problems found, in file order, up to the limit asked for.
  public var problems: [ImportProblem] = []
  /// How many problems were found in all (more than `problems` holds past the limit).
  public var problemCount = 0
  /// Whether the import was written: false after any problem, and for a dry run.
  public var committed = false

  /// Creates an empty summary.
  public init() {}

  /// Records a problem, keeping the first `limit`.
  mutating func record(_ problem: ImportProblem, limit: Int) {
    problemCount += 1
    if problems.count < limit { problems.append(problem) }
  }
}
