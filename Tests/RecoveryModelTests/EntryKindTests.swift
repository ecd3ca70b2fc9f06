import Foundation
import RecoveryModel
import Testing

/// The kind a query filters on: one word names one treatment kind, symptom or walking aid.
struct EntryKindTests {
  @Test func everyWordOfTheThreeVocabulariesIsOneKind() {
    let words =
      TreatmentKind.allCases.map(\.rawValue) + SymptomKind.allCases.map(\.rawValue)
      + WalkingAid.allCases.map(\.rawValue)
    #expect(Set(words).count == words.count)
    #expect(EntryKind.allCases.map(\.rawValue) == words)
    for kind in EntryKind.allCases {
      #expect(EntryKind(rawValue: kind.rawValue) == kind)
    }
  }

  @Test func aWordFindsItsTypeAndVocabulary() throws {
    #expect(EntryKind(rawValue: "cortisone") == .treatment(.cortisone))
    #expect(EntryKind(rawValue: "giving-way") == .symptom(.givingWay))
    #expect(EntryKind(rawValue: "two-crutches") == .aid(.twoCrutches))
    #expect(EntryKind.treatment(.prp).type == .treatment)
    #expect(EntryKind.symptom(.catching).type == .symptom)
    #expect(EntryKind.aid(.cane).type == .aid)
    #expect(EntryKind.treatment(.prp).label == "PRP injection")
  }

  @Test(arguments: ["", "pain", "Cortison", "crutches", "left"])
  func otherWordsAreNoKind(word: String) {
    #expect(EntryKind(rawValue: word) == nil)
    #expect(throws: EntryError.self) { try EntryKind.parse(word) }
  }

  @Test func aKindIsParsedInAnyCase() throws {
    #expect(try EntryKind.parse("Cortisone") == .treatment(.cortisone))
  }

  @Test func codesAsItsWord() throws {
    let kinds: [EntryKind] = [.treatment(.psoasRelease), .symptom(.numbness), .aid(.walker)]
    let data = try JSONEncoder().encode(kinds)
    #expect(String(decoding: data, as: UTF8.self) == #"["psoas-release","numbness","walker"]"#)
    #expect(try JSONDecoder().decode([EntryKind].self, from: data) == kinds)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([EntryKind].self, from: Data(#"["x"]"#.utf8))
    }
  }
}
