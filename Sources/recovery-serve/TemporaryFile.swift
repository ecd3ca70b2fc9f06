import RecoveryCommandLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file in `$TMPDIR` (else `/tmp`), owner-only, for the readers and writers that work on files.
struct TemporaryFile {
  let path: String

  init(contents: [UInt8]) throws {
    let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(folder)/recovery-web-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw CommandFailure("Cannot make a temporary file: \(String(cString: strerror(errno))).")
    }
    path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { close(descriptor) }
    var written = 0
    while written < contents.count {
      let count = contents[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else {
        unlink(path)
        throw CommandFailure("Cannot write a temporary file: \(String(cString: strerror(errno))).")
      }
      written += count
    }
  }

  /// The file's bytes.
  func contents() throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw CommandFailure("Cannot read a temporary file.") }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 { throw CommandFailure("Cannot read a temporary file.") }
      if count == 0 { break }
      bytes += buffer[..<count]
    }
    return bytes
  }

  func remove() {
    unlink(path)
  }
}
