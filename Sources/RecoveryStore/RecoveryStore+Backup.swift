internal import CSQLite
import RecoveryModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension RecoveryStore {
  /// Writes a consistent copy of the database to `path` through SQLite's online backup API, which is
  /// correct even while other processes write (https://www.sqlite.org/backup.html).
  ///
  /// The copy is created owner-only (0600).
  /// - Parameter overwrite: replace an existing file; without it an existing file is an error.
  /// - Throws: ``StoreError/cannotOpen(path:reason:)`` when `path` exists (and `overwrite` is false)
  ///   or cannot be written.
  public func backup(to path: String, overwrite: Bool = false) throws {
    if access(path, F_OK) == 0 {
      guard overwrite else {
        throw StoreError.cannotOpen(path: path, reason: "the file exists already; pass --force to replace it")
      }
      if unlink(path) != 0 {
        throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
      }
      unlink(path + "-wal")
      unlink(path + "-shm")
    }
    try Self.checkFile(at: path)
    try Self.copy(from: connection, toPath: path)
  }

  /// Copies every page of `source` into the file at `path` (created 0600 by the caller) in one step.
  static func copy(from source: Connection, toPath path: String) throws {
    let destination: Connection
    do {
      destination = try Connection(path: path, create: true)
    } catch let error as SQLiteError {
      throw StoreError.cannotOpen(path: path, reason: error.message)
    }
    try copy(from: source, to: destination)
  }

  static func copy(from source: Connection, to destination: Connection) throws {
    destination.setBusyTimeout(milliseconds: 10_000)
    guard let backup = sqlite3_backup_init(destination.handle, "main", source.handle, "main") else {
      throw destination.error(code: sqlite3_errcode(destination.handle), sql: nil)
    }
    var code: Int32
    repeat {
      // -1 copies every page in one step, under one read lock: the copy is one consistent snapshot.
      code = sqlite3_backup_step(backup, -1)
      if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(50) }
    } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
    let finish = sqlite3_backup_finish(backup)
    guard code == SQLITE_DONE, finish == SQLITE_OK else {
      throw destination.error(code: code == SQLITE_DONE ? finish : code, sql: nil)
    }
  }

  /// Replaces this database's contents with those of the healthy recovery database at `path`, after
  /// keeping a copy of the current contents beside it as `<database>.before-restore-<timestamp>`.
  ///
  /// `path` is checked first (SQLite header, recovery schema of a version this build can read,
  /// `PRAGMA integrity_check`); a bad file changes nothing.
  /// - Returns: the path of the kept copy.
  @discardableResult
  public func restore(from path: String) throws -> String {
    let source = try RecoveryStore.verifiedReadOnly(path: path)
    let kept = self.path + ".before-restore-" + Self.fileTimestamp()
    try Self.checkFile(at: kept)
    try Self.copy(from: connection, toPath: kept)
    try translatingErrors {
      try Self.copy(from: source, to: connection)
    }
    // The restored file may be of an older schema: bring it up to date.
    _ = try RecoveryStore(path: self.path, busyTimeoutSeconds: busyTimeoutSeconds)
    return kept
  }

  /// Opens `path` read-only after checking it is a healthy recovery database this build can read.
  static func verifiedReadOnly(path: String) throws -> Connection {
    guard access(path, R_OK) == 0 else {
      throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    var info = stat()
    guard stat(path, &info) == 0, info.st_size > 0 else { throw StoreError.notADatabase(path: path) }
    try checkFile(at: path)
    let connection: Connection
    do {
      connection = try Connection(path: path, create: false, readOnly: true)
    } catch {
      throw StoreError.notADatabase(path: path)
    }
    do {
      let applicationID = try connection.scalarInt("PRAGMA application_id") ?? 0
      let version = try connection.scalarInt("PRAGMA user_version") ?? 0
      guard applicationID == Migrations.applicationID else {
        throw StoreError.notARecoveryDatabase(path: path)
      }
      guard version <= Migrations.latestVersion else {
        throw StoreError.newerSchema(path: path, found: version, supported: Migrations.latestVersion)
      }
      let integrity = try connection.cached("PRAGMA integrity_check").rows { $0.text(0) }
      guard integrity == ["ok"] else { throw StoreError.notADatabase(path: path) }
    } catch let error as SQLiteError where error.isNotADatabase {
      throw StoreError.notADatabase(path: path)
    }
    return connection
  }

  /// `20241125-081503`, for file names.
  static func fileTimestamp() -> String {
    var now = time(nil)
    var local = tm()
    localtime_r(&now, &local)
    var buffer = [CChar](repeating: 0, count: 32)
    let count = strftime(&buffer, buffer.count, "%Y%m%d-%H%M%S", &local)
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
