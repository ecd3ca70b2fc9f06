/// SHA-1 (FIPS 180-4), for name-based UUIDs only: RFC 9562's version 5 is defined over it.
///
/// SHA-1 is not used here for security, only as the hash that version-5 UUIDs require; Foundation on
/// Linux has no CryptoKit, so the digest is computed here.
package struct SHA1 {
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0
  )
  private var block = [UInt8](repeating: 0, count: 64)
  private var blockCount = 0
  private var length: UInt64 = 0

  package init() {}

  /// The digest of `bytes`, 20 bytes.
  package static func digest(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    var hash = SHA1()
    hash.update(bytes)
    return hash.finish()
  }

  /// Adds bytes to the message.
  package mutating func update(_ bytes: some Sequence<UInt8>) {
    let handled: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: $0) }
    if handled == nil {
      let copy = Array(bytes)
      copy.withUnsafeBufferPointer { update(buffer: $0) }
    }
  }

  private mutating func update(buffer bytes: UnsafeBufferPointer<UInt8>) {
    for byte in bytes {
      block[blockCount] = byte
      blockCount += 1
      if blockCount == 64 {
        compress()
        blockCount = 0
      }
    }
    length &+= UInt64(bytes.count) * 8
  }

  /// Pads the message and returns its digest.
  package mutating func finish() -> [UInt8] {
    let bits = length
    block[blockCount] = 0x80
    blockCount += 1
    if blockCount > 56 {
      for index in blockCount..<64 { block[index] = 0 }
      compress()
      blockCount = 0
    }
    for index in blockCount..<56 { block[index] = 0 }
    for index in 0..<8 { block[56 + index] = UInt8(truncatingIfNeeded: bits >> (56 - 8 * UInt64(index))) }
    compress()
    blockCount = 0
    var digest: [UInt8] = []
    digest.reserveCapacity(20)
    for word in [state.0, state.1, state.2, state.3, state.4] {
      for shift in stride(from: 24, through: 0, by: -8) {
        digest.append(UInt8(truncatingIfNeeded: word >> shift))
      }
    }
    return digest
  }

  private mutating func compress() {
    // The message schedule lives on the stack: a heap array per block was most of the digest's cost.
    state = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { words in
      block.withUnsafeBufferPointer { block in
        for index in 0..<16 {
          words[index] =
            UInt32(block[4 * index]) << 24 | UInt32(block[4 * index + 1]) << 16
            | UInt32(block[4 * index + 2]) << 8 | UInt32(block[4 * index + 3])
        }
      }
      for index in 16..<80 {
        let mixed = words[index - 3] ^ words[index - 8] ^ words[index - 14] ^ words[index - 16]
        words[index] = mixed << 1 | mixed >> 31
      }
      var (a, b, c, d, e) = state
      for index in 0..<80 {
        let f: UInt32
        let k: UInt32
        if index < 20 {
          (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
        } else if index < 40 {
          (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
        } else if index < 60 {
          (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
        } else {
          (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
        }
        let next = (a << 5 | a >> 27) &+ f &+ e &+ k &+ words[index]
        e = d
        d = c
        c = b << 30 | b >> 2
        b = a
        a = next
      }
      return (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
    }
  }
}
