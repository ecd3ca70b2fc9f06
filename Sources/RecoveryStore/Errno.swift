#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the operating system said when a file operation failed: a POSIX `errno` value.
///
/// Compare with the named constants; ``description`` is the system's own wording (`strerror`).
public struct Errno: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The `errno` value.
  public let rawValue: Int32

  /// Creates a value from the system's number.
  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// The value of `errno` now, right after a failed call.
  static var current: Errno { Errno(rawValue: errno) }

  /// The system's wording, such as `No such file or directory`.
  public var description: String { String(cString: strerror(rawValue)) }

  /// `EPERM`: the operation is not permitted (an immutable file, for example).
  public static let notPermitted = Errno(rawValue: EPERM)
  /// `ENOENT`: the file, or a folder on its path, does not exist.
  public static let noSuchFileOrDirectory = Errno(rawValue: ENOENT)
  /// `EIO`: an input/output error.
  public static let ioError = Errno(rawValue: EIO)
  /// `EACCES`: the permissions do not allow it.
  public static let permissionDenied = Errno(rawValue: EACCES)
  /// `EEXIST`: the file exists.
  public static let fileExists = Errno(rawValue: EEXIST)
  /// `ENOTDIR`: a component of the path is not a folder.
  public static let notADirectory = Errno(rawValue: ENOTDIR)
  /// `EISDIR`: the path is a folder.
  public static let isADirectory = Errno(rawValue: EISDIR)
  /// `ENOSPC`: no space is left on the device.
  public static let noSpace = Errno(rawValue: ENOSPC)
  /// `EROFS`: the file system is mounted read-only.
  public static let readOnlyFileSystem = Errno(rawValue: EROFS)
  /// `ENAMETOOLONG`: the path or one of its names is too long.
  public static let nameTooLong = Errno(rawValue: ENAMETOOLONG)
}
