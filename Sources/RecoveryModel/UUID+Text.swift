#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension UUID {
  /// Reads the 36-character form (`8-4-4-4-12` hexadecimal digits, either case) without going
  /// through `sscanf`, which `UUID(uuidString:)` uses and which took a fifth of the time to load a
  /// long diary; nil for anything else.
  package init?(storedText text: String) {
    var text = text
    guard let uuid = text.withUTF8({ UUID(storedBytes: $0) }) else { return nil }
    self = uuid
  }

  /// Reads the 36-character form from UTF-8 bytes, such as a column's text straight from SQLite,
  /// without making a `String` or an array; nil for anything else.
  ///
  /// The 32 digits are read eight at a time, as the bytes of one 64-bit word (``hexBytes(_:)``).
  package init?(storedBytes text: UnsafeBufferPointer<UInt8>) {
    guard text.count == 36, let base = text.baseAddress else { return nil }
    let hyphen = UInt8(ascii: "-")
    guard base[8] == hyphen, base[13] == hyphen, base[18] == hyphen, base[23] == hyphen else { return nil }
    let raw = UnsafeRawPointer(base)
    func eight(_ at: Int) -> UInt64 {
      UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
    func four(_ at: Int) -> UInt64 {
      UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
    }
    // 8-4-4-4-12: the groups' digits in four runs of eight.
    guard let a = Self.hexBytes(eight(0)), let b = Self.hexBytes(four(9) | four(14) << 32),
      let c = Self.hexBytes(four(19) | four(24) << 32), let d = Self.hexBytes(eight(28))
    else { return nil }
    func byte(_ word: UInt32, _ index: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: word >> (index * 8)) }
    self.init(
      uuid: (
        byte(a, 0), byte(a, 1), byte(a, 2), byte(a, 3), byte(b, 0), byte(b, 1), byte(b, 2), byte(b, 3),
        byte(c, 0), byte(c, 1), byte(c, 2), byte(c, 3), byte(d, 0), byte(d, 1), byte(d, 2), byte(d, 3)
      ))
  }

  /// Eight hexadecimal digits of either case, the first in the lowest byte of `text`, as the four
  /// bytes they spell, the first in the lowest byte; nil unless every byte is such a digit.
  ///
  /// Each test and step works on all eight bytes at once: with every byte below 0x80, adding a
  /// constant to each cannot carry into the next, so a byte's high bit after adding `0x80 - low`
  /// says it is at least `low`, and after adding `0x7F - high` that it is above `high`.
  package static func hexBytes(_ text: UInt64) -> UInt32? {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    guard text & highBits == 0 else { return nil }
    func within(_ bytes: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
      (bytes &+ (ones &* (0x80 - low))) & ~(bytes &+ (ones &* (0x7F - high))) & highBits
    }
    let digits = within(text, 0x30, 0x39)
    // Setting 0x20 makes an uppercase letter lowercase.
    let letters = within(text | 0x2020_2020_2020_2020, 0x61, 0x66)
    guard digits | letters == highBits else { return nil }
    // A digit's low four bits are its value; a letter's (bit 6 set) are its value less 9.
    let values = (text & 0x0F0F_0F0F_0F0F_0F0F) &+ ((text >> 6) & ones) &* 9
    // Each 16-bit lane: its first digit times 16 plus its second, in its low byte.
    let lanes = ((values & 0x00FF_00FF_00FF_00FF) << 4) | ((values >> 8) & 0x00FF_00FF_00FF_00FF)
    let packed =
      (lanes & 0xFF) | ((lanes >> 8) & 0xFF00) | ((lanes >> 16) & 0xFF_0000) | ((lanes >> 24) & 0xFF00_0000)
    return UInt32(truncatingIfNeeded: packed)
  }

  /// The length of the text the store writes: 32 hexadecimal digits and 4 hyphens.
  package static let textLength = 36

  /// The lowercase 8-4-4-4-12 text the store writes, made without `uuidString`'s `sprintf`.
  package var lowercased: String {
    String(unsafeUninitializedCapacity: Self.textLength) { text in
      writeLowercased(to: text.baseAddress!)
      return Self.textLength
    }
  }

  /// Writes the lowercase 8-4-4-4-12 text, ``textLength`` bytes, at `text`.
  package func writeLowercased(to text: UnsafeMutablePointer<UInt8>) {
    withUnsafeBytes(of: uuid) { bytes in
      var position = 0
      for index in 0..<16 {
        if index == 4 || index == 6 || index == 8 || index == 10 {
          text[position] = UInt8(ascii: "-")
          position += 1
        }
        text[position] = Self.hexDigit(bytes[index] >> 4)
        text[position + 1] = Self.hexDigit(bytes[index] & 0xF)
        position += 2
      }
    }
  }

  /// The lowercase hexadecimal digit of a value 0-15.
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
