import Foundation
import RecoveryFHIR
import RecoveryModel
import RecoveryTestSupport
import Testing

/// The streaming writer: pieces that make one document, patients written once, no growing output.
struct WriterTests {
  @Test func thePiecesMakeTheSameDocumentAsTheConvenience() throws {
    let moment = Date(timeIntervalSince1970: 1_700_000_000)
    var writer = FHIRBundleWriter()
    writer.recorded = moment
    var goals = FHIRGoalContext(today: .today())
    for (entry, _) in EdgeCaseDiary.entries { goals.note(entry) }
    writer.goals = goals
    var pieces = [writer.begin(), writer.add(patient: EdgeCaseDiary.first)]
    for (entry, patient) in EdgeCaseDiary.entries { pieces.append(try writer.add(entry, of: patient)) }
    pieces.append(writer.end())
    let whole = try FHIRBundle.json(
      patients: [EdgeCaseDiary.first], entries: EdgeCaseDiary.entries, recorded: moment)
    #expect(whole.contains(#""recorded":"2023-11-14T22:13:20Z""#))
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
      let derived = entry.type == .aid ? 2 : entry.type == .score ? 3 : 1
      let expected = derived + (index == 0 ? 1 : 0)
      // A closing Provenance may follow; a score without answers has no response.
      #expect(lines.count >= expected - 2 && lines.count <= expected + 1, "\(piece)")
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
      document.resources.map { $0["resourceType"] as? String }
        == ["Device", "Patient", "Observation", "Observation", "Provenance"])
    #expect(value(document.resources[1], "name", 0, "text") as? String == "clinic patient")
  }

  @Test func aBundleWithoutEntriesHoldsOnlyTheExportingProgram() throws {
    var writer = FHIRBundleWriter()
    writer.software = FHIRSoftware(name: "recovery", version: "9.9")
    let text = writer.begin() + writer.end()
    let document = try BundleJSON(text)
    #expect(document.resources.map { $0["resourceType"] as? String } == ["Device"])
    #expect(value(document.resources[0], "version", 0, "value") as? String == "9.9")
    #expect(value(document.resources[0], "deviceName", 0, "name") as? String == "recovery")
    #expect(document.document["resourceType"] as? String == "Bundle")
    #expect(document.document["type"] as? String == "transaction")
  }

  @Test func theDemoDiaryIsOneEntryPerDiaryEntryPlusDevicesAndThePatient() throws {
    let patient = Patient(id: 1, uid: UUID(), name: "demo")
    let entries = EdgeCaseDiary.firstEntries
    let document = try BundleJSON(
      FHIRBundle.json(patients: [patient], entries: entries.map { (entry: $0, patient: patient) }))
    let aids = entries.filter { $0.type == .aid }.count
    let responses = entries.filter { if case .score(let s) = $0 { s.answers != nil } else { false } }.count
    let instruments = Set(
      entries.compactMap { if case .score(let s) = $0, s.answers != nil { s.instrument } else { nil } })
    let hips = Set(entries.compactMap { if case .treatment(let t) = $0 { t.side } else { nil } }).count
    // The program's Device, the patient, the entries, their aid Devices, responses and questionnaires,
    // the hips on each side, and one Provenance.
    #expect(document.entries.count == 3 + entries.count + aids + responses + instruments.count + hips)
    #expect(document.resources(ofType: "Procedure").count == entries.filter { $0.type == .treatment }.count)
    #expect(document.resources(ofType: "DeviceUseStatement").count == aids)
    #expect(document.resources(ofType: "Device").count == aids + 1)
  }
}
