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
    var hash = SHA1()
    withUnsafeBytes(of: namespace.uuid) { hash.update($0) }
    hash.update(name)
    var bytes = hash.finish()
    bytes[6] = (bytes[6] & 0x0F) | 0x50
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    return UUID(
      uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
        bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
      ))
  }
}
