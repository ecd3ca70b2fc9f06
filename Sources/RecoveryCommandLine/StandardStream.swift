// The C library's `stdout` is a global variable that Swift 6 counts as shared mutable state; the tool
// touches it from its one thread only, after the command has run.
#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

/// The C library's buffered standard output, which `print` writes through.
package enum StandardStream {
  /// Flushes standard output; returns the error number when this or an earlier write failed, else nil.
  package static func flushOutput() -> Int32? {
    errno = 0
    if fflush(stdout) != 0 || ferror(stdout) != 0 { return errno == 0 ? EIO : errno }
    return nil
  }
}
