#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file about to be imported, as the readers take it: the file itself, or, for UTF-16 text with a
/// byte order mark (as spreadsheet programs save "Unicode text"), a UTF-8 copy in a temporary folder.
///
/// ```swift
/// let source = try ImportSource(file: "pain.csv")
/// defer { source.remove() }
/// try ImportSource.checkIsText(source.path, name: "pain.csv")
/// let report = try store.importFile(at: source.path, format: .csv)
/// ```
public final class ImportSource {
  /// The file to read: the file given, or its UTF-8 copy.
  public let path: String
  /// The copy's folder, when there is a copy.
  private let folder: String?

  /// The file, or a UTF-8 copy of it when it starts with a UTF-16 byte order mark.
  /// - Throws: ``ExchangeError`` when a UTF-16 file cannot be read, is not valid UTF-16, or the copy
  ///   cannot be written. A file that cannot be opened is left to the reader, which names it.
  public init(file: String) throws {
    guard let text = try Self.utf16Text(of: file) else {
      path = file
      folder = nil
      return
    }
    let base = getenv("TMPDIR").flatMap { $0.pointee != 0 ? String(cString: $0) : nil } ?? "/tmp"
    var template = Array("\(base)/recovery-import-XXXXXX".utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw ExchangeError.cannotCopyUTF16(errno: errno)
    }
    let folder = String(cString: made)
    self.folder = folder
    path = folder + "/utf8"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      let failure = errno
      rmdir(folder)
      throw ExchangeError.cannotCopyUTF16(errno: failure)
    }
    defer { close(descriptor) }
    let output = BufferedOutput(descriptor: descriptor, name: path)
    do {
      try output.write(text)
      try output.flush()
    } catch ExchangeError.cannotWrite(_, let failure) {
      throw ExchangeError.cannotCopyUTF16(errno: failure)
    }
  }

  /// The text of `file` when it starts with a UTF-16 byte order mark; nil for any other file.
  private static func utf16Text(of file: String) throws -> String? {
    let descriptor = open(file, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var mark: (UInt8, UInt8) = (0, 0)
    guard read(descriptor, &mark, 2) == 2 else { return nil }
    let bigEndian: Bool
    switch mark {
    case (0xFF, 0xFE): bigEndian = false
    case (0xFE, 0xFF): bigEndian = true
    default: return nil
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let got = read(descriptor, &chunk, chunk.count)
      if got < 0 {
        if errno == EINTR { continue }
        throw ExchangeError.cannotRead(path: file, errno: errno)
      }
      if got == 0 { break }
      bytes += chunk[0..<got]
    }
    guard bytes.count % 2 == 0 else { throw ExchangeError.invalidUTF16(path: file, endsMidCharacter: true) }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    for index in stride(from: 0, to: bytes.count, by: 2) {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
    }
    guard let text = String(validating: units, as: UTF16.self) else {
      throw ExchangeError.invalidUTF16(path: file, endsMidCharacter: false)
    }
    return text
  }

  /// Refuses an empty file and one holding binary data (a NUL byte in its first 64 KiB), before
  /// anything is opened for writing.
  /// - Parameters:
  ///   - path: the file to read.
  ///   - name: the file as errors name it.
  /// - Throws: ``ExchangeError/notText(path:)``, ``ExchangeError/emptyFile(path:)``, or
  ///   ``ExchangeError/cannotRead(path:errno:)``.
  public static func checkIsText(_ path: String, name: String) throws {
    let input = try InputBytes(path: path)
    input.skipByteOrderMark()
    var sawText = false
    var count = 0
    while count < 1 << 16, let byte = input.next() {
      if byte == 0 { throw ExchangeError.notText(path: name) }
      if byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09 { sawText = true }
      count += 1
    }
    if let failure = input.readFailure { throw ExchangeError.cannotRead(path: name, errno: failure) }
    if !sawText, input.peek() == nil { throw ExchangeError.emptyFile(path: name) }
  }

  /// Removes the copy, if any; a descriptor open on it reads on.
  public func remove() {
    guard let folder else { return }
    unlink(path)
    rmdir(folder)
  }

  deinit {
    remove()
  }
}
