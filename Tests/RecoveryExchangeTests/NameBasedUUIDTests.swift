import Foundation
import RecoveryExchange
import RecoveryModel
import RecoveryStore
import Testing

/// SHA-1 against FIPS 180's examples, and version-5 UUIDs against values other implementations give.
struct NameBasedUUIDTests {
  static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
      .joined()
  }

  @Test(arguments: [
    ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "a49b2446a02c645bf419f995b67091253a04a259"
    ),
  ])
  func sha1MatchesTheStandardsExamples(message: String, digest: String) {
    #expect(Self.hex(SHA1.digest(Array(message.utf8))) == digest)
  }

  @Test func sha1OfAMillionAsMatchesTheStandard() {
    var hash = SHA1()
    for _ in 0..<1000 { hash.update([UInt8](repeating: UInt8(ascii: "a"), count: 1000)) }
    #expect(Self.hex(hash.finish().bytes) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
  }

  @Test func sha1OfAMessageGivenInPiecesMatchesPythonsHashlib() {
    // Two cuts anywhere in 150 bytes: pieces that fill a block, stop short of one and span several.
    let message = (0..<150).map { UInt8(truncatingIfNeeded: $0 * 7) }
    for first in 0...150 {
      for second in stride(from: first, through: 150, by: 3) {
        var hash = SHA1()
        hash.update(message[..<first])
        hash.update(message[first..<second])
        hash.update(message[second...])
        #expect(
          Self.hex(hash.finish().bytes) == "e08dd54b620ac74775dbf52e8dfdcd23884ed9ee", "\(first) \(second)")
      }
    }
  }

  @Test func sha1OfMessagesAroundTheBlockBoundaryMatchesPythonsHashlib() {
    // 55, 56 and 64 bytes put the length in the same block, the next one, and a block of its own.
    let expected = [
      55: "c1c8bbdc22796e28c0e15163d20899b65621d65a",
      56: "c2db330f6083854c99d4b5bfb6e8f29f201be699",
      64: "0098ba824b5c16427bd7a1122a5a442a25ec644d",
    ]
    for (length, digest) in expected {
      #expect(
        Self.hex(SHA1.digest([UInt8](repeating: UInt8(ascii: "a"), count: length))) == digest, "\(length)")
    }
  }

  @Test func uuid5MatchesPythonsUUID5() {
    let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
    let uid = UUID.nameBased(namespace: dns, name: Array("python.org".utf8))
    #expect(uid.uuidString.lowercased() == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
  }

  @Test func derivedUIDsMatchPythonsUUID5OfTheirName() {
    let content = #"{"date":"2024-11-01","location":"groin","score":5,"type":"pain"}"#
    let plain = DiaryEntry.derivedUID(patient: "default", content: content, occurrence: 0)
    #expect(plain.uuidString.lowercased() == "8451dddb-0286-59a4-8aae-c2561789f0d9")
    // The name Python hashed: ["Ana María \"q\" \u0001 患者 🦴",<content>,10]
    let escaped = DiaryEntry.derivedUID(
      patient: "Ana María \"q\" \u{1} 患者 🦴", content: content, occurrence: 10)
    #expect(escaped.uuidString.lowercased() == "144c5f25-ada8-5ea7-aaff-f52334a05a30")
  }

  @Test func derivedUIDsDependOnPatientContentAndOccurrence() {
    let content = DiaryEntry.pain(PainEntry(day: CalendarDay("2024-11-01")!, score: 5, location: .groin))
      .canonicalContent
    #expect(content == #"{"date":"2024-11-01","location":"groin","score":5,"type":"pain"}"#)
    let first = DiaryEntry.derivedUID(patient: "default", content: content, occurrence: 0)
    #expect(first == DiaryEntry.derivedUID(patient: "default", content: content, occurrence: 0))
    #expect(first != DiaryEntry.derivedUID(patient: "default", content: content, occurrence: 1))
    #expect(first != DiaryEntry.derivedUID(patient: "other", content: content, occurrence: 0))
    #expect(first.uuidString.lowercased().dropFirst(14).first == "5")
  }
}
