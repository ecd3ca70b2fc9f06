import Foundation
import RecoveryExchange
import RecoveryFHIR
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// The bundle reader, in process: what the writer wrote comes back as the same entries, and other FHIR
/// is refused.
struct ReaderTests {
  func read(_ text: String) -> [FHIRBundleReader<IndexingIterator<[UInt8]>>.Item] {
    Array(FHIRBundleReader(bytes: Array(text.utf8).makeIterator()))
  }

  @Test func everyEntryOfTheEdgeCaseDiaryComesBackAsWrittenWithItsPatientAndRemoval() throws {
    let removed = Set(
      EdgeCaseDiary.entries.enumerated().filter { $0.offset.isMultiple(of: 7) }.map(\.element.entry.uid))
    #expect(!removed.isEmpty)
    let text = try FHIRBundle.json(
      patients: [EdgeCaseDiary.first], entries: EdgeCaseDiary.entries, removed: removed,
      timeZone: TimeZone(identifier: "Asia/Kolkata"))
    let items = read(text)
    var read: [ImportedEntry] = []
    for item in items {
      guard case .entry(let entry, _) = item else {
        Issue.record("not an entry: \(item)")
        continue
      }
      read.append(entry)
    }
    #expect(read.count == EdgeCaseDiary.entries.count)
    for (imported, (entry, patient)) in zip(read, EdgeCaseDiary.entries) {
      var expected = entry
      expected.id = nil
      #expect(imported.entry == expected)
      #expect(imported.patient == patient.name)
      #expect(imported.uidGiven)
      #expect(imported.removed == removed.contains(entry.uid))
    }
  }

  @Test func aBundleWithAResourceThatCarriesNoEntryIsRefusedThere() {
    let text = """
      {"resourceType":"Bundle","type":"transaction","entry":[
      {"fullUrl":"urn:uuid:6a3c1f0e-8b2d-4c5e-9f7a-1b2c3d4e5f60","resource":{"resourceType":"Patient","name":[{"text":"p"}]}},
      {"fullUrl":"urn:uuid:7b4d2e1f-9c3e-4d6f-8a8b-2c3d4e5f6a71","resource":{"resourceType":"Condition"}}
      ]}
      """
    #expect(read(text) == [.problem(.foreignResource(type: "Condition"), line: 3)])
  }

  @Test func aCollectionFromAnotherProgramWithoutFullURLsIsRefusedAsForeign() {
    let text =
      #"{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Observation"}}]}"#
    #expect(read(text) == [.problem(.foreignResource(type: "Observation"), line: 1)])
  }

  @Test func otherJSONIsNotABundle() {
    #expect(read(#"{"resourceType":"Patient"}"#) == [.problem(.notABundle, line: 1)])
    #expect(read(#"[1, 2]"#) == [.problem(.notABundle, line: 1)])
    #expect(read(#"{"resourceType":"Bundle","entry":[{"fullUrl""#) == [.problem(.invalidJSON, line: 1)])
  }

  @Test func anEntryWhosePatientIsNotInTheBundleIsRefused() throws {
    let patient = EdgeCaseDiary.first
    let pain = PainEntry(day: TestCalendar.day("2024-11-20"), score: 4)
    let text = try FHIRBundle.json(patients: [], entries: [(entry: .pain(pain), patient: patient)])
    let withoutPatient = text.replacingOccurrences(
      of: #""resourceType":"Patient""#, with: #""resourceType":"Device""#)
    #expect(
      read(withoutPatient).contains { if case .problem(.unknownPatient, _) = $0 { true } else { false } })
  }
}
