#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file `recovery export --output FILE` writes: first a temporary file beside it, created
/// owner-only (0600), which takes FILE's name only once everything is written and on disk, so that a
/// failure or an interruption never leaves a partial export under FILE's name.
public final class ExportFile {
  /// The file asked for.
  public let path: String
  /// Whether an existing file may be replaced.
  public let replacing: Bool
  /// The temporary file in the same folder (so that renaming it is atomic).
  private let temporaryPath: String
  /// The temporary file, open for writing; -1 once closed.
  public private(set) var descriptor: Int32
  private var committed = false

  /// Refuses a FILE that exists (unless `replacing`) or is a folder, then creates the temporary file.
  /// - Throws: ``ExchangeError`` naming the file and the reason.
  public init(path: String, replacing: Bool) throws {
    self.path = path
    self.replacing = replacing
    var info = stat()
    if stat(path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR {
        throw ExchangeError.cannotWrite(path: path, errno: EISDIR)
      }
      if !replacing { throw Self.exists(path) }
    }
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array((folder + "." + name + ".partial-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw Self.failure(path, errno) }
    fchmod(descriptor, 0o600)
    self.descriptor = descriptor
    temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }

  deinit {
    discard()
  }

  /// Puts the written file in place under its name.
  /// - Throws: ``ExchangeError`` when it cannot be saved, or when FILE appeared meanwhile and may not
  ///   be replaced; the temporary file is removed then.
  public func commit() throws {
    guard fsync(descriptor) == 0 else { throw Self.failure(path, errno) }
    guard close(descriptor) == 0 else {
      descriptor = -1
      throw Self.failure(path, errno)
    }
    descriptor = -1
    if replacing {
      guard rename(temporaryPath, path) == 0 else { throw Self.failure(path, errno) }
    } else if link(temporaryPath, path) == 0 {
      // A link, unlike a rename, refuses to replace a file made since the check at the start.
      unlink(temporaryPath)
    } else {
      let failure = errno
      if failure == EEXIST { throw Self.exists(path) }
      // Some file systems have no hard links: check again, then rename.
      guard failure == EPERM || failure == ENOTSUP || failure == EOPNOTSUPP else {
        throw Self.failure(path, failure)
      }
      if access(path, F_OK) == 0 { throw Self.exists(path) }
      guard rename(temporaryPath, path) == 0 else { throw Self.failure(path, errno) }
    }
    committed = true
  }

  /// Removes the temporary file, unless it was committed.
  public func discard() {
    if descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
    if !committed { unlink(temporaryPath) }
  }

  private static func exists(_ path: String) -> ExchangeError {
    .fileExists(path: path)
  }

  private static func failure(_ path: String, _ code: Int32) -> ExchangeError {
    .cannotWrite(path: path, errno: code)
  }
}
