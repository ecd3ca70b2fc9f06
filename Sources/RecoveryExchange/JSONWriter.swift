import RecoveryModel

/// Writes JSON text in `ContentEncoder`'s form as UTF-8 bytes at a pointer, for `JSONBytes`.
///
/// The text is the encoder's byte for byte: strings escaped by `quoted(_:)` of a `String`, which
/// the encoder also uses, whole numbers as `String(_:)` writes them, days and times as their
/// `description`s. A write that does not fit in the room given is counted but not stored, so that
/// `JSONBytes` can make room for the whole text and write it again; no write checks more than that.
struct JSONWriter {
  private let base: UnsafeMutablePointer<UInt8>
  private let room: Int
  /// The bytes written, or that would have been had they fitted.
  private(set) var count: Int
  /// Whether the object being written has no member yet.
  private var atFirstMember = true

  /// A writer of the bytes from `count` on in the `room` bytes at `base`.
  init(base: UnsafeMutablePointer<UInt8>, room: Int, count: Int) {
    self.base = base
    self.room = room
    self.count = count
  }

  /// Whether every byte written fitted.
  var fitted: Bool { count <= room }

  /// One byte.
  mutating func append(_ byte: UInt8) {
    if count < room { base[count] = byte }
    count += 1
  }

  /// ASCII text as it is: punctuation and keys.
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// Bytes as they are.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    if count + bytes.count <= room, let start = bytes.baseAddress {
      (base + count).update(from: start, count: bytes.count)
    }
    count += bytes.count
  }

  /// Text as it is, already JSON.
  mutating func append(json text: String) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
    if copied == nil {
      for byte in text.utf8 { append(byte) }
    }
  }

  /// A JSON string: quotes, backslashes and control characters escaped (`\n`, `\r`, `\t`, else
  /// `\u00XX` in lowercase hex), everything else as is. This is the one JSON string escaper: the
  /// diary export, derived uids' content and the FHIR writer all write their strings through it.
  ///
  /// The escaped characters are all ASCII and the bytes of a multi-byte UTF-8 sequence are all
  /// 0x80 or above, so escaping byte by byte escapes exactly those scalars.
  ///
  /// - Parameter escapingSeparators: also escape U+007F, U+2028 and U+2029 (`\u007f`, `\u2028`,
  ///   `\u2029`), which JSON allows as they are but JavaScript before ES2019 does not, for text that
  ///   other programs may embed in scripts (FHIR). Derived uids hash the form without.
  mutating func quoted(_ text: String, escapingSeparators: Bool = false) {
    append(UInt8(ascii: "\""))
    let written: Void? = text.utf8.withContiguousStorageIfAvailable {
      escaped($0, separators: escapingSeparators)
    }
    if written == nil {
      Array(text.utf8).withUnsafeBufferPointer { escaped($0, separators: escapingSeparators) }
    }
    append(UInt8(ascii: "\""))
  }

  /// A vocabulary's word, quoted, as ``quoted(_:escapingSeparators:)`` writes it: words are
  /// lowercase letters, digits and hyphens, with nothing to escape.
  mutating func quoted(word: UnsafeBufferPointer<UInt8>) {
    assert(!word.contains { Self.needsEscape($0, separators: true) }, "a word with a byte to escape")
    fixedWidth(word.count + 2) { out in
      out[0] = UInt8(ascii: "\"")
      for index in word.indices { out[1 + index] = word[index] }
      out[1 + word.count] = UInt8(ascii: "\"")
    }
  }

  private mutating func escaped(_ text: UnsafeBufferPointer<UInt8>, separators: Bool) {
    // Text that needs no escaping, the usual case, is checked as it is copied, in one pass.
    if count + text.count <= room {
      let out = base + count
      var index = 0
      while index < text.count, !Self.needsEscape(text[index], separators: separators) {
        out[index] = text[index]
        index += 1
      }
      if index == text.count {
        count += text.count
        return
      }
    }
    guard text.contains(where: { Self.needsEscape($0, separators: separators) }) else {
      append(text)
      return
    }
    var index = 0
    while index < text.count {
      let byte = text[index]
      index += 1
      guard separators, byte == 0x7F || byte == 0xE2 else {
        escaped(byte)
        continue
      }
      // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other characters starting with E2 stay as they are.
      if byte == 0x7F {
        append("\\u007f")
      } else if index + 1 < text.count, text[index] == 0x80,
        text[index + 1] == 0xA8 || text[index + 1] == 0xA9
      {
        append(text[index + 1] == 0xA8 ? "\\u2028" : "\\u2029")
        index += 2
      } else {
        append(byte)
      }
    }
  }

  /// Whether JSON text holding `byte` needs escaping: true also for bytes that only start a
  /// character to escape.
  static func needsEscape(_ byte: UInt8, separators: Bool) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
      || (separators && (byte == 0x7F || byte == 0xE2))
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
      append(Self.hexDigit(byte >> 4))
      append(Self.hexDigit(byte & 0xF))
    default: append(byte)
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
  /// as `CalendarDay` pads its parts: a negative number keeps its sign after the zeros.
  mutating func padded(_ value: Int, width: Int) {
    // Days, times, scores and occurrences: the usual widths and ranges, written directly.
    switch (width, value) {
    case (0...1, 0..<10):
      append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value))
      return
    case (2, 0..<100):
      twoDigits(value)
      return
    case (4, 0..<10_000):
      twoDigits(value / 100)
      twoDigits(value % 100)
      return
    default: break
    }
    var magnitude = value.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let signed = value < 0 ? digits + 1 : digits
    let length = max(signed, width)
    defer { count += length }
    guard count + length <= room else { return }
    let start = base + count
    let end = start + length
    start.update(repeating: UInt8(ascii: "0"), count: length - digits)
    if value < 0 { end[-digits - 1] = UInt8(ascii: "-") }
    var next = end
    repeat {
      next -= 1
      next.pointee = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
  }

  /// `value`, 0 to 99, as two digits.
  private mutating func twoDigits(_ value: Int) {
    if count + 2 <= room {
      base[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10)
      base[count + 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
    }
    count += 2
  }

  /// A day as its `description` writes it, `YYYY-MM-DD`, quoted.
  mutating func quoted(_ day: CalendarDay) {
    guard day.hasFourDigitYear else { return quoted(day.description) }
    fixedWidth(CalendarDay.textLength + 2) { out in
      out[0] = UInt8(ascii: "\"")
      day.write(into: UnsafeMutableBufferPointer(start: out + 1, count: CalendarDay.textLength))
      out[CalendarDay.textLength + 1] = UInt8(ascii: "\"")
    }
  }

  /// A time as its `description` writes it, `HH:MM`, quoted.
  mutating func quoted(_ time: TimeOfDay) {
    fixedWidth(TimeOfDay.textLength + 2) { out in
      out[0] = UInt8(ascii: "\"")
      time.write(into: UnsafeMutableBufferPointer(start: out + 1, count: TimeOfDay.textLength))
      out[TimeOfDay.textLength + 1] = UInt8(ascii: "\"")
    }
  }

  /// Writes the `length` bytes that `write` writes at the pointer it is given, when they fit: a
  /// value of a known width, written without a check per byte.
  @inline(__always)
  private mutating func fixedWidth(_ length: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Void) {
    if count + length <= room { write(base + count) }
    count += length
  }

  /// Starts an object.
  mutating func openObject() {
    append(UInt8(ascii: "{"))
    atFirstMember = true
  }

  /// Starts a member of the object: a comma unless it is the first, then the key and a colon. The
  /// key must need no escaping.
  mutating func key(_ key: StaticString) {
    let comma = atFirstMember ? 0 : 1
    atFirstMember = false
    key.withUTF8Buffer { key in
      // `,"key":` at once.
      fixedWidth(comma + key.count + 3) { out in
        out[0] = UInt8(ascii: ",")
        out[comma] = UInt8(ascii: "\"")
        if let start = key.baseAddress { (out + comma + 1).update(from: start, count: key.count) }
        out[comma + 1 + key.count] = UInt8(ascii: "\"")
        out[comma + 2 + key.count] = UInt8(ascii: ":")
      }
    }
  }

  /// Ends the object.
  mutating func closeObject() {
    append(UInt8(ascii: "}"))
  }
}
