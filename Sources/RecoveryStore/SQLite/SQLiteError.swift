internal import CSQLite

/// A failure reported by SQLite: its result code, its message, and the SQL that was running.
///
/// Bound values never appear in the description: they may be health data.
/// Printed like `SQLite error 19: CHECK constraint failed: score - while executing INSERT INTO pain ...`.
/// See https://www.sqlite.org/rescode.html for the codes.
public struct SQLiteError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The extended result code.
  public let code: Int32
  /// SQLite's own message.
  public let message: String
  /// The statement that failed, if any.
  public let sql: String?

  /// The primary result code (the low byte of the extended code).
  public var primaryCode: Int32 { code & 0xFF }

  /// Whether another connection held the lock for longer than the busy timeout.
  public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

  /// Whether the file is not a database, or is damaged.
  public var isNotADatabase: Bool { primaryCode == SQLITE_NOTADB || primaryCode == SQLITE_CORRUPT }

  /// Creates an error value.
  public init(code: Int32, message: String, sql: String? = nil) {
    self.code = code
    self.message = message
    self.sql = sql
  }

  public var description: String {
    var text = "SQLite error \(primaryCode): \(message)"
    if let sql { text += " - while executing \(sql.split(separator: "\n").joined(separator: " "))" }
    return text
  }
}
