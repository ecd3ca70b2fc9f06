/// A failure reported by SQLite: its result code, its message, and the SQL that was running.
///
/// Bound values never appear in the description: they may be health data.
/// Printed like `SQLite error 19: CHECK constraint failed: score - while executing INSERT INTO pain ...`.
/// Match on ``extendedResultCode`` (or ``resultCode``) with ``ResultCode``'s named constants:
///
/// ```swift
/// catch let error as SQLiteError where error.resultCode == .SQLITE_CONSTRAINT { ... }
/// ```
public struct SQLiteError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The extended result code, as precise as SQLite reported it (`SQLITE_CONSTRAINT_CHECK`).
  public let extendedResultCode: ResultCode
  /// SQLite's own message.
  public let message: String
  /// The statement that failed, if any.
  public let sql: String?

  /// The primary result code (`SQLITE_CONSTRAINT` for `SQLITE_CONSTRAINT_CHECK`).
  public var resultCode: ResultCode { extendedResultCode.primaryResultCode }

  init(extendedResultCode: ResultCode, message: String, sql: String? = nil) {
    self.extendedResultCode = extendedResultCode
    self.message = message
    self.sql = sql
  }

  /// Whether another connection held the lock for longer than the busy timeout.
  var isBusy: Bool { resultCode == .SQLITE_BUSY || resultCode == .SQLITE_LOCKED }

  /// Whether the file is not a database, or is damaged.
  var isNotADatabase: Bool { resultCode == .SQLITE_NOTADB || resultCode == .SQLITE_CORRUPT }

  public var description: String {
    var text = "SQLite error \(resultCode.rawValue): \(message)"
    if let sql { text += " - while executing \(sql.split(separator: "\n").joined(separator: " "))" }
    return text
  }
}
