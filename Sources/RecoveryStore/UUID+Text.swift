#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension UUID {
  /// Reads the 36-character form (`8-4-4-4-12` hexadecimal digits, either case) without going
  /// through `sscanf`, which `UUID(uuidString:)` uses and which took a fifth of the time to load a
  /// long diary; nil for anything else.
  init?(storedText text: String) {
    var text = text
    guard let uuid = text.withUTF8({ UUID(storedBytes: $0) }) else { return nil }
    self = uuid
  }

  /// Reads the 36-character form from UTF-8 bytes, such as a column's text straight from SQLite,
  /// without making a `String` or an array; nil for anything else.
  init?(storedBytes text: UnsafeBufferPointer<UInt8>) {
    guard text.count == 36 else { return nil }
    var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    let complete = withUnsafeMutableBytes(of: &uuid) { bytes -> Bool in
      var count = 0
      var position = 0
      while position < 36 {
        if position == 8 || position == 13 || position == 18 || position == 23 {
          guard text[position] == UInt8(ascii: "-") else { return false }
          position += 1
          continue
        }
        guard let high = Self.hexDigit(text[position]), let low = Self.hexDigit(text[position + 1]) else {
          return false
        }
        bytes[count] = high << 4 | low
        count += 1
        position += 2
      }
      return count == 16
    }
    guard complete else { return nil }
    self.init(uuid: uuid)
  }

  private static func hexDigit(_ unit: UInt8) -> UInt8? {
    switch unit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): unit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): unit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): unit - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// The length of the text the store writes: 32 hexadecimal digits and 4 hyphens.
  static let textLength = 36

  /// The lowercase 8-4-4-4-12 text the store writes, made without `uuidString`'s `sprintf`.
  var lowercased: String {
    String(unsafeUninitializedCapacity: Self.textLength) { text in
      writeLowercased(to: text.baseAddress!)
      return Self.textLength
    }
  }

  /// Writes the lowercase 8-4-4-4-12 text, ``textLength`` bytes, at `text`.
  func writeLowercased(to text: UnsafeMutablePointer<UInt8>) {
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
