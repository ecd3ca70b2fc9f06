import Foundation
import RecoveryFHIR
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// The writer exports what the caller passes; a store's query passes the current entries: no removed
/// entry, and the latest version of an edited one.
struct CurrentEntriesTests {
  @Test func aStoresCurrentEntriesExportWithoutRemovedOnesAndWithTheirLatestVersion() throws {
    try TemporaryDirectory.with { folder in
      let store = try RecoveryStore(path: folder.database)
      let patient = try store.defaultPatient()
      let kept = try store.add(
        .pain(PainEntry(day: TestCalendar.today, score: 6)), for: patient, today: TestCalendar.today)
      let edited = try store.add(
        .pain(PainEntry(day: TestCalendar.today, score: 8)), for: patient, today: TestCalendar.today)
      let removed = try store.add(
        .symptom(SymptomEntry(day: TestCalendar.today, kind: .catching, count: 2)), for: patient,
        today: TestCalendar.today)
      try store.edit(id: try #require(edited.id), for: patient, today: TestCalendar.today) { entry in
        guard case .pain(var pain) = entry else { return }
        pain.score = 3
        entry = .pain(pain)
      }
      try store.remove(id: try #require(removed.id), for: patient)

      var writer = FHIRBundleWriter()
      var text = writer.begin()
      for entry in try store.entries(for: patient) { text += try writer.add(entry, of: patient) }
      text += writer.end()
      let bundle = try BundleJSON(text)

      #expect(bundle.resources(ofType: "Observation").count == 2)
      #expect(try bundle.resource(kept.uid)["valueInteger"] as? Int == 6)
      #expect(try bundle.resource(edited.uid)["valueInteger"] as? Int == 3)
      #expect(throws: TestFailure.self) { try bundle.resource(removed.uid) }
      #expect(!text.contains(removed.uid.uuidString.lowercased()))
    }
  }
}
