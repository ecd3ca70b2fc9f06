import Foundation
import RecoveryModel
import Testing

/// Pseudonyms come from the uid under the database's secret key, the same on every run, never from
/// the name, and cannot be made from the uid alone.
struct PseudonymsTests {
  static let ann = Patient(id: 1, uid: UUID(uuidString: "00000001-1111-4111-8111-000000000000")!, name: "Ann")
  static let bob = Patient(id: 2, uid: UUID(uuidString: "00000002-1111-4111-8111-000000000000")!, name: "Bob")
  static let key = Array(UInt8(0)..<32)

  @Test func aPseudonymIsSixHexDigitsOfTheKeyedHashOfTheUid() throws {
    let name = try #require(Pseudonyms([Self.ann], key: Self.key)[Self.ann.uid])
    // HMAC-SHA1 of "00000001-1111-4111-8111-000000000000" under bytes 0...31 is a33205bfdc48...
    // (Python's hmac).
    #expect(name == "patient-a33205")
    #expect(!name.contains("Ann"))
    // A key longer than SHA-1's block is hashed first, as RFC 2104 says: a21c87c4a081... for 0...99.
    #expect(Pseudonyms([Self.ann], key: Array(UInt8(0)..<100))[Self.ann.uid] == "patient-a21c87")
  }

  @Test func anotherKeyGivesOtherPseudonyms() {
    let other = Array(UInt8(1)...32)
    #expect(
      Pseudonyms([Self.ann], key: Self.key)[Self.ann.uid] != Pseudonyms([Self.ann], key: other)[Self.ann.uid])
  }

  @Test func theSamePatientGetsTheSamePseudonymWhateverTheOthersAndTheName() {
    var renamed = Self.ann
    renamed.name = "Ann Renamed"
    let alone = Pseudonyms([Self.ann], key: Self.key)[Self.ann.uid]
    let withBob = Pseudonyms([Self.bob, renamed], key: Self.key)[Self.ann.uid]
    #expect(alone == withBob)
    #expect(Pseudonyms([Self.ann, Self.bob], key: Self.key)[Self.bob.uid] != alone)
  }

  @Test func manyPatientsNeverShareAPseudonym() {
    let patients = (0..<5000).map { Patient(id: $0, uid: UUID(), name: "p\($0)") }
    let pseudonyms = Pseudonyms(patients, key: Self.key)
    let names = patients.compactMap { pseudonyms[$0.uid] }
    #expect(names.count == patients.count)
    #expect(Set(names).count == patients.count)
  }

  @Test func aPatientNotGivenHasNone() {
    #expect(Pseudonyms([Self.ann], key: Self.key)[Self.bob.uid] == nil)
  }
}
