#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file read byte by byte through a buffer of 64 KiB, counting lines, so that a file of any size is
/// read with the same memory.
public final class InputBytes {
  private let descriptor: Int32
  /// Allocated once, and read through without the reference counting of an array.
  private let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
  private var count = 0
  private var index = 0
  /// The line of the next byte, from 1.
  public var line: Int { lineNumber }
  /// Whether a NUL byte was read: the file is binary.
  public var sawNUL: Bool { sawNULByte }
  // Private, with the getters above for other files: the compiler then sees every access to them,
  // and drops the run-time check of exclusive access it makes on each read and write of a
  // property visible outside the file (a few per row).
  private var lineNumber = 1
  private var sawNULByte = false
  /// The error number of a failed read: the bytes end there, but the file does not.
  public private(set) var readFailure: Int32?

  /// Opens `path` for reading.
  /// - Throws: ``ExchangeError`` naming the file and the system's error.
  public init(path: String) throws {
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ExchangeError.cannotRead(path: path, errno: errno)
    }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      throw ExchangeError.cannotRead(path: path, errno: EISDIR)
    }
  }

  deinit {
    buffer.deallocate()
    close(descriptor)
  }

  /// The next byte without taking it, or nil at the end.
  @inline(__always)
  public func peek() -> UInt8? {
    if index == count, !refill() { return nil }
    return buffer[index]
  }

  /// Takes the next byte, or nil at the end.
  @inline(__always)
  public func next() -> UInt8? {
    if index == count, !refill() { return nil }
    let byte = buffer[index]
    index += 1
    if byte == 0x0A { lineNumber += 1 } else if byte == 0 { sawNULByte = true }
    return byte
  }

  /// Takes the bytes before the next one of `stops`, handing them to `consume` in as few pieces as
  /// the buffer allows. Line feeds and NULs are always in `stops`: they are left to ``next()``,
  /// which counts lines and notes NULs.
  @inline(__always)
  func take(until stops: StopBytes, into consume: (UnsafeBufferPointer<UInt8>) -> Void) {
    while index < count || refill() {
      let start = index
      let limit = count
      var end = start
      while end < limit, !stops.contains(buffer[end]) { end += 1 }
      if end > start { consume(UnsafeBufferPointer(rebasing: buffer[start..<end])) }
      index = end
      if end < limit { return }
    }
  }

  /// The bytes ``take(until:into:)`` stops at: a set of bytes below 0x40, as the bits of a word.
  ///
  /// The bytes that end a run of a CSV cell (quotes, separators, line ends) are all below 0x40, so
  /// a letter is told from them by one comparison, and any other byte by one bit test.
  struct StopBytes {
    private let bits: UInt64

    /// `bytes`, each below 0x40, and the line feed and NUL.
    init(_ bytes: UInt8...) {
      var bits: UInt64 = 1 << 0x0A | 1
      for byte in bytes {
        precondition(byte < 0x40, "only bytes below 0x40 can stop a run")
        bits |= 1 << byte
      }
      self.bits = bits
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
      byte < 0x40 && bits & (1 &<< UInt64(byte)) != 0
    }
  }

  /// The bytes read but not yet taken, reading the first ones if none are: the start of the file,
  /// at least its first line unless that is longer than the buffer.
  func bufferedStart() -> UnsafeBufferPointer<UInt8> {
    if index == count { _ = refill() }
    return UnsafeBufferPointer(rebasing: buffer[index..<count])
  }

  /// Takes the UTF-8 byte order mark when the file starts with one.
  public func skipByteOrderMark() {
    guard peek() == 0xEF, count - index >= 3 || refillKeeping() else { return }
    if count - index >= 3, buffer[index + 1] == 0xBB, buffer[index + 2] == 0xBF { index += 3 }
  }

  private func refill() -> Bool {
    while true {
      let got = read(descriptor, buffer.baseAddress, buffer.count)
      if got < 0, errno == EINTR { continue }
      if got < 0 { readFailure = errno }
      count = max(got, 0)
      index = 0
      return count > 0
    }
  }

  /// Reads more without dropping the bytes not yet taken (only at the start of the file, where the
  /// buffer is far from full).
  private func refillKeeping() -> Bool {
    let kept = Array(buffer[index..<count])
    var got: Int
    repeat {
      got = read(descriptor, buffer.baseAddress! + kept.count, buffer.count - kept.count)
    } while got < 0 && errno == EINTR
    if got < 0 { readFailure = errno }
    for (offset, byte) in kept.enumerated() { buffer[offset] = byte }
    count = kept.count + max(got, 0)
    index = 0
    return got > 0
  }
}
