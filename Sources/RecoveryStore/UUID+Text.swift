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
    var bytes = [UInt8](repeating: 0, count: 16)
    var count = 0
    var high: UInt8?
    var position = 0
    for unit in text.utf8 {
      defer { position += 1 }
      if position == 8 || position == 13 || position == 18 || position == 23 {
        guard unit == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard count < 16, let digit = Self.hexDigit(unit) else { return nil }
      if let first = high {
        bytes[count] = first << 4 | digit
        count += 1
        high = nil
      } else {
        high = digit
      }
    }
    guard position == 36, count == 16 else { return nil }
    self.init(
      uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
        bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
      ))
  }

  private static func hexDigit(_ unit: UInt8) -> UInt8? {
    switch unit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): unit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): unit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): unit - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
