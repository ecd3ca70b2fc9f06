#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file of UTF-16 text with a byte order mark, as spreadsheet programs save "Unicode text", read as
/// UTF-8 from a temporary copy.
final class UTF16Text {
  /// The UTF-8 copy, to read instead of the file.
  let path: String
  private let folder: String

  /// A UTF-8 copy of `file` when it starts with a UTF-16 byte order mark; nil for any other file.
  /// - Throws: ``CommandFailure`` when the file cannot be read, is not valid UTF-16, or the copy
  ///   cannot be written.
  static func utf8Copy(of file: String) throws -> UTF16Text? {
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
        throw CommandFailure("Cannot read \(file): \(String(cString: strerror(errno))).")
      }
      if got == 0 { break }
      bytes += chunk[0..<got]
    }
    guard bytes.count % 2 == 0 else {
      throw CommandFailure(
        "\(file) starts as UTF-16 text but ends half-way through a character; nothing was imported.")
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    for index in stride(from: 0, to: bytes.count, by: 2) {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
    }
    guard let text = String(validating: units, as: UTF16.self) else {
      throw CommandFailure("\(file) starts as UTF-16 text but is not valid UTF-16; nothing was imported.")
    }
    return try UTF16Text(text: text)
  }

  private init(text: String) throws {
    let base = getenv("TMPDIR").flatMap { $0.pointee != 0 ? String(cString: $0) : nil } ?? "/tmp"
    var template = Array("\(base)/recovery-import-XXXXXX".utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw CommandFailure(
        "Cannot make a temporary folder to read UTF-16 text: \(String(cString: strerror(errno))).")
    }
    folder = String(cString: made)
    path = folder + "/utf8"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      rmdir(folder)
      throw CommandFailure("Cannot write a UTF-8 copy of the file: \(String(cString: strerror(errno))).")
    }
    defer { close(descriptor) }
    if let failure = FileHandleOutput.writeAll(text, to: descriptor) {
      throw CommandFailure("Cannot write a UTF-8 copy of the file: \(String(cString: strerror(failure))).")
    }
  }

  /// Removes the copy; a descriptor open on it reads on.
  func remove() {
    unlink(path)
    rmdir(folder)
  }

  deinit {
    remove()
  }
}
