#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard output and standard error without Foundation, keeping start-up lean.
package enum FileHandleOutput {
  package static func standardError(_ text: String) {
    write(text, to: 2)
  }

  /// Writes to standard output; a failure is kept for ``finishStandardOutput()`` to report.
  package static func standardOutput(_ text: String) {
    if let failure = writeAll(text, to: 1), standardOutputFailure == nil {
      standardOutputFailure = failure
    }
  }

  /// The first error number of a failed write to standard output, or nil.
  nonisolated(unsafe) private static var standardOutputFailure: Int32?

  /// Flushes what `print` buffered and reports any write to standard output that failed, so that
  /// output lost to a full disk or a closed pipe ends the command with an error rather than silently.
  /// - Throws: ``CommandFailure`` naming standard output and the system's reason.
  package static func finishStandardOutput() throws {
    if let failure = StandardStream.flushOutput(), standardOutputFailure == nil {
      standardOutputFailure = failure
    }
    if let failure = standardOutputFailure {
      throw CommandFailure("Cannot write standard output: \(String(cString: strerror(failure))).")
    }
  }

  private static func write(_ text: String, to descriptor: Int32) {
    _ = writeAll(text, to: descriptor)
  }

  /// Writes all of `text`; returns the system's error number on failure, nil on success.
  package static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { bytes -> Int32? in
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
  }

  /// Whether the user asked for no colour (https://no-color.org: NO_COLOR set and not empty).
  package static var noColorRequested: Bool {
    guard let value = getenv("NO_COLOR") else { return false }
    return value.pointee != 0
  }

  /// Whether the descriptor is a terminal (for colour).
  package static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) != 0
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
