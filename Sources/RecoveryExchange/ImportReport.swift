import RecoveryStore

/// What an import of a file did, or would do: the store's counts, the problems found in file order,
/// and the rows of empty cells skipped.
public struct ImportReport: Sendable, Equatable {
  /// The counts, and whether anything was written.
  public var summary: ImportSummary
  /// The first problems, of reading the file or refused by the store, in file order, up to
  /// ``ImportOptions/problemLimit``; `ImportSummary/problemCount` counts them all.
  public var problems: [ImportProblem]
  /// CSV rows of empty cells only, skipped.
  public var skippedRows: Int

  /// Creates a report.
  public init(summary: ImportSummary, problems: [ImportProblem], skippedRows: Int = 0) {
    self.summary = summary
    self.problems = problems
    self.skippedRows = skippedRows
  }
}
