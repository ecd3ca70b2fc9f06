import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes on their way to a file descriptor, gathered in a fixed buffer and written when it fills, so
/// that an export of any size costs one small buffer and one `write` per 64 KiB.
///
/// Numbers, days, times and uids are written digit by digit, without making a `String` for each.
public final class BufferedOutput {
  static let capacity = 1 << 16

  /// Where the bytes go: standard output or an open file.
  public let descriptor: Int32
  /// The destination in words, for error messages: a path or "standard output".
  public let name: String
  private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: BufferedOutput.capacity)
  private var count = 0

  /// An output to `descriptor`, which it does not close; `name` names it in errors.
  public init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
  }

  deinit {
    buffer.deallocate()
  }

  /// Writes the buffered bytes out.
  /// - Throws: ``ExchangeError/cannotWrite(path:errno:)`` naming the destination.
  public func flush() throws {
    var offset = 0
    while offset < count {
      let written = systemWrite(descriptor, buffer + offset, count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw ExchangeError.cannotWrite(path: name, errno: errno)
      }
      offset += written
    }
    count = 0
  }

  /// Writes one byte.
  @inline(__always)
  public func write(byte: UInt8) throws {
    if count == Self.capacity { try flush() }
    buffer[count] = byte
    count += 1
  }

  /// Writes bytes.
  public func write(bytes: UnsafeBufferPointer<UInt8>) throws {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      if count == Self.capacity { try flush() }
      let chunk = min(bytes.count - offset, Self.capacity - count)
      (buffer + count).update(from: base + offset, count: chunk)
      count += chunk
      offset += chunk
    }
  }

  /// Writes text as UTF-8.
  public func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write(bytes: $0) }
  }

  /// Writes a whole number in decimal.
  public func write(integer: Int) throws {
    if integer < 0 { try write(byte: UInt8(ascii: "-")) }
    try write(digits: integer.magnitude, width: 1)
  }

  /// Writes `YYYY-MM-DD`, as `CalendarDay.description` does.
  public func write(day: CalendarDay) throws {
    let (year, month, day) = day.components
    try write(digits: UInt(year), width: 4)
    try write(byte: UInt8(ascii: "-"))
    try write(digits: UInt(month), width: 2)
    try write(byte: UInt8(ascii: "-"))
    try write(digits: UInt(day), width: 2)
  }

  /// Writes `HH:MM`, as `TimeOfDay.description` does.
  public func write(time: TimeOfDay) throws {
    try write(digits: UInt(time.hour), width: 2)
    try write(byte: UInt8(ascii: ":"))
    try write(digits: UInt(time.minute), width: 2)
  }

  /// Writes the uid in lowercase 8-4-4-4-12 form, as the store and `list` write it.
  public func write(uid: UUID) throws {
    let hex: StaticString = "0123456789abcdef"
    try withUnsafeBytes(of: uid.uuid) { bytes in
      for (index, byte) in bytes.enumerated() {
        if index == 4 || index == 6 || index == 8 || index == 10 { try write(byte: UInt8(ascii: "-")) }
        try write(byte: hex.utf8Start[Int(byte >> 4)])
        try write(byte: hex.utf8Start[Int(byte & 0xF)])
      }
    }
  }

  /// Writes a number with leading zeros up to `width` digits (more digits when needed).
  private func write(digits value: UInt, width: Int) throws {
    var divisor: UInt = 1
    for _ in 1..<max(width, 1) { divisor *= 10 }
    while divisor <= value / 10 { divisor *= 10 }
    repeat {
      try write(byte: UInt8(ascii: "0") + UInt8(value / divisor % 10))
      divisor /= 10
    } while divisor > 0
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
