import Foundation
import RecoveryDemo
import RecoveryFHIR
import RecoveryModel
import RecoveryTestSupport
import Testing

/// Bundles checked by an implementation of FHIR that shares no code with ours: the `fhir.resources`
/// models, through `validate_bundle.py`. Each test runs the validator once, on all its bundles.
struct IndependentValidationTests {
  /// Writes each bundle to a file of its name in `folder`; returns the paths.
  func write(_ bundles: [(name: String, json: String)], in folder: TemporaryDirectory) throws -> [String] {
    try bundles.map { name, json in
      let path = folder.file(name + ".json")
      try Data(json.utf8).write(to: URL(fileURLWithPath: path))
      return path
    }
  }

  /// The demo diary, the edge-case diary with dates only and with times in zones whose offsets are
  /// zero, negative with half hours, and positive with half hours, and a bundle without entries.
  ///
  /// Slow (loading the models and checking thousands of resources takes seconds), yet never skipped,
  /// not even with `RECOVERY_SKIP_SLOW=1`: no run of the tests may pass without the validation.
  @Test(.tags(.slow)) func demoAndEdgeCaseDiariesValidate() throws {
    let demoPatient = Patient(id: 1, uid: UUID(), name: SeedStory.patientName)
    let demo = SeedStory.entries().map { (entry: $0, patient: demoPatient) }
    #expect(demo.count > 1000)
    var bundles = [
      (
        name: "demo",
        json: try FHIRBundle.json(
          patients: [demoPatient], entries: demo, timeZone: TimeZone(identifier: "Europe/Berlin"))
      ),
      (name: "empty", json: try FHIRBundle.json(patients: [], entries: [])),
    ]
    for zone in [nil, "UTC", "America/St_Johns", "Asia/Kolkata"] {
      let json = try FHIRBundle.json(
        patients: [EdgeCaseDiary.first], entries: EdgeCaseDiary.entries,
        timeZone: zone.flatMap(TimeZone.init(identifier:)))
      bundles.append((name: "edge-\(zone ?? "dates")".replacingOccurrences(of: "/", with: "-"), json: json))
    }
    try TemporaryDirectory.with { folder in
      let paths = try write(bundles, in: folder)
      try FHIRValidator.validate(paths)
    }
  }

  /// The validator is not a rubber stamp: each of these small breakages is refused, named by file.
  @Test func validatorRefusesBrokenBundles() throws {
    let patient = EdgeCaseDiary.first
    let good = try FHIRBundle.json(patients: [patient], entries: [])
    let urn = "urn:uuid:" + patient.uid.uuidString.lowercased()
    let broken = [
      ("batch", good.replacingOccurrences(of: "transaction", with: "batch")),
      ("empty-text", good.replacingOccurrences(of: #""text":"default""#, with: #""text":"""#)),
      ("unconditional", good.replacingOccurrences(of: "identifier=urn:ietf:rfc:3986|\(urn)", with: "x")),
      ("unknown-element", good.replacingOccurrences(of: #""name":"#, with: #""nickname":"#)),
      (
        "dangling-reference",
        good.replacingOccurrences(
          of: #""name":[{"text":"default"}]"#,
          with: #""generalPractitioner":[{"reference":"urn:uuid:00000000-0000-4000-8000-000000000000"}]"#)
      ),
    ]
    try TemporaryDirectory.with { folder in
      let paths = try write(broken.map { (name: $0.0, json: $0.1) }, in: folder)
      for (_, json) in broken { #expect(json != good) }
      let outcome = try FHIRValidator.run(paths)
      #expect(outcome.status == 1, "\(outcome.summary)")
      for path in paths {
        #expect(outcome.error.contains(path + ": "), "\(path) not refused: \(outcome.error)")
      }
    }
  }

  /// The FHIRPath invariants are checked, not assumed: a Provenance that misses an entry, a procedure
  /// with a side that names no BodyStructure, and an observation with a side but no laterality code
  /// are each refused.
  @Test func theFHIRPathInvariantsRefuseAMissedTargetAndAMissingLaterality() throws {
    let patient = EdgeCaseDiary.first
    let pain = PainEntry(day: TestCalendar.day("2024-11-20"), score: 4, location: .groin, side: .left)
    let surgery = Treatment(day: TestCalendar.day("2024-11-01"), kind: .totalHipReplacement, side: .right)
    let good = try FHIRBundle.json(
      patients: [patient],
      entries: [(entry: .treatment(surgery), patient: patient), (entry: .pain(pain), patient: patient)])
    let painURN = "urn:uuid:" + pain.uid.uuidString.lowercased()
    let patientURN = "urn:uuid:" + patient.uid.uuidString.lowercased()
    let broken = [
      (
        "missed-target",
        good.replacingOccurrences(
          of: #"{"reference":"\#(painURN)"}"#, with: #"{"reference":"\#(patientURN)"}"#)
      ),
      (
        "no-body-structure",
        good.replacingOccurrences(
          of: "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure",
          with: "http://example.org/other")
      ),
      (
        "no-laterality",
        good.replacingOccurrences(
          of: "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality",
          with: "http://example.org/other")
      ),
    ]
    try TemporaryDirectory.with { folder in
      let goodPath = try write([(name: "good", json: good)], in: folder)
      try FHIRValidator.validate(goodPath)
      let paths = try write(broken.map { (name: $0.0, json: $0.1) }, in: folder)
      for (_, json) in broken { #expect(json != good) }
      let outcome = try FHIRValidator.run(paths)
      #expect(outcome.status == 1, "\(outcome.summary)")
      #expect(
        outcome.error.contains(paths[0] + ": FHIRPath invariant broken: a Provenance"), "\(outcome.error)")
      #expect(
        outcome.error.contains(paths[1] + ": FHIRPath invariant broken: a Procedure"), "\(outcome.error)")
      #expect(
        outcome.error.contains(paths[2] + ": FHIRPath invariant broken: an Observation"), "\(outcome.error)")
    }
  }
}
