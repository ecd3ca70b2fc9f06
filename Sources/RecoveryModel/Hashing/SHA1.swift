internal import CSHA1

/// SHA-1 (FIPS 180-4), for name-based UUIDs only: RFC 9562's version 5 is defined over it.
///
/// SHA-1 is not used here for security, only as the hash that version-5 UUIDs require; Foundation on
/// Linux has no CryptoKit, so the digest is computed here. Nothing is allocated on the heap: whole
/// blocks are compressed straight from the caller's bytes, and only a partial block is copied. Where
/// the CPU has SHA instructions (``hardwareAvailable``), the blocks are compressed with them (the C
/// target `CSHA1`), about ten times faster; the Swift compression is the reference they are tested
/// against.
package struct SHA1 {
  /// The five state words.
  package typealias Words = (UInt32, UInt32, UInt32, UInt32, UInt32)

  /// A digest: 20 bytes, held as five big-endian words.
  package struct Digest {
    /// The words, each the big-endian value of 4 of the digest's bytes, in order.
    package let words: Words

    /// The 20 bytes.
    package var bytes: [UInt8] {
      [words.0, words.1, words.2, words.3, words.4].flatMap { word in
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> $0) }
      }
    }
  }

  private var state: Words = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
  /// The bytes of the block not yet complete, in the first `pendingCount` bytes.
  private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
    0, 0, 0, 0, 0, 0, 0, 0
  )
  private var pendingCount = 0
  /// The message's length so far, in bytes.
  private var length: UInt64 = 0
  /// Whether blocks are compressed with the CPU's SHA instructions.
  private let hardware: Bool

  /// Whether this CPU has the SHA instructions that compress blocks in hardware.
  package static let hardwareAvailable = recovery_sha1_hardware_available() != 0

  /// A new hash; `hardware` says whether to compress blocks with the CPU's SHA instructions, and can
  /// be true only when ``hardwareAvailable``.
  package init(hardware: Bool = SHA1.hardwareAvailable) {
    precondition(!hardware || Self.hardwareAvailable, "this CPU has no SHA instructions")
    self.hardware = hardware
  }

  /// The digest of `bytes`, 20 bytes.
  package static func digest(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    var hash = SHA1()
    hash.update(bytes)
    return hash.finish().bytes
  }

  /// Adds bytes to the message.
  package mutating func update(_ bytes: some Sequence<UInt8>) {
    let handled: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
    if handled == nil {
      let copy = Array(bytes)
      copy.withUnsafeBytes { update($0) }
    }
  }

  /// Adds bytes to the message.
  package mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard var next = bytes.baseAddress, !bytes.isEmpty else { return }
    var remaining = bytes.count
    length &+= UInt64(remaining)
    if pendingCount > 0 {
      let taken = min(64 - pendingCount, remaining)
      let offset = pendingCount
      withUnsafeMutableBytes(of: &pending) { block in
        (block.baseAddress! + offset).copyMemory(from: next, byteCount: taken)
      }
      pendingCount += taken
      next += taken
      remaining -= taken
      guard pendingCount == 64 else { return }
      let block = pending
      withUnsafeBytes(of: block) { compress($0.baseAddress!, count: 1) }
      pendingCount = 0
    }
    if remaining >= 64 {
      let count = remaining / 64
      compress(next, count: count)
      next += 64 * count
      remaining -= 64 * count
    }
    if remaining > 0 {
      withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: next, byteCount: remaining) }
      pendingCount = remaining
    }
  }

  /// Pads the message and returns its digest; the hash is then used up.
  package mutating func finish() -> Digest {
    let bits = length &* 8
    var block = pending
    let used = pendingCount
    withUnsafeMutableBytes(of: &block) { block in
      block[used] = 0x80
      for index in (used + 1)..<64 { block[index] = 0 }
      if used >= 56 {
        compress(UnsafeRawPointer(block.baseAddress!), count: 1)
        for index in 0..<56 { block[index] = 0 }
      }
      block.storeBytes(of: bits.bigEndian, toByteOffset: 56, as: UInt64.self)
      compress(UnsafeRawPointer(block.baseAddress!), count: 1)
    }
    pendingCount = 0
    return Digest(words: state)
  }

  /// Compresses `count` whole blocks from `blocks` into the state.
  private mutating func compress(_ blocks: UnsafeRawPointer, count: Int) {
    if hardware {
      withUnsafeMutableBytes(of: &state) { words in
        recovery_sha1_compress_blocks(words.baseAddress!.assumingMemoryBound(to: UInt32.self), blocks, count)
      }
    } else {
      for index in 0..<count { state = Self.compress(state, blocks + 64 * index) }
    }
  }

  /// The state after one 64-byte block at `block`.
  private static func compress(_ state: Words, _ block: UnsafeRawPointer) -> Words {
    // The message schedule lives on the stack.
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { schedule in
      let w = schedule.baseAddress!
      for index in 0..<16 {
        w[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
      }
      for index in 16..<80 {
        w[index] = rotated(w[index - 3] ^ w[index - 8] ^ w[index - 14] ^ w[index - 16], 1)
      }
      var words = state
      twentyRounds(&words, w, k: 0x5A82_7999) { b, c, d in (b & c) | (~b & d) }
      twentyRounds(&words, w + 20, k: 0x6ED9_EBA1) { b, c, d in b ^ c ^ d }
      twentyRounds(&words, w + 40, k: 0x8F1B_BCDC) { b, c, d in (b & c) | (b & d) | (c & d) }
      twentyRounds(&words, w + 60, k: 0xCA62_C1D6) { b, c, d in b ^ c ^ d }
      return (
        state.0 &+ words.0, state.1 &+ words.1, state.2 &+ words.2, state.3 &+ words.3, state.4 &+ words.4
      )
    }
  }

  /// Twenty rounds with the function `f` and constant `k` over the schedule's words from `w`.
  ///
  /// Five rounds in a row rename the working variables instead of moving them: each round adds into
  /// the variable that the next one reads as `a`, and after five they are back in their places.
  @inline(__always)
  private static func twentyRounds(
    _ words: inout Words, _ w: UnsafeMutablePointer<UInt32>, k: UInt32,
    _ f: (UInt32, UInt32, UInt32) -> UInt32
  ) {
    var (a, b, c, d, e) = words
    for index in stride(from: 0, to: 20, by: 5) {
      e = e &+ rotated(a, 5) &+ f(b, c, d) &+ k &+ w[index]
      b = rotated(b, 30)
      d = d &+ rotated(e, 5) &+ f(a, b, c) &+ k &+ w[index + 1]
      a = rotated(a, 30)
      c = c &+ rotated(d, 5) &+ f(e, a, b) &+ k &+ w[index + 2]
      e = rotated(e, 30)
      b = b &+ rotated(c, 5) &+ f(d, e, a) &+ k &+ w[index + 3]
      d = rotated(d, 30)
      a = a &+ rotated(b, 5) &+ f(c, d, e) &+ k &+ w[index + 4]
      c = rotated(c, 30)
    }
    words = (a, b, c, d, e)
  }

  @inline(__always)
  private static func rotated(_ value: UInt32, _ count: UInt32) -> UInt32 {
    value &<< count | value &>> (32 - count)
  }
}
