/// JSON text in ``ContentEncoder``'s form, written as UTF-8 bytes into one buffer that is reused.
///
/// Derived uids hash an entry's content for every row an import reads without a uid; writing it here
/// costs no `String` per value, and gives the encoder's bytes exactly: strings escaped as
/// ``ContentEncoder/quoted(_:)`` escapes them, whole numbers as `String(_:)` writes them.
struct JSONBytes {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []
  /// Whether the object being written has no member yet.
  private var atFirstMember = true

  /// Creates an empty buffer with room for `capacity` bytes.
  init(capacity: Int = 256) {
    bytes.reserveCapacity(capacity)
  }

  /// The number of bytes written.
  var count: Int { bytes.count }

  /// Drops the bytes after the first `count`, keeping the buffer's storage.
  mutating func truncate(to count: Int) {
    bytes.removeSubrange(count...)
  }

  /// Drops every byte, keeping the buffer's storage.
  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
  }

  /// ASCII text as it is: punctuation and keys.
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Text as it is, already JSON.
  mutating func append(json text: String) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
    if copied == nil { bytes.append(contentsOf: text.utf8) }
  }

  /// A JSON string: quotes, backslashes and control characters escaped (`\n`, `\r`, `\t`, else
  /// `\u00XX` in lowercase hex), everything else as is.
  ///
  /// The escaped characters are all ASCII and the bytes of a multi-byte UTF-8 sequence are all
  /// 0x80 or above, so escaping byte by byte escapes exactly the scalars ``ContentEncoder/quoted(_:)``
  /// escapes.
  mutating func quoted(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    let written: Void? = text.utf8.withContiguousStorageIfAvailable { escaped($0) }
    if written == nil {
      for byte in text.utf8 { escaped(byte) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func escaped(_ text: UnsafeBufferPointer<UInt8>) {
    guard text.contains(where: Self.needsEscape) else {
      bytes.append(contentsOf: text)
      return
    }
    for byte in text { escaped(byte) }
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  private mutating func escaped(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): append("\\\"")
    case UInt8(ascii: "\\"): append("\\\\")
    case UInt8(ascii: "\n"): append("\\n")
    case UInt8(ascii: "\r"): append("\\r")
    case UInt8(ascii: "\t"): append("\\t")
    case ..<0x20:
      append("\\u00")
      bytes.append(Self.hexDigit(byte >> 4))
      bytes.append(Self.hexDigit(byte & 0xF))
    default: bytes.append(byte)
    }
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }

  /// A whole number in decimal, as `String(value)` writes it.
  mutating func decimal(_ value: Int) {
    padded(value, width: 0)
  }

  /// `value` in decimal after as many zeros as make it `width` bytes long (none when it is longer),
  /// as ``CalendarDay`` pads its parts: a negative number keeps its sign after the zeros.
  mutating func padded(_ value: Int, width: Int) {
    var magnitude = value.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let length = value < 0 ? digits + 1 : digits
    if width > length {
      bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - length))
    }
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
    var index = bytes.count - 1
    repeat {
      bytes[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
      index -= 1
    } while magnitude > 0
  }

  /// A day as its `description` writes it, `YYYY-MM-DD`, quoted.
  mutating func quoted(_ day: CalendarDay) {
    let parts = day.components
    bytes.append(UInt8(ascii: "\""))
    padded(parts.year, width: 4)
    bytes.append(UInt8(ascii: "-"))
    padded(parts.month, width: 2)
    bytes.append(UInt8(ascii: "-"))
    padded(parts.day, width: 2)
    bytes.append(UInt8(ascii: "\""))
  }

  /// A time as its `description` writes it, `HH:MM`, quoted.
  mutating func quoted(_ time: TimeOfDay) {
    bytes.append(UInt8(ascii: "\""))
    padded(time.hour, width: 2)
    bytes.append(UInt8(ascii: ":"))
    padded(time.minute, width: 2)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Starts an object.
  mutating func openObject() {
    bytes.append(UInt8(ascii: "{"))
    atFirstMember = true
  }

  /// Starts a member of the object: a comma unless it is the first, then the key and a colon. The
  /// key must need no escaping.
  mutating func key(_ key: StaticString) {
    if !atFirstMember { bytes.append(UInt8(ascii: ",")) }
    atFirstMember = false
    bytes.append(UInt8(ascii: "\""))
    append(key)
    append("\":")
  }

  /// Ends the object.
  mutating func closeObject() {
    bytes.append(UInt8(ascii: "}"))
  }
}
