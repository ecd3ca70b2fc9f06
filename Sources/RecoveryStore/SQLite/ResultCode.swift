// swift-format-ignore-file: AlwaysUseLowerCamelCase
// The constants keep SQLite's own names, so they read as in SQLite's documentation.

internal import CSQLite

/// An SQLite result code: a primary code in the low byte, possibly extended with detail above it.
///
/// Compare with the named constants, which keep SQLite's spelling. In a `switch`, a primary code also
/// matches every extended code built on it, so `case .SQLITE_BUSY` catches `SQLITE_BUSY_SNAPSHOT` too:
///
/// ```swift
/// switch error.extendedResultCode {
/// case .SQLITE_CONSTRAINT_CHECK: ...  // this extended code only
/// case .SQLITE_CONSTRAINT: ...        // any other constraint failure
/// default: ...
/// }
/// ```
///
/// See https://www.sqlite.org/rescode.html.
public struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The code as SQLite returns it.
  public let rawValue: Int32

  /// Creates a result code from SQLite's number.
  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// The primary result code (the low byte): `SQLITE_CONSTRAINT` for `SQLITE_CONSTRAINT_CHECK`.
  public var primaryResultCode: ResultCode {
    ResultCode(rawValue: rawValue & 0xFF)
  }

  /// Whether this is a primary code rather than an extended one.
  public var isPrimary: Bool { rawValue == rawValue & 0xFF }

  /// The number and SQLite's English name for it: `19 (constraint failed)`.
  public var description: String {
    "\(rawValue) (\(String(cString: sqlite3_errstr(rawValue))))"
  }

  /// Matches an extended code against a primary pattern by its primary code, and any other pair
  /// exactly.
  public static func ~= (pattern: ResultCode, code: ResultCode) -> Bool {
    pattern.isPrimary ? pattern == code.primaryResultCode : pattern == code
  }

  // Primary result codes.
  /// Success.
  public static let SQLITE_OK = ResultCode(rawValue: 0)
  /// A generic error, such as an SQL syntax error.
  public static let SQLITE_ERROR = ResultCode(rawValue: 1)
  /// An internal malfunction of SQLite.
  public static let SQLITE_INTERNAL = ResultCode(rawValue: 2)
  /// The requested access mode could not be provided.
  public static let SQLITE_PERM = ResultCode(rawValue: 3)
  /// An operation was aborted, for example by a rollback.
  public static let SQLITE_ABORT = ResultCode(rawValue: 4)
  /// Another connection holds a lock on the database file.
  public static let SQLITE_BUSY = ResultCode(rawValue: 5)
  /// A conflict within the same connection or shared cache.
  public static let SQLITE_LOCKED = ResultCode(rawValue: 6)
  /// A memory allocation failed.
  public static let SQLITE_NOMEM = ResultCode(rawValue: 7)
  /// A write to a database that cannot be written.
  public static let SQLITE_READONLY = ResultCode(rawValue: 8)
  /// An operation was interrupted.
  public static let SQLITE_INTERRUPT = ResultCode(rawValue: 9)
  /// The operating system reported an I/O error.
  public static let SQLITE_IOERR = ResultCode(rawValue: 10)
  /// The database file is damaged.
  public static let SQLITE_CORRUPT = ResultCode(rawValue: 11)
  /// An unknown operation code (file control).
  public static let SQLITE_NOTFOUND = ResultCode(rawValue: 12)
  /// The disk, or the database at its size limit, is full.
  public static let SQLITE_FULL = ResultCode(rawValue: 13)
  /// A file (the database or a journal) could not be opened.
  public static let SQLITE_CANTOPEN = ResultCode(rawValue: 14)
  /// A problem with the file-locking protocol.
  public static let SQLITE_PROTOCOL = ResultCode(rawValue: 15)
  /// Not used by SQLite.
  public static let SQLITE_EMPTY = ResultCode(rawValue: 16)
  /// The schema changed under a prepared statement.
  public static let SQLITE_SCHEMA = ResultCode(rawValue: 17)
  /// A string or blob exceeds the size limit.
  public static let SQLITE_TOOBIG = ResultCode(rawValue: 18)
  /// A constraint was violated.
  public static let SQLITE_CONSTRAINT = ResultCode(rawValue: 19)
  /// A datatype mismatch.
  public static let SQLITE_MISMATCH = ResultCode(rawValue: 20)
  /// The SQLite interface was used incorrectly.
  public static let SQLITE_MISUSE = ResultCode(rawValue: 21)
  /// Large files are not supported.
  public static let SQLITE_NOLFS = ResultCode(rawValue: 22)
  /// An authorizer refused the SQL.
  public static let SQLITE_AUTH = ResultCode(rawValue: 23)
  /// Not used by SQLite.
  public static let SQLITE_FORMAT = ResultCode(rawValue: 24)
  /// A parameter index out of range.
  public static let SQLITE_RANGE = ResultCode(rawValue: 25)
  /// The file is not a database.
  public static let SQLITE_NOTADB = ResultCode(rawValue: 26)
  /// An unusual operation (logged only).
  public static let SQLITE_NOTICE = ResultCode(rawValue: 27)
  /// A warning (logged only).
  public static let SQLITE_WARNING = ResultCode(rawValue: 28)
  /// A step produced a row.
  public static let SQLITE_ROW = ResultCode(rawValue: 100)
  /// A statement finished.
  public static let SQLITE_DONE = ResultCode(rawValue: 101)

  // Extended result codes the store meets.
  /// A WAL read snapshot is out of date for a write.
  public static let SQLITE_BUSY_SNAPSHOT = ResultCode(rawValue: 5 | (2 << 8))
  /// A blocking lock timed out.
  public static let SQLITE_BUSY_TIMEOUT = ResultCode(rawValue: 5 | (3 << 8))
  /// The database file was moved or unlinked while open.
  public static let SQLITE_READONLY_DBMOVED = ResultCode(rawValue: 8 | (4 << 8))
  /// An I/O error while reading.
  public static let SQLITE_IOERR_READ = ResultCode(rawValue: 10 | (1 << 8))
  /// A read returned fewer bytes than asked for.
  public static let SQLITE_IOERR_SHORT_READ = ResultCode(rawValue: 10 | (2 << 8))
  /// An I/O error while writing.
  public static let SQLITE_IOERR_WRITE = ResultCode(rawValue: 10 | (3 << 8))
  /// An I/O error while flushing to storage.
  public static let SQLITE_IOERR_FSYNC = ResultCode(rawValue: 10 | (4 << 8))
  /// The path is a folder.
  public static let SQLITE_CANTOPEN_ISDIR = ResultCode(rawValue: 14 | (2 << 8))
  /// A CHECK constraint failed.
  public static let SQLITE_CONSTRAINT_CHECK = ResultCode(rawValue: 19 | (1 << 8))
  /// A foreign key constraint failed.
  public static let SQLITE_CONSTRAINT_FOREIGNKEY = ResultCode(rawValue: 19 | (3 << 8))
  /// A NOT NULL constraint failed.
  public static let SQLITE_CONSTRAINT_NOTNULL = ResultCode(rawValue: 19 | (5 << 8))
  /// A PRIMARY KEY constraint failed.
  public static let SQLITE_CONSTRAINT_PRIMARYKEY = ResultCode(rawValue: 19 | (6 << 8))
  /// A trigger raised an error.
  public static let SQLITE_CONSTRAINT_TRIGGER = ResultCode(rawValue: 19 | (7 << 8))
  /// A UNIQUE constraint failed.
  public static let SQLITE_CONSTRAINT_UNIQUE = ResultCode(rawValue: 19 | (8 << 8))
}
