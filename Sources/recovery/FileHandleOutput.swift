#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard output and standard error without Foundation, keeping start-up lean.
enum FileHandleOutput {
  static func standardError(_ text: String) {
    write(text, to: 2)
  }

  static func standardOutput(_ text: String) {
    write(text, to: 1)
  }

  private static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  /// Whether the descriptor is a terminal (for colour).
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) != 0
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
