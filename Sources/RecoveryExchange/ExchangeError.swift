/// Why a file could not be read or written: the path (or `standard output`) and the system's error
/// number, for an app to word as it likes.
public enum ExchangeError: Error, Sendable, Equatable {
  /// The file cannot be opened or read (`EISDIR` for a folder).
  case cannotRead(path: String, errno: Int32)
  /// The file or stream cannot be written (`EISDIR` for a folder).
  case cannotWrite(path: String, errno: Int32)
  /// The file exists already, and replacing it was not asked for.
  case fileExists(path: String)
  /// A file to import holds binary data.
  case notText(path: String)
  /// A file to import holds nothing but spaces and line breaks.
  case emptyFile(path: String)
  /// A file to import starts as UTF-16 text but is not: it ends half-way through a character, or
  /// holds code units that make no character.
  case invalidUTF16(path: String, endsMidCharacter: Bool)
  /// The UTF-8 copy of a UTF-16 file cannot be written.
  case cannotCopyUTF16(errno: Int32)
}
