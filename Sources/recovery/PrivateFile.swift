#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files owner-only (0600): a report is health data too.
enum PrivateFile {
  /// Replaces the file at `path` with `text`.
  /// - Throws: ``CommandFailure`` naming the file and the system's reason.
  static func write(_ text: String, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw CommandFailure("Cannot write \(path): \(String(cString: strerror(errno))).")
    }
    defer { close(descriptor) }
    // An existing file keeps its mode on O_TRUNC; make sure it is owner-only too.
    fchmod(descriptor, 0o600)
    let failure = FileHandleOutput.writeAll(text, to: descriptor)
    if let failure {
      throw CommandFailure("Cannot write \(path): \(String(cString: strerror(failure))).")
    }
  }
}
