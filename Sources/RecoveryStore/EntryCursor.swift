import RecoveryModel

/// One entry type's matching rows, read one at a time from a running statement, so that a long diary
/// is never held in memory at once.
///
/// The statement is its own, not the connection's cached one: the code a visit calls back into may
/// run the same query through the cache without disturbing this one.
final class EntryCursor {
  let type: EntryType
  private let statement: Statement
  /// The row the cursor is on, read; nil once the rows are exhausted.
  private(set) var current: (entry: DiaryEntry, removed: Bool)?

  /// Starts `query`'s SELECT of `type` for the patient, positioned on its first row.
  init(_ type: EntryType, patientID: Int, query: EntryQuery, connection: Connection) throws {
    self.type = type
    let (sql, values) = query.select(type, patientID: patientID, extraColumns: ["removed"])
    statement = try Statement(connection: connection, sql: sql)
    try statement.bind(values)
    try advance()
  }

  /// Moves to the next row.
  func advance() throws {
    guard try statement.step() else {
      current = nil
      return
    }
    let row = Row(statement: statement)
    current = (try DiaryEntry(type: type, row: row), row.int(Int32(type.sqlColumns.count)) != 0)
  }
}
