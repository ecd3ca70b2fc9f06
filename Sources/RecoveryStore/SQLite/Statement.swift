internal import CSQLite

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A prepared statement; finalized when released.
///
/// Text bound with `bind` is copied into the statement's own buffer, where SQLite reads it until
/// the next set of parameters is bound, so the Swift strings may go away right after.
final class Statement {
  let handle: OpaquePointer
  let sql: String
  unowned let connection: Connection
  /// How many parameters the SQL has.
  let parameterCount: Int

  init(connection: Connection, sql: String) throws {
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v3(connection.handle, sql, -1, 0, &statement, nil)
    guard code == SQLITE_OK, let statement else {
      throw connection.error(code: code, sql: sql)
    }
    self.handle = statement
    self.sql = sql
    self.parameterCount = Int(sqlite3_bind_parameter_count(statement))
    self.connection = connection
  }

  /// The buffers holding the text bound since ``startBinding()``, which SQLite reads in place (bound
  /// as static) until the next: copying text here costs less than SQLite allocating a copy of each
  /// value. A buffer never moves while text in it is bound; more are added when one is full.
  private var textBuffers: [UnsafeMutableRawBufferPointer] = []
  /// The buffer that text is written to now, and the bytes of it already used.
  private var textBuffer = 0
  private var textUsed = 0

  deinit {
    sqlite3_finalize(handle)
    for buffer in textBuffers { buffer.deallocate() }
  }

  /// Binds parameters 1...n in order; nil binds NULL, and so do parameters past the values.
  ///
  /// Throws, binding nothing, while the statement is running (between a step and its reset): SQLite
  /// may still read the text bound before. On a failure no parameter is left bound.
  func bind(_ values: [SQLValue?]) throws {
    try startBinding()
    // Bindings outlive a reset: clear them only when some would not be bound again.
    if values.count < parameterCount { sqlite3_clear_bindings(handle) }
    do {
      for index in values.indices { try bind(values[index], at: Int32(index + 1)) }
    } catch {
      sqlite3_clear_bindings(handle)
      throw error
    }
  }

  /// Starts binding a new set of parameters with the `bind` methods that take a position: the text
  /// bound since the last start may be overwritten from here on, so every parameter whose text came
  /// from it must be bound again before the statement runs.
  ///
  /// Throws while the statement is running (between a step and its reset): SQLite may still read the
  /// text bound before.
  func startBinding() throws {
    guard sqlite3_stmt_busy(handle) == 0 else { throw connection.error(code: SQLITE_MISUSE, sql: sql) }
    if textBuffers.count > 1 {
      // One buffer as large as all of them takes their place, so the next set fits in one.
      sqlite3_clear_bindings(handle)
      let total = textBuffers.reduce(0) { $0 + $1.count }
      for buffer in textBuffers { buffer.deallocate() }
      textBuffers = [.allocate(byteCount: total, alignment: 1)]
    }
    textBuffer = 0
    textUsed = 0
  }

  /// Room for `count` bytes of text that stays in place until the next ``startBinding()``.
  private func textSpace(_ count: Int) -> UnsafeMutablePointer<UInt8> {
    if textBuffer < textBuffers.count, textBuffers[textBuffer].count - textUsed >= count {
      defer { textUsed += count }
      return (textBuffers[textBuffer].baseAddress! + textUsed).assumingMemoryBound(to: UInt8.self)
    }
    let size = max(count, 2 * (textBuffers.last?.count ?? 128))
    textBuffers.append(.allocate(byteCount: size, alignment: 1))
    textBuffer = textBuffers.count - 1
    textUsed = count
    return textBuffers[textBuffer].baseAddress!.assumingMemoryBound(to: UInt8.self)
  }

  /// Binds the parameter at `index` (from 1): nil binds NULL.
  func bind(_ value: SQLValue?, at index: Int32) throws {
    switch value {
    case nil: try bindNull(at: index)
    case .integer(let number): try bind(number, at: index)
    case .real(let number): try bind(number, at: index)
    case .text(let text): try bind(text, at: index)
    case .uid(let uid): try bind(uid, at: index)
    }
  }

  /// Binds NULL to the parameter at `index` (from 1).
  func bindNull(at index: Int32) throws {
    try check(sqlite3_bind_null(handle, index))
  }

  /// Binds an integer to the parameter at `index` (from 1).
  func bind(_ number: Int, at index: Int32) throws {
    try check(sqlite3_bind_int64(handle, index, Int64(number)))
  }

  /// Binds a real number to the parameter at `index` (from 1).
  func bind(_ number: Double, at index: Int32) throws {
    try check(sqlite3_bind_double(handle, index, number))
  }

  /// Binds text to the parameter at `index` (from 1), copied into the statement's buffer.
  func bind(_ text: String, at index: Int32) throws {
    var text = text
    try text.withUTF8 { bytes in
      try bindText(byteCount: bytes.count, at: index) { start in
        if let base = bytes.baseAddress { start.update(from: base, count: bytes.count) }
      }
    }
  }

  /// Binds a uid as its lowercase text to the parameter at `index` (from 1), without making a
  /// `String`.
  func bind(_ uid: UUID, at index: Int32) throws {
    try bindText(byteCount: UUID.textLength, at: index) { uid.writeLowercased(to: $0) }
  }

  /// Binds to the parameter at `index` (from 1) the `byteCount` bytes of UTF-8 text that `write`
  /// writes at the pointer it is given, in the statement's buffer.
  func bindText(
    byteCount: Int, at index: Int32, _ write: (UnsafeMutablePointer<UInt8>) -> Void
  ) throws {
    let start = textSpace(byteCount)
    write(start)
    try start.withMemoryRebound(to: CChar.self, capacity: byteCount) {
      try check(sqlite3_bind_text(handle, index, $0, Int32(byteCount), nil))
    }
  }

  /// Throws the connection's error for a result code other than SQLITE_OK.
  private func check(_ code: Int32) throws {
    guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
  }

  /// Runs one step; true when a row is available.
  @discardableResult
  func step() throws -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw connection.error(code: code, sql: sql)
    }
  }

  /// Resets the statement so it can run again; ``bind(_:)`` replaces or clears the bindings.
  func reset() {
    sqlite3_reset(handle)
  }

  /// Runs the statement to completion with the given bindings, ignoring rows.
  func run(_ values: [SQLValue?] = []) throws {
    try bind(values)
    try runBound()
  }

  /// Runs the statement to completion with the parameters bound since ``startBinding()``, ignoring
  /// rows.
  func runBound() throws {
    defer { reset() }
    while try step() {}
  }

  /// Runs a query and maps every row.
  func rows<T>(_ values: [SQLValue?] = [], _ map: (Row) throws -> T) throws -> [T] {
    defer { reset() }
    try bind(values)
    var result: [T] = []
    let row = Row(statement: self)
    while try step() {
      result.append(try map(row))
    }
    return result
  }
}

/// A value to bind to a statement parameter.
enum SQLValue {
  case integer(Int)
  case real(Double)
  case text(String)
  /// A uid, bound as its lowercase text without making a `String`.
  case uid(UUID)
}

/// The current row of a running statement, read by column index.
struct Row {
  let statement: Statement

  func isNull(_ column: Int32) -> Bool {
    sqlite3_column_type(statement.handle, column) == SQLITE_NULL
  }

  func int(_ column: Int32) -> Int {
    Int(sqlite3_column_int64(statement.handle, column))
  }

  func optionalInt(_ column: Int32) -> Int? {
    isNull(column) ? nil : int(column)
  }

  func double(_ column: Int32) -> Double {
    sqlite3_column_double(statement.handle, column)
  }

  func text(_ column: Int32) -> String {
    guard let bytes = sqlite3_column_text(statement.handle, column) else { return "" }
    let count = Int(sqlite3_column_bytes(statement.handle, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  func optionalText(_ column: Int32) -> String? {
    isNull(column) ? nil : text(column)
  }

  /// The column's text as SQLite holds it (UTF-8, valid until the next step), nil for NULL; reading
  /// it makes no `String`.
  func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
    guard let bytes = sqlite3_column_text(statement.handle, column) else { return nil }
    return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement.handle, column)))
  }
}
