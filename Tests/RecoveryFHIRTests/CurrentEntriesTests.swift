import Foundation
import RecoveryFHIR
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// The writer exports what the caller passes; a store's query passes the latest version of each entry,
/// and the removed ones when asked, which the writer marks `entered-in-error`.
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
      try store.forEachEntry(for: patient, matching: EntryQuery(includeRemoved: true)) { entry, isRemoved in
        text += try writer.add(entry, of: patient, removed: isRemoved)
      }
      text += writer.end()
      let bundle = try BundleJSON(text)

      #expect(bundle.resources(ofType: "Observation").count == 3)
      #expect(try bundle.resource(kept.uid)["valueInteger"] as? Int == 6)
      #expect(try bundle.resource(edited.uid)["valueInteger"] as? Int == 3)
      #expect(try bundle.resource(kept.uid)["status"] as? String == "final")
      #expect(try bundle.resource(removed.uid)["status"] as? String == "entered-in-error")
      #expect(try bundle.resource(removed.uid)["valueQuantity"] != nil, "the last content, marked")
    }
  }
}
