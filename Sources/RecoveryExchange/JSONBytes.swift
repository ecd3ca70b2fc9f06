/// JSON text in `ContentEncoder`'s form, written as UTF-8 bytes into one buffer that is reused.
///
/// Derived uids hash an entry's content for every row an import reads without a uid; writing it here
/// costs no `String` per value and no check per byte beyond the room left (see `JSONWriter`).
struct JSONBytes {
  /// The buffer: the text in its first `count` bytes, room after them.
  private var storage = [UInt8](repeating: 0, count: 256)
  /// The number of bytes written.
  private(set) var count = 0

  /// Appends what `write` writes, which must write the same each time it is called: when the text
  /// does not fit, the buffer grows and `write` runs again.
  mutating func write(_ write: (inout JSONWriter) -> Void) {
    let start = count
    while true {
      let (end, fitted) = storage.withUnsafeMutableBufferPointer { buffer in
        var writer = JSONWriter(base: buffer.baseAddress!, room: buffer.count, count: start)
        write(&writer)
        return (writer.count, writer.fitted)
      }
      if fitted {
        count = end
        return
      }
      storage += repeatElement(0, count: max(end, 2 * storage.count) - storage.count)
    }
  }

  /// Drops the bytes after the first `count`, keeping the buffer's storage.
  mutating func truncate(to count: Int) {
    self.count = min(count, self.count)
  }

  /// Drops every byte, keeping the buffer's storage.
  mutating func removeAll() {
    count = 0
  }

  /// Calls `body` with the bytes written.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<count])) }
  }

  /// The bytes written, as text.
  var text: String {
    withBytes { String(decoding: $0, as: UTF8.self) }
  }
}
