#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension UUID {
  /// The name-based UUID of `name` under `namespace`: version 5 of RFC 9562 (SHA-1).
  ///
  /// The same namespace and name always give the same UUID, on every machine.
  package static func nameBased(namespace: UUID, name: some Sequence<UInt8>) -> UUID {
    nameBased(namespace: namespace) { $0.update(name) }
  }

  /// The name-based UUID of the name whose bytes are `name`, as the generic
  /// `nameBased(namespace:name:)` gives it: not generic, so that a caller in another module (an
  /// import deriving a uid for each row) hashes the bytes without going through the `Sequence`
  /// protocol.
  package static func nameBased(namespace: UUID, name: UnsafeBufferPointer<UInt8>) -> UUID {
    nameBased(namespace: namespace) { $0.update(UnsafeRawBufferPointer(name)) }
  }

  /// The name-based UUID of the name that `hashName` adds to the hash.
  private static func nameBased(namespace: UUID, hashing hashName: (inout SHA1) -> Void) -> UUID {
    var hash = SHA1()
    withUnsafeBytes(of: namespace.uuid) { hash.update($0) }
    hashName(&hash)
    let digest = hash.finish().words
    var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    withUnsafeMutableBytes(of: &uuid) { bytes in
      bytes.storeBytes(of: digest.0.bigEndian, toByteOffset: 0, as: UInt32.self)
      bytes.storeBytes(of: digest.1.bigEndian, toByteOffset: 4, as: UInt32.self)
      bytes.storeBytes(of: digest.2.bigEndian, toByteOffset: 8, as: UInt32.self)
      bytes.storeBytes(of: digest.3.bigEndian, toByteOffset: 12, as: UInt32.self)
      bytes[6] = (bytes[6] & 0x0F) | 0x50
      bytes[8] = (bytes[8] & 0x3F) | 0x80
    }
    return UUID(uuid: uuid)
  }
}
