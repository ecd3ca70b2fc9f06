import RecoveryDemo
import Testing

@testable import RecoveryModel

/// SHA-1 against the standard's examples, and the CPU's SHA instructions against the Swift
/// compression on random messages of every length around the block boundaries, fed in pieces.
struct SHA1Tests {
  func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
  }

  /// The digest of `bytes` fed in pieces of the given sizes (the rest in one), computed in hardware
  /// or in Swift.
  func digest(_ bytes: [UInt8], pieces: [Int] = [], hardware: Bool) -> String {
    var hash = SHA1(hardware: hardware)
    var start = 0
    for size in pieces where start < bytes.count {
      let end = min(bytes.count, start + size)
      bytes[start..<end].withUnsafeBytes { hash.update($0) }
      start = end
    }
    bytes[start...].withUnsafeBytes { hash.update($0) }
    return hex(hash.finish().bytes)
  }

  @Test func theStandardsExamplesHashAsPublished() {
    let examples: [(String, String)] = [
      ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
      ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
      ),
      (String(repeating: "a", count: 1_000_000), "34aa973cd4c4daa4f61eeb2bdbad27316534016f"),
    ]
    for (message, expected) in examples {
      #expect(digest(Array(message.utf8), hardware: false) == expected)
      if SHA1.hardwareAvailable {
        #expect(digest(Array(message.utf8), pieces: [1, 63, 64, 130], hardware: true) == expected)
      }
    }
  }

  @Test func theCPUsInstructionsAgreeWithTheSwiftCompression() {
    var generator = SplitMix64(seed: 0x5A1)
    var compared = 0
    for length in Array(0...200) + [255, 256, 257, 1_000, 4_096, 10_000] {
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      let pieces = (0..<4).map { _ in 1 + Int(generator.next() % 150) }
      let software = digest(bytes, hardware: false)
      #expect(digest(bytes, pieces: pieces, hardware: false) == software)
      if SHA1.hardwareAvailable {
        #expect(digest(bytes, pieces: pieces, hardware: true) == software, "length \(length)")
        compared += 1
      }
    }
    #expect(compared == (SHA1.hardwareAvailable ? 207 : 0))
  }
}
