internal import CSQLite

/// An open SQLite connection; closed when released.
///
/// Every result code goes through ``check(_:sql:)`` or ``error(code:sql:)``, so a failure always
/// becomes a ``SQLiteError`` carrying SQLite's message and the SQL, never the bound values.
final class Connection {
  let handle: OpaquePointer
  let path: String
  private var cache: [String: Statement] = [:]

  /// Sets SQLite up for this process before it starts, once: no memory statistics, which the store
  /// never reads and which take and release a global mutex around each of SQLite's allocations. Has
  /// no effect when something else in the process started SQLite first.
  /// See https://sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus.
  private static let configured: Void = {
    _ = recovery_sqlite_config_no_memory_statistics()
  }()

  /// Opens (and with `create`, creates) the database file at `path`.
  init(path: String, create: Bool, readOnly: Bool = false) throws {
    _ = Self.configured
    var db: OpaquePointer?
    var flags =
      (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX
    if create { flags |= SQLITE_OPEN_CREATE }
    let code = sqlite3_open_v2(path, &db, flags, nil)
    guard code == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
      sqlite3_close_v2(db)
      throw SQLiteError(extendedResultCode: ResultCode(rawValue: code), message: message)
    }
    self.handle = db
    self.path = path
    sqlite3_extended_result_codes(db, 1)
  }

  deinit {
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  /// The error for a failed call, with SQLite's current message.
  func error(code: Int32, sql: String?) -> SQLiteError {
    let extended = sqlite3_extended_errcode(handle)
    let message = String(cString: sqlite3_errmsg(handle))
    return SQLiteError(
      extendedResultCode: ResultCode(rawValue: extended != 0 ? extended : code), message: message, sql: sql)
  }

  /// Runs one or more statements that take no parameters.
  func execute(_ sql: String) throws {
    let code = sqlite3_exec(handle, sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw error(code: code, sql: sql) }
  }

  /// A prepared statement for `sql`, kept for reuse by this connection.
  func cached(_ sql: String) throws -> Statement {
    if let statement = cache[sql] { return statement }
    let statement = try Statement(connection: self, sql: sql)
    cache[sql] = statement
    return statement
  }

  /// Runs `sql` and returns the first column of the first row as an integer, or nil.
  func scalarInt(_ sql: String, _ values: [SQLValue?] = []) throws -> Int? {
    let statement = try cached(sql)
    return try statement.rows(values) { $0.optionalInt(0) }.first ?? nil
  }

  /// Runs `sql` and returns the first column of the first row as text, or nil.
  func scalarText(_ sql: String, _ values: [SQLValue?] = []) throws -> String? {
    let statement = try cached(sql)
    return try statement.rows(values) { $0.optionalText(0) }.first ?? nil
  }

  /// Waits up to `milliseconds` for other connections' locks before failing with SQLITE_BUSY.
  func setBusyTimeout(milliseconds: Int32) {
    sqlite3_busy_timeout(handle, milliseconds)
  }

  /// Rows changed by the last statement.
  var changes: Int { Int(sqlite3_changes64(handle)) }

  /// Whether the connection is outside any transaction.
  var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

  /// Runs `body` in a write transaction, taking the write lock at the start (`BEGIN IMMEDIATE`) so
  /// concurrent writers queue on the busy timeout instead of failing part-way.
  /// Rolls back when `body` throws. See https://www.sqlite.org/lang_transaction.html.
  func writeTransaction<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let value = try body()
      try execute("COMMIT")
      return value
    } catch {
      if !isAutocommit { try? execute("ROLLBACK") }
      throw error
    }
  }

  /// Runs `body` in a read transaction so that several queries see one snapshot.
  /// Inside a transaction already, it simply runs `body` there.
  func readTransaction<T>(_ body: () throws -> T) throws -> T {
    guard isAutocommit else { return try body() }
    try execute("BEGIN DEFERRED")
    defer { if !isAutocommit { try? execute("COMMIT") } }
    return try body()
  }
}
