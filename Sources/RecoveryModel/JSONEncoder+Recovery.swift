#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension JSONEncoder {
  /// The one configuration of Foundation's `JSONEncoder` in the package: keys sorted, so that the
  /// same value always gives the same bytes, and slashes as they are; indented for people to read
  /// (`list --format json`, reports), compact where the store keeps an entry's history (whose
  /// snapshots must keep reading back, so this form does not change).
  package static func recovery(indented: Bool) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    if indented { encoder.outputFormatting.insert(.prettyPrinted) }
    return encoder
  }
}
