import Dispatch
import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A patient diary kept in one SQLite file.
///
/// Opening a store checks the file before anything is written: a file that is not SQLite, an SQLite
/// database of another program, or a database written by a newer schema is refused and left untouched.
/// A new file is created owner-only (0600), in WAL mode with `synchronous=FULL`, so a committed entry
/// survives a crash of the process or of the machine, and with a busy timeout so that several
/// `recovery` processes wait for each other rather than fail.
///
/// ```swift
/// let store = try RecoveryStore(path: "/tmp/diary.sqlite")
/// let me = try store.defaultPatient()
/// let saved = try store.add(.pain(PainEntry(day: .today(), score: 6, location: .groin, side: .right)), for: me)
/// ```
///
/// One store can be shared by many tasks and threads: its calls run one at a time over its one
/// connection, as GRDB's `DatabaseQueue` serialises access, so each call sees and leaves a consistent
/// diary. A call waits while another is running. The store is not reentrant, as GRDB's queue is not:
/// closures given to the store (``edit(id:for:today:_:)``'s change, ``add(contentsOf:for:today:stored:)``'s
/// `stored`, ``forEachEntry(for:matching:_:)``'s body) run during the call and must not call the store
/// again; doing so stops the process with a message naming the mistake, rather than deadlocking.
/// ``readingOneSnapshot(_:)`` gives a closure the reads it may make. Async code calls the store
/// through ``perform(_:)``, which runs the call on the store's own thread, off Swift's cooperative
/// thread pool. Several processes (or stores) on one file wait for each other through SQLite's locks
/// and the busy timeout.
public final class RecoveryStore: @unchecked Sendable {
  /// The database file.
  public let path: String
  /// How long a writer waits for another process's lock before giving up.
  public let busyTimeoutSeconds: Int
  /// The store's connection: used only while holding `lock` (which is what makes the store Sendable).
  let connection: Connection
  /// Held for every use of `connection` and `checkedBeforeWriting`; see ``serialized(_:)``.
  let lock = StoreLock()
  /// Where ``perform(_:)`` runs its calls: a serial queue, so async callers wait in line there
  /// instead of blocking threads of the cooperative pool on the lock.
  let queue = DispatchQueue(label: "recovery.store")
  /// Whether `PRAGMA quick_check` has passed in this process, before its first write.
  private var checkedBeforeWriting = false
  /// Runs the checkpoints after ``checkpointInBackground(afterPages:)``; used with `lock` held.
  var checkpointer: BackgroundCheckpointer?

  /// The schema version this build writes and reads.
  public static var schemaVersion: Int { Migrations.latestVersion }

  /// Opens the database at `path`, creating it (owner-only) and its schema when missing.
  ///
  /// The first store opened in a process, when SQLite has not started yet, turns off SQLite's memory
  /// statistics for the process (`SQLITE_CONFIG_MEMSTATUS`): they cost every allocation a global
  /// mutex, and the store never reads them.
  ///
  /// - Parameters:
  ///   - path: the database file. Its folder must exist.
  ///   - busyTimeoutSeconds: how long to wait for another process's write lock.
  /// - Throws: ``StoreError`` when the file cannot be used; nothing in it is changed then.
  public init(path: String, busyTimeoutSeconds: Int = 10) throws {
    self.path = path
    self.busyTimeoutSeconds = busyTimeoutSeconds
    try Self.checkFile(at: path)
    do {
      connection = try Connection(path: path, create: true)
    } catch let error as SQLiteError {
      throw Self.storeError(for: error, path: path, busyTimeoutSeconds: busyTimeoutSeconds)
    }
    connection.setBusyTimeout(milliseconds: Int32(busyTimeoutSeconds * 1000))
    try translatingErrors {
      let version = try Self.schemaVersion(of: connection, path: path, allowingEmpty: true)
      try configure()
      if version < Migrations.latestVersion { try migrate() }
    }
  }

  deinit {
    stopCheckpointingInBackground()
  }

  /// Refuses a path that is a folder or a non-empty file without the SQLite header, and creates a
  /// missing file with mode 0600 before SQLite sees it.
  static func checkFile(at path: String) throws {
    var info = stat()
    if stat(path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR { throw StoreError.isAFolder(path: path) }
      guard info.st_size > 0 else { return }
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw StoreError.fileSystem(path: path, errno: .current) }
      defer { close(descriptor) }
      var header = [UInt8](repeating: 0, count: 16)
      let count = read(descriptor, &header, 16)
      if count != 16 || header != Array("SQLite format 3\0".utf8) {
        throw StoreError.notADatabase(path: path)
      }
      return
    }
    guard errno == ENOENT else { throw StoreError.fileSystem(path: path, errno: .current) }
    let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    if descriptor < 0, errno != EEXIST {
      let failure = Errno.current
      throw failure == .readOnlyFileSystem
        ? StoreError.readOnly(path: path) : StoreError.fileSystem(path: path, errno: failure)
    }
    if descriptor >= 0 { close(descriptor) }
  }

  /// The schema version of a recovery database, reading only; refuses databases of other programs
  /// and of newer schemas.
  /// - Parameter allowingEmpty: accept an empty database (version 0), which opening then sets up.
  static func schemaVersion(of connection: Connection, path: String, allowingEmpty: Bool) throws -> Int {
    let applicationID = try connection.scalarInt("PRAGMA application_id") ?? 0
    let version = try connection.scalarInt("PRAGMA user_version") ?? 0
    if applicationID == Migrations.applicationID {
      if version > Migrations.latestVersion {
        throw StoreError.newerSchema(path: path, found: version, supported: Migrations.latestVersion)
      }
      return version
    }
    let objects = try connection.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0
    guard allowingEmpty, applicationID == 0, objects == 0 else {
      throw StoreError.notARecoveryDatabase(path: path)
    }
    return 0
  }

  private func configure() throws {
    if try connection.scalarText("PRAGMA journal_mode") != "wal" {
      _ = try connection.scalarText("PRAGMA journal_mode = WAL")
    }
    // A page cache of up to 64 MiB (SQLite's default is 2 MiB) keeps a large batch's index pages in
    // memory instead of spilling them to disk and reading them back; SQLite only allocates pages as
    // they are used, so a small diary costs no more. See https://www.sqlite.org/pragma.html#pragma_cache_size.
    try connection.execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536")
  }

  /// Applies the migrations this database has not seen, all in one transaction.
  private func migrate() throws {
    try writeTransaction {
      // Another process may have migrated while this one waited for the lock.
      let current = try connection.scalarInt("PRAGMA user_version") ?? 0
      if current == 0, try connection.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0 > 0 {
        throw StoreError.notARecoveryDatabase(path: path)
      }
      for migration in Migrations.all where migration.version > current {
        try connection.execute(migration.sql)
        try connection.cached("INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)")
          .run([.integer(migration.version), .text(migration.name), .text(Self.timestamp())])
      }
      try connection.execute(
        "PRAGMA user_version = \(Migrations.latestVersion); PRAGMA application_id = \(Migrations.applicationID)"
      )
    }
  }

  /// Files up to this size get a `quick_check` before the first write of a process: about 5,000
  /// entries (the demo's two years take a quarter of it), checked in a few milliseconds.
  static let quickCheckLimit = 1 << 20

  /// Runs `body` in a write transaction, after making sure once per process that a small file is not
  /// damaged: SQLite only notices damage on the pages it happens to read, and writing into a damaged
  /// file could make things worse. `quick_check` reads the whole file, so its cost grows with the
  /// file (about 3 s for a million entries): larger stores, such as a clinic's, skip it and rely on
  /// SQLite's own checks of the pages a write touches and on `recovery check`. Readers never pay it.
  /// See https://www.sqlite.org/pragma.html#pragma_quick_check.
  func writeTransaction<T>(_ body: () throws -> T) throws -> T {
    try connection.writeTransaction {
      if !checkedBeforeWriting, Self.fileSize(path) <= Self.quickCheckLimit {
        let result = try connection.cached("PRAGMA quick_check").rows { $0.text(0) }
        guard result == ["ok"] else { throw StoreError.damaged(path: path) }
        checkedBeforeWriting = true
      }
      return try body()
    }
  }

  /// Runs `body` while no other thread uses the connection; a call from inside `body` on the same
  /// thread is a programming error that traps (``StoreLock``).
  func serialized<T>(_ body: () throws -> T) rethrows -> T {
    try lock.withLock(body)
  }

  /// Runs `body` under ``serialized(_:)``, turning SQLite's answers about the file (locked,
  /// damaged, read-only, full, ...) and the model's refusals into the store's own errors.
  func translatingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
      return try serialized(body)
    } catch let error as SQLiteError {
      throw Self.storeError(for: error, path: path, busyTimeoutSeconds: busyTimeoutSeconds)
    } catch let error as EntryError {
      throw StoreError.invalidEntry(error)
    }
  }

  /// The ``StoreError`` for an SQLite failure that concerns the file at `path`, or `error` itself for
  /// one that concerns a statement (a constraint, for example).
  static func storeError(for error: SQLiteError, path: String, busyTimeoutSeconds: Int) -> any Error {
    switch error.extendedResultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED: StoreError.busy(path: path, timeoutSeconds: busyTimeoutSeconds)
    case .SQLITE_CORRUPT: StoreError.damaged(path: path)
    case .SQLITE_NOTADB: StoreError.notADatabase(path: path)
    case .SQLITE_CANTOPEN_ISDIR: StoreError.isAFolder(path: path)
    case .SQLITE_CANTOPEN: StoreError.cannotOpen(path: path, code: error.extendedResultCode)
    case .SQLITE_IOERR: StoreError.ioError(path: path, code: error.extendedResultCode)
    case .SQLITE_READONLY: StoreError.readOnly(path: path)
    case .SQLITE_FULL: StoreError.diskFull(path: path)
    default: error
    }
  }

  /// The size of the file at `path` in bytes, or 0 when it cannot be read.
  static func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  /// The local time now, as ISO 8601 with the UTC offset (`2024-11-20T08:15:03+0100`): records carry
  /// the time zone they were entered in.
  static func timestamp() -> String {
    localTime("%Y-%m-%dT%H:%M:%S%z")
  }

  /// The local time now, formatted by `strftime`.
  static func localTime(_ format: String) -> String {
    var now = time(nil)
    var local = tm()
    localtime_r(&now, &local)
    var buffer = [CChar](repeating: 0, count: 32)
    let count = strftime(&buffer, buffer.count, format, &local)
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
