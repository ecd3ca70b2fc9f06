import Foundation
import RecoveryModel
import Testing

/// Pseudonyms come from the uid alone, the same on every run, never from the name.
struct PseudonymsTests {
  static let ann = Patient(id: 1, uid: UUID(uuidString: "00000001-1111-4111-8111-000000000000")!, name: "Ann")
  static let bob = Patient(id: 2, uid: UUID(uuidString: "00000002-1111-4111-8111-000000000000")!, name: "Bob")

  @Test func aPseudonymIsSixHexDigitsOfTheUidsHash() throws {
    let name = try #require(Pseudonyms([Self.ann])[Self.ann.uid])
    // FNV-1a 64 of "00000001-1111-4111-8111-000000000000" is 22937362362c73c8 (worked out in Python).
    #expect(name == "patient-229373")
    #expect(!name.contains("Ann"))
  }

  @Test func theSamePatientGetsTheSamePseudonymWhateverTheOthersAndTheName() {
    var renamed = Self.ann
    renamed.name = "Ann Renamed"
    let alone = Pseudonyms([Self.ann])[Self.ann.uid]
    let withBob = Pseudonyms([Self.bob, renamed])[Self.ann.uid]
    #expect(alone == withBob)
    #expect(Pseudonyms([Self.ann, Self.bob])[Self.bob.uid] != alone)
  }

  @Test func manyPatientsNeverShareAPseudonym() {
    let patients = (0..<5000).map { Patient(id: $0, uid: UUID(), name: "p\($0)") }
    let pseudonyms = Pseudonyms(patients)
    let names = patients.compactMap { pseudonyms[$0.uid] }
    #expect(names.count == patients.count)
    #expect(Set(names).count == patients.count)
  }

  @Test func aPatientNotGivenHasNone() {
    #expect(Pseudonyms([Self.ann])[Self.bob.uid] == nil)
  }
}
