import Foundation
import RecoveryFHIR
import RecoveryModel
import RecoveryTestSupport
import Testing

/// Goals, provenance, laterality and NDJSON, as written.
struct SyncResourceTests {
  let patient = Patient(id: 1, uid: UUID(), name: "Jane Doe")

  func surgery(_ day: String) -> Treatment {
    Treatment(day: TestCalendar.day(day), kind: .totalHipReplacement, side: .right)
  }

  @Test func aGoalStartsOnItsSurgeryRefersToItAndSaysWhetherItWasMet() throws {
    let operation = surgery("2024-10-01")
    let met = MilestoneTarget(
      day: TestCalendar.day("2024-10-01"), kind: .milestone(.drive), days: 30, surgery: operation.uid)
    let overdue = MilestoneTarget(
      day: TestCalendar.day("2024-10-01"), kind: .milestone(.walkWithoutAid), days: 10, surgery: operation.uid
    )
    let open = MilestoneTarget(
      day: TestCalendar.day("2024-10-01"), kind: .opioidFree, days: 400, surgery: operation.uid)
    let drove = MilestoneEntry(day: TestCalendar.day("2024-10-20"), kind: .drive)
    let entries: [DiaryEntry] = [
      .treatment(operation), .target(met), .target(overdue), .target(open), .milestone(drove),
    ]
    let bundle = try BundleJSON(
      FHIRBundle.json(
        patients: [patient], entries: entries.map { (entry: $0, patient: patient) },
        today: TestCalendar.day("2024-11-01")))
    let surgeryURN = "urn:uuid:" + operation.uid.uuidString.lowercased()
    for target in [met, overdue, open] {
      let goal = try bundle.resource(target.uid)
      #expect(goal["startDate"] as? String == "2024-10-01")
      let references = (goal["extension"] as? [[String: Any]])?.compactMap {
        value($0, "valueReference", "reference") as? String
      }
      #expect(references == [surgeryURN])
    }
    #expect(
      value(try bundle.resource(met.uid), "achievementStatus", "coding", 0, "code") as? String == "achieved")
    #expect(
      value(try bundle.resource(overdue.uid), "achievementStatus", "coding", 0, "code") as? String
        == "not-achieved")
    #expect(try bundle.resource(open.uid)["achievementStatus"] == nil)
    #expect(value(bundle.resources(ofType: "Patient").first, "name", 0, "text") as? String == "Jane Doe")
  }

  @Test func theProvenanceTargetsEveryResourceWithThePatientAsAuthorAndTheProgramAsAssembler() throws {
    let entries: [DiaryEntry] = (0..<2_500).map { index in
      .pain(PainEntry(day: TestCalendar.day("2024-01-01").adding(days: index % 300), score: index % 11))
    }
    let bundle = try BundleJSON(
      FHIRBundle.json(
        patients: [patient], entries: entries.map { (entry: $0, patient: patient) },
        software: FHIRSoftware(name: "recovery", version: "1.2.3"), recorded: Date(timeIntervalSince1970: 0)))
    let provenances = bundle.resources(ofType: "Provenance")
    #expect(provenances.count == 3, "blocks of 1000")
    let targets = provenances.flatMap {
      ($0["target"] as? [[String: Any]] ?? []).compactMap { $0["reference"] as? String }
    }
    #expect(Set(targets) == Set(entries.map { "urn:uuid:" + $0.uid.uuidString.lowercased() }))
    let device = try #require(bundle.resources(ofType: "Device").first)
    #expect(value(device, "version", 0, "value") as? String == "1.2.3")
    let deviceURN = try #require(value(device, "identifier", 0, "value") as? String)
    for provenance in provenances {
      #expect(provenance["recorded"] as? String == "1970-01-01T00:00:00Z")
      #expect(value(provenance, "agent", 0, "type", "coding", 0, "code") as? String == "author")
      #expect(
        value(provenance, "agent", 0, "who", "reference") as? String == "urn:uuid:"
          + patient.uid.uuidString.lowercased())
      #expect(value(provenance, "agent", 1, "type", "coding", 0, "code") as? String == "assembler")
      #expect(value(provenance, "agent", 1, "who", "reference") as? String == deviceURN)
    }
  }

  @Test(arguments: [(Side.left, "7771000"), (.right, "24028007"), (.both, "51440002")])
  func aPainWithASideCodesItsLaterality(side: Side, code: String) throws {
    let pain = PainEntry(day: TestCalendar.day("2024-11-20"), score: 5, location: .groin, side: side)
    let bundle = try BundleJSON(
      FHIRBundle.json(patients: [patient], entries: [(entry: .pain(pain), patient: patient)]))
    let site = try bundle.resource(pain.uid)["bodySite"]
    #expect(value(site, "coding", 0, "code") as? String == "26893007")
    #expect(
      value(site, "extension", 0, "url") as? String
        == "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality")
    #expect(value(site, "extension", 0, "valueCodeableConcept", "coding", 0, "code") as? String == code)
  }

  @Test func aPainWithoutASideHasNoLaterality() throws {
    let pain = PainEntry(day: TestCalendar.day("2024-11-20"), score: 5, location: .groin)
    let bundle = try BundleJSON(
      FHIRBundle.json(patients: [patient], entries: [(entry: .pain(pain), patient: patient)]))
    #expect(value(try bundle.resource(pain.uid), "bodySite", "extension") == nil)
  }

  @Test func ndjsonLinesAreTheBundlesResourcesWithIdsAndRelativeReferences() throws {
    var writer = FHIRNDJSONWriter(timeZone: nil, software: FHIRSoftware(name: "recovery", version: "1"))
    let pain = PainEntry(day: TestCalendar.day("2024-11-20"), score: 5, side: .left)
    var lines = writer.begin() + writer.add(patient: patient)
    lines += try writer.add(.pain(pain), of: patient, removed: true)
    lines += writer.end()
    #expect(lines.map(\.type) == ["Device", "Patient", "Observation", "Provenance"])
    for line in lines {
      #expect(line.text.hasSuffix("\n") && line.text.dropLast().allSatisfy { $0 != "\n" })
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.text.utf8)) as? [String: Any])
      #expect(object["resourceType"] as? String == line.type)
    }
    let observation = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[2].text.utf8)) as? [String: Any])
    #expect(observation["id"] as? String == pain.uid.uuidString.lowercased())
    #expect(
      value(observation, "subject", "reference") as? String == "Patient/"
        + patient.uid.uuidString.lowercased())
    #expect(observation["status"] as? String == "entered-in-error")
  }

  @Test func aProcedureWithASideNamesItsHipAsABodyStructureWrittenOnce() throws {
    let first = surgery("2024-10-01")
    let second = Treatment(day: TestCalendar.day("2024-11-01"), kind: .cortisone, side: .right)
    let other = Treatment(day: TestCalendar.day("2024-11-02"), kind: .cortisone, side: .left)
    let entries: [DiaryEntry] = [.treatment(first), .treatment(second), .treatment(other)]
    let bundle = try BundleJSON(
      FHIRBundle.json(patients: [patient], entries: entries.map { (entry: $0, patient: patient) }))
    let hips = bundle.resources(ofType: "BodyStructure")
    #expect(hips.count == 2, "one per side")
    let codes = hips.compactMap { value($0, "locationQualifier", 0, "coding", 0, "code") as? String }
    #expect(codes == ["24028007", "7771000"])
    #expect(hips.allSatisfy { value($0, "location", "coding", 0, "code") as? String == "29836001" })
    let target = "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure"
    let named = { (treatment: Treatment) throws -> String? in
      let extensions = try bundle.resource(treatment.uid)["extension"] as? [[String: Any]] ?? []
      return extensions.first { $0["url"] as? String == target }.flatMap {
        value($0, "valueReference", "reference") as? String
      }
    }
    #expect(try named(first) == named(second))
    #expect(try named(first) != named(other))
    let rightHip = try #require(
      bundle.entries.first {
        value($0, "resource", "locationQualifier", 0, "coding", 0, "code") as? String == "24028007"
      })
    #expect(try named(first) == rightHip["fullUrl"] as? String)
  }
}
