import Foundation
import RecoveryFHIR
import RecoveryModel
import RecoveryTestSupport
import Testing

/// The streaming writer: pieces that make one document, patients written once, no growing output.
struct WriterTests {
  @Test func thePiecesMakeTheSameDocumentAsTheConvenience() throws {
    var writer = FHIRBundleWriter()
    var pieces = [writer.begin(), writer.add(patient: EdgeCaseDiary.first)]
    for (entry, patient) in EdgeCaseDiary.entries { pieces.append(try writer.add(entry, of: patient)) }
    pieces.append(writer.end())
    let whole = try FHIRBundle.json(patients: [EdgeCaseDiary.first], entries: EdgeCaseDiary.entries)
    #expect(pieces.joined() == whole)
    _ = try BundleJSON(whole)
  }

  @Test func eachPieceHoldsOnlyItsOwnEntryOnItsOwnLines() throws {
    var writer = FHIRBundleWriter()
    _ = writer.begin()
    let patient = EdgeCaseDiary.first
    var previous = 0
    for (index, entry) in EdgeCaseDiary.firstEntries.enumerated() {
      let piece = try writer.add(entry, of: patient)
      let lines = piece.split(separator: "\n").filter { $0.hasPrefix("{") }
      let expected = (entry.type == .aid ? 2 : 1) + (index == 0 ? 1 : 0)
      #expect(lines.count == expected, "\(piece)")
      #expect(piece.contains(entry.uid.uuidString.lowercased()))
      if index > 0 {
        #expect(piece.utf8.count < 4 * max(previous, 1_000), "a piece does not carry the ones before it")
      }
      previous = piece.utf8.count
    }
  }

  @Test func aPatientIsWrittenOnceBeforeTheirFirstEntry() throws {
    var writer = FHIRBundleWriter()
    let start = writer.begin()
    let patient = Patient(id: 7, uid: UUID(), name: "clinic patient")
    let first = try writer.add(.pain(PainEntry(day: TestCalendar.today, score: 3)), of: patient)
    let second = try writer.add(.pain(PainEntry(day: TestCalendar.today, score: 4)), of: patient)
    #expect(writer.add(patient: patient) == "")
    let document = try BundleJSON(start + first + second + writer.end())
    #expect(
      document.resources.map { $0["resourceType"] as? String } == ["Patient", "Observation", "Observation"])
    #expect(value(document.resources[0], "name", 0, "text") as? String == "clinic patient")
  }

  @Test func aBundleWithoutEntriesHasNoEntryArray() throws {
    var writer = FHIRBundleWriter()
    let text = writer.begin() + writer.end()
    let document = try BundleJSON(text)
    #expect(document.document["entry"] == nil)
    #expect(document.document["resourceType"] as? String == "Bundle")
    #expect(document.document["type"] as? String == "transaction")
  }

  @Test func theDemoDiaryIsOneEntryPerDiaryEntryPlusDevicesAndThePatient() throws {
    let patient = Patient(id: 1, uid: UUID(), name: "demo")
    let entries = EdgeCaseDiary.firstEntries
    let document = try BundleJSON(
      FHIRBundle.json(patients: [patient], entries: entries.map { (entry: $0, patient: patient) }))
    let aids = entries.filter { $0.type == .aid }.count
    #expect(document.entries.count == 1 + entries.count + aids)
    #expect(document.resources(ofType: "Procedure").count == entries.filter { $0.type == .treatment }.count)
    #expect(document.resources(ofType: "DeviceUseStatement").count == aids)
    #expect(document.resources(ofType: "Device").count == aids)
  }
}
