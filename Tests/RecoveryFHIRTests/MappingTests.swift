import Foundation
import RecoveryFHIR
import RecoveryModel
import RecoveryTestSupport
import Testing

/// What each diary entry becomes: codes, values, body sites with their side, periods, identifiers.
struct MappingTests {
  let tagSystem = "http://recovery.example.org/fhir/provenance"

  let patient = Patient(id: 1, uid: UUID(), name: "default")

  /// The bundle of `entries`, read back.
  func bundle(_ entries: [DiaryEntry], timeZone: TimeZone? = nil) throws -> BundleJSON {
    try BundleJSON(
      FHIRBundle.json(
        patients: [], entries: entries.map { (entry: $0, patient: patient) }, timeZone: timeZone))
  }

  var patientURN: String { "urn:uuid:" + patient.uid.uuidString.lowercased() }

  @Test func painIsALOINCObservationWithItsScoreSiteSideAndActivity() throws {
    let pain = PainEntry(
      day: TestCalendar.day("2024-11-20"), time: TestCalendar.time("08:30"), score: 6, location: .groin,
      side: .right, activity: .stairs, note: "after the \"big\" walk")
    let resource = try bundle([.pain(pain)]).resource(pain.uid)
    #expect(resource["resourceType"] as? String == "Observation")
    #expect(resource["status"] as? String == "final")
    #expect(value(resource, "category", 0, "coding", 0, "code") as? String == "survey")
    #expect(value(resource, "code", "coding", 0, "system") as? String == "http://loinc.org")
    #expect(value(resource, "code", "coding", 0, "code") as? String == "72514-3")
    #expect(resource["valueInteger"] as? Int == 6)
    #expect(resource["effectiveDateTime"] as? String == "2024-11-20")
    #expect(value(resource, "subject", "reference") as? String == patientURN)
    #expect(value(resource, "bodySite", "coding", 0, "system") as? String == "http://snomed.info/sct")
    #expect(value(resource, "bodySite", "coding", 0, "code") as? String == "26893007")
    #expect(value(resource, "bodySite", "text") as? String == "right groin")
    #expect(value(resource, "component", 0, "code", "text") as? String == "activity")
    #expect(value(resource, "component", 0, "valueString") as? String == "on stairs")
    #expect(value(resource, "note", 0, "text") as? String == "after the \"big\" walk")
  }

  @Test(arguments: [
    (BodyLocation.groin, Side.left, "26893007", "left groin"),
    (.hip, .right, "29836001", "right hip"),
    (.hip, .both, "29836001", "both hips"),
    (.frontThigh, .right, "68367000", "right front thigh"),
    (.innerThigh, .both, "68367000", "inner thigh, both sides"),
    (.lowerBack, .left, "37822005", "left lower back"),
  ])
  func codedLocationsCarryTheirSNOMEDCodeAndTheSideInTheText(
    location: BodyLocation, side: Side, code: String, text: String
  ) throws {
    let pain = PainEntry(day: TestCalendar.today, score: 3, location: location, side: side)
    let resource = try bundle([.pain(pain)]).resource(pain.uid)
    #expect(value(resource, "bodySite", "coding", 0, "code") as? String == code)
    #expect(value(resource, "bodySite", "text") as? String == text)
  }

  @Test(arguments: [BodyLocation.lateralHip, .buttock, .abdomen, .genitals, .knee])
  func otherLocationsAreTextOnly(location: BodyLocation) throws {
    let pain = PainEntry(day: TestCalendar.today, score: 3, location: location, side: .left)
    let resource = try bundle([.pain(pain)]).resource(pain.uid)
    #expect(value(resource, "bodySite", "coding") == nil)
    #expect(value(resource, "bodySite", "text") as? String == "left \(location.label)")
  }

  @Test func painWithOnlyAScoreHasNoBodySiteComponentOrNote() throws {
    let pain = PainEntry(day: TestCalendar.today, score: 0)
    let resource = try bundle([.pain(pain)]).resource(pain.uid)
    #expect(resource["valueInteger"] as? Int == 0)
    #expect(resource["bodySite"] == nil)
    #expect(resource["component"] == nil)
    #expect(resource["note"] == nil)
  }

  @Test func aSideWithoutALocationIsTheSide() throws {
    let pain = PainEntry(day: TestCalendar.today, score: 2, side: .both)
    let resource = try bundle([.pain(pain)]).resource(pain.uid)
    #expect(value(resource, "bodySite", "text") as? String == "both sides")
    #expect(value(resource, "bodySite", "coding") == nil)
  }

  @Test(arguments: [
    (TreatmentKind.totalHipReplacement, "52734007" as String?),
    (.psoasRelease, "78545003"),
    (.hipResurfacing, nil), (.cortisone, nil), (.other, nil),
  ])
  func treatmentsAreCompletedProceduresWithTheirLabelAndSNOMEDCodeWhereKnown(
    kind: TreatmentKind, code: String?
  )
    throws
  {
    let treatment = Treatment(
      day: TestCalendar.day("2024-10-28"), kind: kind, name: kind == .other ? "shockwave" : nil, side: .right)
    let resource = try bundle([.treatment(treatment)]).resource(treatment.uid)
    #expect(resource["resourceType"] as? String == "Procedure")
    #expect(resource["status"] as? String == "completed")
    #expect(value(resource, "code", "text") as? String == (kind == .other ? "shockwave" : kind.label))
    #expect(value(resource, "code", "coding", 0, "code") as? String == code)
    #expect(value(resource, "category", "text") as? String == kind.category.rawValue)
    #expect(resource["performedDateTime"] as? String == "2024-10-28")
    #expect(value(resource, "bodySite", 0, "coding", 0, "code") as? String == "29836001")
    #expect(value(resource, "bodySite", 0, "text") as? String == "right hip")
    #expect(value(resource, "subject", "reference") as? String == patientURN)
  }

  @Test func aProcedureCarriesProviderAgentTargetFindingAndEveryDetail() throws {
    let release = Treatment(
      day: TestCalendar.day("2024-10-28"), kind: .psoasRelease, name: "iliopsoas tenotomy", side: .both,
      level: .centralCompartment, approach: .arthroscopic, provider: "Dr Example", finding: "cup overhanging",
      note: "went well")
    let injection = Treatment(
      day: TestCalendar.day("2024-03-04"), kind: .prolotherapy, side: .left, target: .iliopsoasTendon,
      guidance: .ultrasound, agent: "dextrose 15%", dose: "2 ml", round: 2)
    let bundle = try bundle([.treatment(release), .treatment(injection)])
    let surgery = try bundle.resource(release.uid)
    #expect(value(surgery, "performer", 0, "actor", "display") as? String == "Dr Example")
    #expect(value(surgery, "bodySite", 0, "text") as? String == "both hips")
    let notes = (surgery["note"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(
      notes == [
        "Name: iliopsoas tenotomy", "Release level: central compartment", "Approach: arthroscopic",
        "Finding: cup overhanging", "went well",
      ])
    let injected = try bundle.resource(injection.uid)
    #expect(value(injected, "usedCode", 0, "text") as? String == "dextrose 15%")
    #expect(value(injected, "bodySite", 0, "text") as? String == "left hip")
    #expect(value(injected, "bodySite", 1, "text") as? String == "left iliopsoas tendon")
    let injectedNotes = (injected["note"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(injectedNotes == ["Image guidance: ultrasound", "Dose: 2 ml", "Round 2"])
    #expect(injected["performer"] == nil)
  }

  @Test func aTherapyWithoutASideHasNoBodySite() throws {
    let therapy = Treatment(day: TestCalendar.today, kind: .physiotherapy)
    let resource = try bundle([.treatment(therapy)]).resource(therapy.uid)
    #expect(resource["bodySite"] == nil)
    #expect(value(resource, "category", "text") as? String == "therapy")
  }

  @Test func aSymptomCountIsAQuantityOfEpisodesAndItsSeverityAComponent() throws {
    let catching = SymptomEntry(
      day: TestCalendar.today, kind: .catching, count: 4, severity: 7, location: .groin, side: .right,
      activity: .car)
    let resource = try bundle([.symptom(catching)]).resource(catching.uid)
    #expect(resource["resourceType"] as? String == "Observation")
    #expect(value(resource, "code", "text") as? String == "catching")
    #expect(value(resource, "valueQuantity", "value") as? Int == 4)
    #expect(value(resource, "valueQuantity", "unit") as? String == "episodes")
    #expect(value(resource, "valueQuantity", "code") as? String == "{episodes}")
    #expect(value(resource, "component", 0, "code", "text") as? String == "severity (0-10)")
    #expect(value(resource, "component", 0, "valueInteger") as? Int == 7)
    #expect(value(resource, "component", 1, "valueString") as? String == "getting into a car")
    #expect(value(resource, "bodySite", "text") as? String == "right groin")
    #expect(value(resource, "bodySite", "coding", 0, "code") as? String == "26893007")
  }

  @Test func aSymptomWithOnlyASeverityHasItAsTheValue() throws {
    let point = SymptomEntry(
      day: TestCalendar.today, kind: .triggerPoint, severity: 6, point: .lowerPsoas, location: .groin,
      side: .left)
    let resource = try bundle([.symptom(point)]).resource(point.uid)
    #expect(value(resource, "code", "text") as? String == "trigger point")
    #expect(resource["valueInteger"] as? Int == 6)
    #expect(resource["valueQuantity"] == nil)
    #expect(value(resource, "bodySite", "text") as? String == "left lower psoas trigger point")
    #expect(value(resource, "component", 1, "code", "text") as? String == "location")
    #expect(value(resource, "component", 1, "valueString") as? String == "groin")
  }

  @Test func aSymptomWithNeitherCountNorSeverityHasNoValue() throws {
    let stiffness = SymptomEntry(day: TestCalendar.today, kind: .stiffness)
    let resource = try bundle([.symptom(stiffness)]).resource(stiffness.uid)
    #expect(value(resource, "code", "text") as? String == "stiffness")
    #expect(resource["valueInteger"] == nil)
    #expect(resource["valueQuantity"] == nil)
    #expect(resource["component"] == nil)
  }

  @Test func aClosedAidPeriodEndsOnItsLastDayOnTheAid() throws {
    let period = AidPeriod(
      aid: .twoCrutches, from: TestCalendar.day("2024-10-28"), to: TestCalendar.day("2024-11-11"),
      weightBearing: .pwb, side: .right, note: "hard on stairs")
    let bundle = try bundle([.aid(period)])
    let statement = try bundle.resource(period.uid)
    #expect(statement["resourceType"] as? String == "DeviceUseStatement")
    #expect(statement["status"] as? String == "completed")
    #expect(value(statement, "timingPeriod", "start") as? String == "2024-10-28")
    #expect(value(statement, "timingPeriod", "end") as? String == "2024-11-10")
    #expect(value(statement, "bodySite", "text") as? String == "right side")
    let notes = (statement["note"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(notes == ["partial weight bearing", "hard on stairs"])
    let devices = bundle.resources(ofType: "Device").filter { $0["patient"] != nil }
    try #require(devices.count == 1)
    #expect(value(devices[0], "type", "text") as? String == "two crutches")
    #expect(devices[0]["status"] as? String == "inactive")
    #expect(value(devices[0], "patient", "reference") as? String == patientURN)
    #expect(
      value(statement, "device", "reference") as? String == value(devices[0], "identifier", 0, "value")
        as? String)
  }

  @Test func anOpenAidPeriodHasNoEnd() throws {
    let period = AidPeriod(aid: .cane, from: TestCalendar.day("2024-11-11"))
    let bundle = try bundle([.aid(period)])
    let statement = try bundle.resource(period.uid)
    #expect(statement["status"] as? String == "active")
    #expect(value(statement, "timingPeriod", "start") as? String == "2024-11-11")
    #expect(value(statement, "timingPeriod", "end") == nil)
    #expect(
      bundle.resources(ofType: "Device").filter { $0["patient"] != nil }.first?["status"] as? String
        == "active")
  }

  @Test func aOneDayPeriodStoredByAnEarlierVersionCoversItsDay() throws {
    let day = TestCalendar.day("2024-11-11")
    let period = AidPeriod(aid: .walker, from: day, to: day)
    let statement = try bundle([.aid(period)]).resource(period.uid)
    #expect(value(statement, "timingPeriod", "end") as? String == "2024-11-11")
  }

  @Test func aPeriodEndingBeforeItStartsIsRefusedWithItsData() throws {
    let period = AidPeriod(
      aid: .walker, from: TestCalendar.day("2024-11-11"), to: TestCalendar.day("2024-11-01"))
    var writer = FHIRBundleWriter()
    _ = writer.begin()
    let error = #expect(throws: FHIRExportError.self) { try writer.add(.aid(period), of: patient) }
    #expect(
      error
        == .periodEndsBeforeStart(
          entry: period.uid, from: TestCalendar.day("2024-11-11"), to: TestCalendar.day("2024-11-01")))
  }

  @Test func theDeviceUidIsDerivedTheSameWayEveryTimeAndIsNotTheAidUid() throws {
    let period = AidPeriod(aid: .oneCrutch, from: TestCalendar.day("2024-11-11"))
    let first = try bundle([.aid(period)]).resources(ofType: "Device").filter { $0["patient"] != nil }
    let second = try bundle([.aid(period)]).resources(ofType: "Device").filter { $0["patient"] != nil }
    let urn = try #require(value(first.first, "identifier", 0, "value") as? String)
    #expect(value(second.first, "identifier", 0, "value") as? String == urn)
    #expect(urn != "urn:uuid:" + period.uid.uuidString.lowercased())
    let uid = try #require(UUID(uuidString: String(urn.dropFirst("urn:uuid:".count))))
    #expect(uid.uuid.6 >> 4 == 8, "an RFC 9562 version 8 uid")
    #expect(uid.uuid.8 >> 6 == 0b10, "the RFC 9562 variant")
    let other = AidPeriod(aid: .oneCrutch, from: TestCalendar.day("2024-11-11"))
    #expect(
      try bundle([.aid(other)]).resources(ofType: "Device").filter { $0["patient"] != nil }.first?[
        "identifier"] as? [[String: String]]
        != first.first?["identifier"] as? [[String: String]])
  }

  @Test func everyResourceIsIdentifiedByItsUidAndUpdatedConditionallyOnIt() throws {
    let bundle = try BundleJSON(
      FHIRBundle.json(patients: [EdgeCaseDiary.first], entries: EdgeCaseDiary.entries))
    let uids = Set(EdgeCaseDiary.entries.map { "urn:uuid:" + $0.entry.uid.uuidString.lowercased() })
    let patients = Set(
      [EdgeCaseDiary.first, EdgeCaseDiary.second].map { "urn:uuid:" + $0.uid.uuidString.lowercased() })
    var fullUrls: [String] = []
    for entry in bundle.entries {
      let fullUrl = try #require(entry["fullUrl"] as? String)
      fullUrls.append(fullUrl)
      let type = try #require(value(entry, "resource", "resourceType") as? String)
      #expect(value(entry, "request", "method") as? String == "PUT")
      if type == "Provenance" {
        let uid = fullUrl.dropFirst("urn:uuid:".count)
        #expect(value(entry, "resource", "meta", "tag", 0, "code") as? String == String(uid))
        #expect(value(entry, "request", "url") as? String == "Provenance?_tag=\(tagSystem)|\(uid)")
        continue
      }
      let identifier = value(entry, "resource", "identifier", type == "QuestionnaireResponse" ? "system" : 0)
      #expect(
        (identifier as? String ?? value(identifier, "system") as? String) == "urn:ietf:rfc:3986"
          || value(entry, "resource", "identifier", 0, "system") as? String == "urn:ietf:rfc:3986")
      if type != "QuestionnaireResponse" {
        #expect(value(entry, "resource", "identifier", 0, "value") as? String == fullUrl)
        #expect((value(entry, "resource", "identifier") as? [Any])?.count == 1)
      } else {
        #expect(value(entry, "resource", "identifier", "value") as? String == fullUrl)
      }
      #expect(value(entry, "request", "url") as? String == "\(type)?identifier=urn:ietf:rfc:3986|\(fullUrl)")
      switch type {
      case "Patient": #expect(patients.contains(fullUrl))
      case "Device", "Questionnaire", "QuestionnaireResponse", "BodyStructure":
        #expect(!uids.contains(fullUrl))
      default: #expect(uids.contains(fullUrl))
      }
    }
    #expect(Set(fullUrls).count == fullUrls.count)
    #expect(Set(fullUrls).isSuperset(of: uids.union(patients)))
    #expect(bundle.resources(ofType: "Provenance").count >= 2, "at least one per patient")
    #expect(bundle.document["type"] as? String == "transaction")
    let references = bundle.references
    #expect(references.count > EdgeCaseDiary.entries.count)
    for reference in references { #expect(fullUrls.contains(reference), "\(reference) resolves to nothing") }
  }

  @Test func eachEntryReferencesItsOwnPatient() throws {
    let bundle = try BundleJSON(
      FHIRBundle.json(patients: [EdgeCaseDiary.first], entries: EdgeCaseDiary.entries))
    for (entry, patient) in EdgeCaseDiary.entries {
      let resource = try bundle.resource(entry.uid)
      let reference = value(resource, "subject", "reference") as? String
      #expect(reference == "urn:uuid:" + patient.uid.uuidString.lowercased())
    }
    let names = bundle.resources(ofType: "Patient").compactMap { value($0, "name", 0, "text") as? String }
    #expect(names == [EdgeCaseDiary.first.name, EdgeCaseDiary.second.name])
  }

  @Test func freeTextComesBackExactly() throws {
    let pain = PainEntry(day: TestCalendar.today, score: 5, note: EdgeCaseDiary.awkwardText)
    let resource = try bundle([.pain(pain)]).resource(pain.uid)
    #expect(value(resource, "note", 0, "text") as? String == EdgeCaseDiary.awkwardText)
  }

  @Test func anEmptyNoteIsLeftOut() throws {
    let pain = PainEntry(day: TestCalendar.today, score: 5, note: "")
    let resource = try bundle([.pain(pain)]).resource(pain.uid)
    #expect(resource["note"] == nil)
  }
}
