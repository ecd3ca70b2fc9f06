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
  /// The copy is one self-contained file (rollback journal, not WAL), created owner-only (0600).
  /// - Parameter path: the copy's file. Its folder must exist.
  /// - Parameter overwrite: replace an existing file; without it an existing file is an error.
  /// - Throws: ``StoreError/backupTargetExists(path:)`` when `path` exists and `overwrite` is false;
  ///   ``StoreError/sameFileAsDatabase(path:)`` when it is the database itself;
  ///   ``StoreError/isAFolder(path:)`` for a folder; another ``StoreError`` when it cannot be written.
  public func backup(to path: String, overwrite: Bool = false) throws {
    if Self.sameFile(path, self.path) { throw StoreError.sameFileAsDatabase(path: path) }
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw StoreError.isAFolder(path: path) }
    if access(path, F_OK) == 0 {
      guard overwrite else { throw StoreError.backupTargetExists(path: path) }
      if unlink(path) != 0 { throw StoreError.fileSystem(path: path, errno: .current) }
      unlink(path + "-wal")
      unlink(path + "-shm")
      unlink(path + "-journal")
    }
    try Self.checkFile(at: path)
    try serialized { try Self.copy(from: connection, toPath: path) }
  }

  /// Replaces the database at `databasePath` with the healthy recovery database at `backupPath`,
  /// after keeping the current file beside it as `<database>.before-restore-<timestamp>`.
  ///
  /// The backup is checked first (SQLite header, recovery schema of a version this build can read,
  /// `PRAGMA integrity_check`); a bad backup changes nothing. A current database that cannot be read
  /// (damaged or truncated) is moved aside as it is, so it too is kept.
  /// - Returns: the path of the kept copy, or nil when there was no database to keep.
  @discardableResult
  public static func restore(
    from backupPath: String, into databasePath: String, busyTimeoutSeconds: Int = 10
  )
    throws -> String?
  {
    if sameFile(backupPath, databasePath) { throw StoreError.sameFileAsDatabase(path: backupPath) }
    let source = try verifiedReadOnly(path: backupPath)
    var info = stat()
    guard stat(databasePath, &info) == 0, info.st_size > 0 else {
      try checkFile(at: databasePath)
      try copy(from: source, toPath: databasePath)
      _ = try RecoveryStore(path: databasePath, busyTimeoutSeconds: busyTimeoutSeconds)
      return nil
    }
    let kept = try reserveKeptPath(for: databasePath)
    var current: Connection? = try? Connection(path: databasePath, create: false)
    do {
      guard let live = current else { throw StoreError.damaged(path: databasePath) }
      live.setBusyTimeout(milliseconds: Int32(busyTimeoutSeconds * 1000))
      try copy(from: live, toPath: kept)
    } catch {
      // Unreadable: keep the file itself, moved aside with its journal files.
      current = nil
      unlink(kept)
      for suffix in ["", "-wal", "-shm", "-journal"] where access(databasePath + suffix, F_OK) == 0 {
        guard rename(databasePath + suffix, kept + suffix) == 0 else {
          throw StoreError.fileSystem(path: databasePath, errno: .current)
        }
      }
    }
    if let live = current {
      try copy(from: source, to: live)
    } else {
      try checkFile(at: databasePath)
      try copy(from: source, toPath: databasePath)
    }
    // The restored file may be of an older schema: bring it up to date.
    _ = try RecoveryStore(path: databasePath, busyTimeoutSeconds: busyTimeoutSeconds)
    return kept
  }

  /// Replaces this store's database with the backup at `path`; see
  /// ``restore(from:into:busyTimeoutSeconds:)``. This store keeps working and sees the restored entries.
  /// - Returns: the path of the kept copy of the database as it was.
  @discardableResult
  public func restore(from path: String) throws -> String? {
    try Self.restore(from: path, into: self.path, busyTimeoutSeconds: busyTimeoutSeconds)
  }

  /// Creates (0600, exclusively) a new file name beside `path` for the database being replaced, so two
  /// restores in the same second never share one.
  static func reserveKeptPath(for path: String) throws -> String {
    let base = path + ".before-restore-" + fileTimestamp()
    for attempt in 0..<1000 {
      let candidate = attempt == 0 ? base : base + "-\(attempt)"
      let descriptor = open(candidate, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
      if descriptor >= 0 {
        close(descriptor)
        return candidate
      }
      guard errno == EEXIST else { throw StoreError.fileSystem(path: candidate, errno: .current) }
    }
    throw StoreError.noFreeNameForKeptCopy(path: path)
  }

  /// Whether two paths name the same existing file.
  static func sameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }

  /// Copies every page of `source` into the file at `path` (created 0600 by the caller) in one step,
  /// leaving one self-contained file.
  static func copy(from source: Connection, toPath path: String) throws {
    let destination: Connection
    do {
      destination = try Connection(path: path, create: true)
    } catch let error as SQLiteError {
      throw storeError(for: error, path: path, busyTimeoutSeconds: 10)
    }
    try copy(from: source, to: destination)
    _ = try destination.scalarText("PRAGMA journal_mode = DELETE")
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

  /// Opens `path` read-only after checking it is a healthy recovery database this build can read.
  static func verifiedReadOnly(path: String) throws -> Connection {
    guard access(path, R_OK) == 0 else { throw StoreError.fileSystem(path: path, errno: .current) }
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
      _ = try schemaVersion(of: connection, path: path, allowingEmpty: false)
      let integrity = try connection.cached("PRAGMA integrity_check").rows { $0.text(0) }
      guard integrity == ["ok"] else { throw StoreError.notADatabase(path: path) }
    } catch let error as SQLiteError where error.isNotADatabase {
      throw StoreError.notADatabase(path: path)
    }
    return connection
  }

  /// `20241125-081503`, for file names.
  static func fileTimestamp() -> String {
    localTime("%Y%m%d-%H%M%S")
  }
}
