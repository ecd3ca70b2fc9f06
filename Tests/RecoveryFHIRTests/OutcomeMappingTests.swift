import Foundation
import RecoveryFHIR
import RecoveryModel
import RecoveryTestSupport
import Testing

/// What questionnaire scores, milestones and targets become: observations with their value and
/// components, and a `Goal` due a number of days after its surgery.
struct OutcomeMappingTests {
  let patient = Patient(id: 1, uid: UUID(), name: "default")

  /// The bundle of `entries`, read back.
  func bundle(_ entries: [DiaryEntry], timeZone: TimeZone? = nil) throws -> BundleJSON {
    try BundleJSON(
      FHIRBundle.json(
        patients: [], entries: entries.map { (entry: $0, patient: patient) }, timeZone: timeZone))
  }

  var patientURN: String { "urn:uuid:" + patient.uid.uuidString.lowercased() }

  /// The texts of a resource's notes, in order.
  func notes(_ resource: [String: Any]) -> [String] {
    (resource["note"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
  }

  /// A component's name and value: its code's text, and its `valueInteger`.
  func components(_ resource: [String: Any]) -> [(name: String?, value: Int?)] {
    (resource["component"] as? [[String: Any]] ?? []).map { component in
      (name: value(component, "code", "text") as? String, value: component["valueInteger"] as? Int)
    }
  }

  @Test func aHOOSJRScoreIsItsIntervalScoreWithTheRawSumAndEachAnswer() throws {
    let score = try ScoreEntry.hoosJR(
      answers: [2, 1, 1, 1, 1, 0], day: TestCalendar.day("2024-11-20"), time: TestCalendar.time("09:30"),
      side: .right, note: "after physio")
    let resource = try bundle([.score(score)], timeZone: TimeZone(identifier: "Europe/Berlin"))
      .resource(score.uid)
    #expect(resource["resourceType"] as? String == "Observation")
    #expect(resource["status"] as? String == "final")
    #expect(value(resource, "category", 0, "coding", 0, "code") as? String == "survey")
    #expect(value(resource, "code", "text") as? String == "HOOS JR")
    #expect(value(resource, "code", "coding", 0, "system") as? String == "http://loinc.org")
    #expect(value(resource, "code", "coding", 0, "code") as? String == "82323-7")
    #expect(value(resource, "subject", "reference") as? String == patientURN)
    #expect(resource["effectiveDateTime"] as? String == "2024-11-20T09:30:00+01:00")
    // Raw 6 is 70.426 on the interval scale.
    #expect(value(resource, "valueQuantity", "value") as? Double == 70.426)
    #expect(value(resource, "valueQuantity", "unit") as? String == "score")
    #expect(value(resource, "valueQuantity", "system") as? String == "http://unitsofmeasure.org")
    #expect(value(resource, "valueQuantity", "code") as? String == "{score}")
    #expect(resource["valueInteger"] == nil)
    let parts = components(resource)
    #expect(parts.map(\.name) == ["raw score"])
    #expect(parts.map(\.value) == [6])
    let written = try bundle([.score(score)], timeZone: TimeZone(identifier: "Europe/Berlin"))
    let response = try #require(written.resources(ofType: "QuestionnaireResponse").first)
    #expect(
      value(resource, "derivedFrom", 0, "reference") as? String == "urn:uuid:"
        + (value(response, "identifier", "value") as? String ?? "").dropFirst("urn:uuid:".count))
    #expect(
      (response["item"] as? [[String: Any]])?.map { value($0, "answer", 0, "valueInteger") as? Int }
        == [2, 1, 1, 1, 1, 0])
    #expect(response["questionnaire"] as? String == "http://recovery.example.org/fhir/Questionnaire/hoos-jr")
    let questionnaire = try #require(written.resources(ofType: "Questionnaire").first)
    #expect(value(questionnaire, "code", 0, "code") as? String == "82316-1")
    #expect(
      (questionnaire["item"] as? [[String: Any]])?.map { value($0, "code", 0, "code") as? String }
        == ["82317-9", "82318-7", "82319-5", "82320-3", "82321-1", "82322-9"])
    #expect(
      (questionnaire["item"] as? [[String: Any]])?.allSatisfy { $0["text"] == nil } == true,
      "no item wording")
    #expect(value(resource, "bodySite", "text") as? String == "right hip")
    #expect(
      value(resource, "bodySite", "extension", 0, "valueCodeableConcept", "coding", 0, "code") as? String
        == "24028007")
    #expect(value(resource, "bodySite", "coding", 0, "code") as? String == "29836001")
    #expect(notes(resource) == ["after physio"])
  }

  @Test func anIHOT12ScoreIsTheUnroundedMeanOfItsTwelveAnswers() throws {
    let answers = [80, 75, 90, 60, 85, 70, 95, 80, 65, 90, 70, 86]
    let score = try ScoreEntry.ihot12(answers: answers, day: TestCalendar.day("2024-11-20"))
    let bundle = try bundle([.score(score)])
    let resource = try bundle.resource(score.uid)
    #expect(value(resource, "code", "text") as? String == "iHOT-12")
    #expect(resource["effectiveDateTime"] as? String == "2024-11-20")
    #expect(value(resource, "valueQuantity", "value") as? Double == 946.0 / 12)
    let parts = components(resource)
    #expect(parts.map(\.name) == ["raw score"])
    #expect(parts.map(\.value) == [946])
    #expect(value(resource, "code", "coding") == nil, "no LOINC code is claimed for iHOT-12")
    let response = try #require(bundle.resources(ofType: "QuestionnaireResponse").first)
    #expect(
      (response["item"] as? [[String: Any]])?.map { value($0, "answer", 0, "valueInteger") as? Int }
        == answers)
    #expect(resource["bodySite"] == nil)
    #expect(resource["note"] == nil)
  }

  @Test func anOxfordScoreFromItsAnswersHasThemAll() throws {
    let answers = [4, 4, 3, 4, 2, 4, 4, 3, 4, 4, 0, 4]
    let score = try ScoreEntry.oxford(answers: answers, day: TestCalendar.day("2024-11-20"), side: .both)
    let resource = try bundle([.score(score)]).resource(score.uid)
    #expect(value(resource, "code", "text") as? String == "Oxford Hip Score")
    #expect(value(resource, "valueQuantity", "value") as? Int == 40)
    #expect(components(resource).map(\.value) == [40])
    #expect(value(resource, "bodySite", "text") as? String == "both hips")
  }

  @Test func anOxfordTotalWithoutAnswersHasOnlyItsRawScore() throws {
    let score = try ScoreEntry.oxford(total: 0, day: TestCalendar.day("2024-11-20"), side: .left)
    let resource = try bundle([.score(score)]).resource(score.uid)
    #expect(value(resource, "code", "text") as? String == "Oxford Hip Score")
    #expect(value(resource, "valueQuantity", "value") as? Int == 0, "a score of 0 is a value, not absent")
    let parts = components(resource)
    #expect(parts.map(\.name) == ["raw score"])
    #expect(parts.map(\.value) == [0])
    #expect(value(resource, "bodySite", "text") as? String == "left hip")
  }

  @Test func aMilestoneIsAnObservationOfTheDayWithoutAValue() throws {
    let milestone = MilestoneEntry(
      day: TestCalendar.day("2024-11-13"), time: TestCalendar.time("20:00"), kind: .walkWithoutAid,
      side: .right, note: "round the block")
    let resource = try bundle([.milestone(milestone)], timeZone: TimeZone(identifier: "UTC"))
      .resource(milestone.uid)
    #expect(resource["resourceType"] as? String == "Observation")
    #expect(resource["status"] as? String == "final")
    #expect(value(resource, "code", "text") as? String == "milestone: walk without aid")
    #expect(value(resource, "subject", "reference") as? String == patientURN)
    #expect(resource["effectiveDateTime"] as? String == "2024-11-13T20:00:00+00:00")
    #expect(resource["valueQuantity"] == nil)
    #expect(resource["valueInteger"] == nil)
    #expect(resource["component"] == nil)
    #expect(value(resource, "bodySite", "text") as? String == "right side")
    #expect(notes(resource) == ["round the block"])
  }

  @Test func aMilestoneWithoutSideOrNoteHasNeither() throws {
    let milestone = MilestoneEntry(day: TestCalendar.day("2024-11-13"), kind: .drive)
    let resource = try bundle([.milestone(milestone)]).resource(milestone.uid)
    #expect(value(resource, "code", "text") as? String == "milestone: drive")
    #expect(resource["effectiveDateTime"] as? String == "2024-11-13")
    #expect(resource["bodySite"] == nil)
    #expect(resource["note"] == nil)
  }

  @Test func aTargetIsAGoalDueItsDaysAfterTheSurgeryItsNoteNames() throws {
    let surgery = Treatment(day: TestCalendar.day("2024-10-28"), kind: .psoasRelease, side: .right)
    let target = MilestoneTarget(
      day: TestCalendar.day("2024-10-29"), kind: .offCrutches, days: 14, surgery: surgery.uid,
      note: "the surgeon's word")
    let bundle = try bundle([.treatment(surgery), .target(target)])
    let goal = try bundle.resource(target.uid)
    #expect(goal["resourceType"] as? String == "Goal")
    #expect(goal["lifecycleStatus"] as? String == "active")
    #expect(value(goal, "description", "text") as? String == "off crutches within 14 days after surgery")
    #expect(value(goal, "subject", "reference") as? String == patientURN)
    #expect(goal["statusDate"] as? String == "2024-10-29")
    let targets = try #require(goal["target"] as? [[String: Any]])
    #expect(targets.count == 1)
    #expect(value(targets[0], "dueDuration", "value") as? Int == 14)
    #expect(value(targets[0], "dueDuration", "unit") as? String == "days")
    #expect(value(targets[0], "dueDuration", "system") as? String == "http://unitsofmeasure.org")
    #expect(value(targets[0], "dueDuration", "code") as? String == "d")
    #expect(targets[0]["measure"] == nil, "a due date alone needs no measure")
    let surgeryURN = try #require(
      value(try bundle.resource(surgery.uid), "identifier", 0, "value") as? String)
    #expect(notes(goal) == ["Counted from the surgery \(surgeryURN).", "the surgeon's word"])
  }

  @Test func aMilestoneTargetDescribesItsMilestone() throws {
    let target = MilestoneTarget(
      day: TestCalendar.day("2024-10-28"), kind: .milestone(.returnToWork), days: 42, surgery: UUID())
    let goal = try bundle([.target(target)]).resource(target.uid)
    #expect(value(goal, "description", "text") as? String == "return to work within 42 days after surgery")
    #expect(value(goal, "target", 0, "dueDuration", "value") as? Int == 42)
    #expect(
      notes(goal) == ["Counted from the surgery urn:uuid:\(target.surgery.uuidString.lowercased())."])
  }
}
