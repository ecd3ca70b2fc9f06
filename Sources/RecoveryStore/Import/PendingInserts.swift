import RecoveryModel

/// Entries an import has taken but not yet written, all of one type, written together by one
/// multi-row INSERT once there are ``rowsPerStatement`` of them.
///
/// SQLite runs a statement's set-up and its end (the statement's own journal, its cursors) once per
/// statement; one statement per 64 rows pays them once for all 64. The session writes what is
/// pending before any query that could read it, so nothing it reads misses a row it has taken.
struct PendingInserts {
  /// How many rows one statement inserts: with at most 19 values a row, far below SQLite's limit on
  /// parameters.
  static let rowsPerStatement = 64

  private let connection: Connection
  /// The type of the pending rows; nil when none is pending.
  private var type: EntryType?
  /// The pending rows' values, row after row, in the order of `type.insertSQL`'s columns.
  private var values: [SQLValue?] = []
  private var rowCount = 0
  /// The multi-row INSERT of each type, prepared once.
  private var batchInserts: [EntryType: Statement] = [:]
  /// The one-row INSERT of each type, prepared once, for what is left at the end.
  private var singleInserts: [EntryType: Statement] = [:]

  init(connection: Connection) {
    self.connection = connection
  }

  /// Adds an entry with its number set, for the patient `patientID`; writes the pending rows when they
  /// fill a statement, or first when the entry is of another type.
  mutating func add(_ entry: DiaryEntry, patientID: Int, recordedAt: String) throws {
    if let type, type != entry.type { try write() }
    type = entry.type
    values += entry.sqlValues
    values.append(.integer(patientID))
    values.append(.text(recordedAt))
    rowCount += 1
    if rowCount == Self.rowsPerStatement { try write() }
  }

  /// Writes every pending row.
  mutating func write() throws {
    guard let type, rowCount > 0 else { return }
    defer {
      values.removeAll(keepingCapacity: true)
      rowCount = 0
      self.type = nil
    }
    if rowCount == Self.rowsPerStatement {
      try statement(type, rows: rowCount, in: &batchInserts).run(values)
      return
    }
    let single = try statement(type, rows: 1, in: &singleInserts)
    let width = values.count / rowCount
    for start in stride(from: 0, to: values.count, by: width) {
      try single.run(Array(values[start..<start + width]))
    }
  }

  /// The INSERT of `rows` rows of `type`, prepared on first use.
  private func statement(
    _ type: EntryType, rows: Int, in prepared: inout [EntryType: Statement]
  ) throws
    -> Statement
  {
    if let statement = prepared[type] { return statement }
    let statement = try Statement(connection: connection, sql: type.insertSQL(rows: rows))
    prepared[type] = statement
    return statement
  }
}
