#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A Bloom filter of uids in a fixed 4 MiB: ``mayContain(_:)`` is false only for a uid never
/// inserted, so a caller that knows every uid of interest went through ``insert(_:)`` can skip the
/// database look-up of the others.
///
/// With three bits per uid, a million uids leave about one look-up in 1,600 a false alarm; memory
/// stays the same whatever the count.
struct UIDFilter {
  private static let wordCount = 1 << 19
  private var words: [UInt64]

  init() {
    words = Array(repeating: 0, count: Self.wordCount)
  }

  /// Three bit positions of `uid`, from its bytes mixed (given uids need not be random).
  private static func positions(_ uid: UUID) -> (Int, Int, Int) {
    let (high, low) = withUnsafeBytes(of: uid.uuid) {
      ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    }
    var mixed = high &+ 0x9E37_79B9_7F4A_7C15 &* (low ^ 0xBF58_476D_1CE4_E5B9)
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    mixed ^= mixed >> 31
    // Three positions by double hashing: h1, h1 + h2, h1 + 2 h2 (h2 odd), modulo the bit count.
    let mask = UInt64(Self.wordCount * 64 - 1)
    let first = mixed & 0xFFFF_FFFF
    let step = mixed >> 32 | 1
    let second = first &+ step
    let third = second &+ step
    return (Int(first & mask), Int(second & mask), Int(third & mask))
  }

  /// Whether `uid` may have been inserted; false means it was not.
  func mayContain(_ uid: UUID) -> Bool {
    let (a, b, c) = Self.positions(uid)
    return isSet(a) && isSet(b) && isSet(c)
  }

  /// Adds `uid`.
  mutating func insert(_ uid: UUID) {
    let (a, b, c) = Self.positions(uid)
    set(a)
    set(b)
    set(c)
  }

  private func isSet(_ bit: Int) -> Bool { words[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
  private mutating func set(_ bit: Int) { words[bit >> 6] |= 1 << UInt64(bit & 63) }
}
