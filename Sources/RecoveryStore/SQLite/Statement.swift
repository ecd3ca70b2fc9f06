internal import CSQLite

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A prepared statement; finalized when released.
///
/// Text bound with `bind` is copied into the statement's own buffer, where SQLite reads it until
/// the next bind, so the Swift strings may go away right after.
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

  /// The bytes of the text bound last, which SQLite reads in place (bound as static): copying them
  /// here once costs less than SQLite allocating a copy of each value.
  private var boundText = UnsafeMutableRawBufferPointer(start: nil, count: 0)

  deinit {
    sqlite3_finalize(handle)
    boundText.deallocate()
  }

  /// Binds parameters 1...n in order; nil binds NULL, and so do parameters past the values.
  ///
  /// Throws, binding nothing, while the statement is running (between a step and its reset): SQLite
  /// may still read the text bound before.
  func bind(_ values: [SQLValue?]) throws {
    guard sqlite3_stmt_busy(handle) == 0 else { throw connection.error(code: SQLITE_MISUSE, sql: sql) }
    // Bindings outlive a reset: clear them only when some would not be bound again.
    if values.count < parameterCount { sqlite3_clear_bindings(handle) }
    var textBytes = 0
    var hasText = false
    for value in values {
      switch value {
      case .text(let text)?: textBytes += text.utf8.count
      case .uid?: textBytes += UUID.textLength
      default: continue
      }
      hasText = true
    }
    guard hasText else {
      for index in values.indices { try bind(values[index], at: Int32(index + 1)) }
      return
    }
    // A larger buffer replaces the old one only once every value is bound to it; on a failure no
    // parameter is left bound to either.
    let buffer =
      textBytes <= boundText.count && boundText.baseAddress != nil
      ? boundText : .allocate(byteCount: max(textBytes, 256), alignment: 1)
    do {
      try bind(values, copyingTextTo: buffer.baseAddress!)
    } catch {
      sqlite3_clear_bindings(handle)
      if buffer.baseAddress != boundText.baseAddress { buffer.deallocate() }
      throw error
    }
    if buffer.baseAddress != boundText.baseAddress {
      boundText.deallocate()
      boundText = buffer
    }
  }

  /// Binds `values`, their text copied one after another from `buffer` on and bound in place.
  private func bind(_ values: [SQLValue?], copyingTextTo buffer: UnsafeMutableRawPointer) throws {
    var offset = 0
    for index in values.indices {
      let start = buffer + offset
      let length: Int
      switch values[index] {
      case .text(var text)?:
        length = text.withUTF8 { bytes in
          if let base = bytes.baseAddress { start.copyMemory(from: base, byteCount: bytes.count) }
          return bytes.count
        }
      case .uid(let uid)?:
        uid.writeLowercased(to: start.assumingMemoryBound(to: UInt8.self))
        length = UUID.textLength
      default:
        try bind(values[index], at: Int32(index + 1))
        continue
      }
      offset += length
      let code = sqlite3_bind_text(
        handle, Int32(index + 1), start.assumingMemoryBound(to: CChar.self), Int32(length), nil)
      guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }
  }

  func bind(_ value: SQLValue?, at index: Int32) throws {
    let code: Int32
    switch value {
    case nil:
      code = sqlite3_bind_null(handle, index)
    case .integer(let number):
      code = sqlite3_bind_int64(handle, index, Int64(number))
    case .real(let number):
      code = sqlite3_bind_double(handle, index, number)
    case .uid(let uid):
      try bind(.text(uid.lowercased), at: index)
      return
    case .text(var text):
      code = text.withUTF8 { bytes -> Int32 in
        guard let base = bytes.baseAddress else {
          return sqlite3_bind_text(handle, index, "", 0, recovery_sqlite_transient())
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          sqlite3_bind_text(handle, index, $0, Int32(bytes.count), recovery_sqlite_transient())
        }
      }
    }
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
    defer { reset() }
    try bind(values)
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
