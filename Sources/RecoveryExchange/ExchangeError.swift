/// Why a file could not be read or written: the path (or `standard output`) and the system's error
/// number, for an app to word as it likes.
public enum ExchangeError: Error, Sendable, Equatable {
  /// The file cannot be opened or read (`EISDIR` for a folder).
  case cannotRead(path: String, errno: Int32)
  /// The file or stream cannot be written (`EISDIR` for a folder).
  case cannotWrite(path: String, errno: Int32)
  /// The file exists already, and replacing it was not asked for.
  case fileExists(path: String)
}
