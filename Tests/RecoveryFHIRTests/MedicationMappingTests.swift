import Foundation
import RecoveryFHIR
import RecoveryModel
import RecoveryTestSupport
import Testing

/// What medications become: a `MedicationStatement` with the RxNorm ingredient code and the drug's
/// name, when it was taken, and the dose in milligrams with how often.
struct MedicationMappingTests {
  let patient = Patient(id: 1, uid: UUID(), name: "default")

  func resource(_ entry: MedicationEntry, timeZone: TimeZone? = nil) throws -> [String: Any] {
    try BundleJSON(
      FHIRBundle.json(
        patients: [], entries: [(entry: .medication(entry), patient: patient)], timeZone: timeZone)
    ).resource(entry.uid)
  }

  @Test func dosesOnADayAreACompletedStatementAtTheirTime() throws {
    let entry = MedicationEntry(
      drug: .oxycodone, day: TestCalendar.day("2024-10-29"), time: TestCalendar.time("21:30"), dose: 5,
      times: 3, asNeeded: true, note: "night")
    let statement = try resource(entry, timeZone: TimeZone(identifier: "Europe/Berlin"))
    #expect(statement["resourceType"] as? String == "MedicationStatement")
    #expect(statement["status"] as? String == "completed")
    #expect(statement["effectiveDateTime"] as? String == "2024-10-29T21:30:00+01:00")
    #expect(value(statement, "medicationCodeableConcept", "text") as? String == "oxycodone")
    let coding = try #require(
      (value(statement, "medicationCodeableConcept", "coding") as? [[String: Any]])?.first)
    #expect(coding["system"] as? String == "http://www.nlm.nih.gov/research/umls/rxnorm")
    #expect(coding["code"] as? String == "7804")
    let dosage = try #require((statement["dosage"] as? [[String: Any]])?.first)
    #expect(value(dosage, "timing", "repeat", "count") as? Int == 3)
    let quantity = try #require(
      (dosage["doseAndRate"] as? [[String: Any]])?.first?["doseQuantity"] as? [String: Any])
    #expect(quantity["value"] as? Double == 5)
    #expect(quantity["code"] as? String == "mg")
    #expect((dosage["text"] as? String)?.contains("as needed") == true)
  }

  @Test func aCourseIsAPeriodThroughItsLastDayActiveWhileOpen() throws {
    let ended = MedicationEntry(
      drug: .paracetamol, day: TestCalendar.day("2024-10-28"), isCourse: true,
      to: TestCalendar.day("2024-11-18"), dose: 1000, times: 4)
    let statement = try resource(ended)
    #expect(statement["status"] as? String == "completed")
    #expect(value(statement, "effectivePeriod", "start") as? String == "2024-10-28")
    #expect(value(statement, "effectivePeriod", "end") as? String == "2024-11-17")
    let dosage = try #require((statement["dosage"] as? [[String: Any]])?.first)
    #expect(value(dosage, "timing", "repeat", "frequency") as? Int == 4)
    #expect(value(dosage, "timing", "repeat", "periodUnit") as? String == "d")
    let open = MedicationEntry(
      drug: .etoricoxib, day: TestCalendar.day("2024-10-28"), isCourse: true, dose: 90)
    let openStatement = try resource(open)
    #expect(openStatement["status"] as? String == "active")
    #expect(value(openStatement, "effectivePeriod", "end") == nil)
    // No RxNorm code is known for etoricoxib here: the concept is its text alone.
    #expect(value(openStatement, "medicationCodeableConcept", "coding") == nil)
    #expect(value(openStatement, "medicationCodeableConcept", "text") as? String == "etoricoxib")
  }
}
