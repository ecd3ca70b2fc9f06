#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension UUID {
  /// A second uid that always comes out the same for this one: the uid of the `Device` a walking-aid
  /// period uses, so exporting the diary twice names the same device.
  ///
  /// The bytes are this uid's, each combined (exclusive or) with a fixed byte, then marked as an
  /// RFC 9562 version 8 ("custom") uid. Random (version 4) uids never equal one made this way, and
  /// two version 4 uids never give the same one, since the bits the marking overwrites are the bits
  /// that mark them as version 4.
  var derivedDeviceUID: UUID { derived(mask: Self.deviceMask) }

  /// The uid of the `QuestionnaireResponse` of a score entry, made as ``derivedDeviceUID`` is with
  /// other fixed bytes.
  var derivedResponseUID: UUID { derived(mask: Self.responseMask) }

  private func derived(mask: [UInt8]) -> UUID {
    var bytes = uuid
    withUnsafeMutableBytes(of: &bytes) { buffer in
      for index in buffer.indices { buffer[index] ^= mask[index] }
      buffer[6] = buffer[6] & 0x0F | 0x80
      buffer[8] = buffer[8] & 0x3F | 0x80
    }
    return UUID(uuid: bytes)
  }

  /// The fixed bytes; any would do, but they must never change, or a second export would name new
  /// devices.
  private static let deviceMask: [UInt8] = [
    0x3c, 0x9e, 0x51, 0x07, 0xd2, 0x48, 0x6a, 0xb1, 0x95, 0x2f, 0xe4, 0x13, 0x7d, 0xc8, 0x06, 0x5a,
  ]

  /// The fixed bytes of ``derivedResponseUID``; never to change either.
  private static let responseMask: [UInt8] = [
    0xa7, 0x12, 0xc4, 0x5e, 0x39, 0xf0, 0x8b, 0x26, 0x6d, 0xe1, 0x03, 0x9a, 0x54, 0xbf, 0x71, 0xc8,
  ]
}

extension UUID {
  /// The lowercase 8-4-4-4-12 text, as FHIR's `uuid` type and the export spell it, made from the bytes
  /// (`uuidString` formats each byte with `sprintf`, and then needs lowercasing).
  var lowercaseText: String {
    String(unsafeUninitializedCapacity: 36) { text in
      withUnsafeBytes(of: uuid) { bytes in
        var position = 0
        for (index, byte) in bytes.enumerated() {
          if index == 4 || index == 6 || index == 8 || index == 10 {
            text[position] = UInt8(ascii: "-")
            position += 1
          }
          text[position] = Self.hexDigit(byte >> 4)
          text[position + 1] = Self.hexDigit(byte & 0xF)
          position += 2
        }
      }
      return 36
    }
  }

  /// The lowercase hexadecimal digit of a value below 16.
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
