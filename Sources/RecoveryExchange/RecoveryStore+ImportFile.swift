import RecoveryModel
import RecoveryStore

extension RecoveryStore {
  /// Imports a CSV or JSON file, all of its entries or none, in one transaction, reading it a row at
  /// a time.
  ///
  /// Entries are matched by uid, and a row without one gets a derived uid
  /// (`DerivedUIDBuilder`), so importing the same file twice adds nothing; the store's
  /// `importEntries(_:uids:...)` says what happens to entries already in the database.
  ///
  /// ```swift
  /// let store = try RecoveryStore(path: "diary.sqlite")
  /// let report = try store.importFile(at: "pain.csv", format: .csv)
  /// if !report.summary.committed { print(report.problems) }
  /// ```
  ///
  /// - Returns: the counts and the problems; nothing is written when there is any problem.
  /// - Throws: ``ExchangeError`` when the file cannot be opened; `StoreError` or `SQLiteError`
  ///   when the database fails.
  public func importFile(
    at path: String, format: ImportFormat, options: ImportOptions = ImportOptions()
  ) throws -> ImportReport {
    let input = try InputBytes(path: path)
    switch format {
    case .csv:
      let reader = CSVImportReader(input: input, dateOrder: options.dateOrder) {
        try InputBytes(path: path)
      }
      var report = try importEntries(read: CheckedImportItems(reader, input: input), options: options)
      report.skippedRows = reader.skippedRows.value
      return report
    case .json:
      return try importEntries(
        read: CheckedImportItems(JSONImportReader(input: input), input: input), options: options)
    }
  }

  /// Imports a file that `reader` reads, as ``importFile(at:format:options:)`` imports its own
  /// formats: for a format of another module, such as RecoveryFHIR's bundles. A failure to read the
  /// file part way is a problem of the import, as it is for CSV and JSON.
  public func importFile<Reader: IteratorProtocol<ReadItem>>(
    at path: String, options: ImportOptions = ImportOptions(), reader: (InputBytes) -> Reader
  ) throws -> ImportReport {
    let input = try InputBytes(path: path)
    return try importEntries(read: CheckedImportItems(reader(input), input: input), options: options)
  }

  /// Imports the entries a reader read (``CSVImportReader``, ``JSONImportReader``, or any other),
  /// all of them or none, in one transaction; the reader's problems and the store's refusals are
  /// reported together, in file order.
  public func importEntries(
    read items: some Sequence<ReadItem>, options: ImportOptions = ImportOptions()
  ) throws -> ImportReport {
    let log = ProblemLog(limit: options.problemLimit)
    let summary = try importEntries(
      LoggedItems(items: items.makeIterator(), log: log), uids: DerivedUIDBuilder(),
      patient: options.patient, fallbackPatient: options.fallbackPatient, update: options.update,
      dryRun: options.dryRun, today: options.today, refusingCloseNames: options.refusingCloseNames
    ) { refusal in
      log.record(ImportProblem(line: refusal.line, .refused(refusal.reason)))
    }
    return ImportReport(summary: summary, problems: log.problems)
  }
}

/// The problems of an import, in the order found, up to a limit.
final class ProblemLog {
  let limit: Int
  private(set) var problems: [ImportProblem] = []

  init(limit: Int) {
    self.limit = limit
  }

  func record(_ problem: ImportProblem) {
    if problems.count < limit { problems.append(problem) }
  }
}

/// A reader's items as the store takes them, its problems noted in the log as they go by.
struct LoggedItems<Items: IteratorProtocol<ReadItem>>: IteratorProtocol, Sequence {
  var items: Items
  let log: ProblemLog

  mutating func next() -> ImportItem? {
    switch items.next() {
    case nil: return nil
    case .entry(let entry, let line)?: return .entry(entry, line: line)
    case .unreadRow(let line)?: return .unreadRow(line: line)
    case .problem(let problem)?:
      log.record(problem)
      return problem.kind.isAboutTheFile ? .refusedFile : .refusedRow(line: problem.line)
    }
  }
}

extension DerivedUIDBuilder: ImportUIDRule {}
