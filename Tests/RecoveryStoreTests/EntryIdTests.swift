import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Entry ids are shared by all four tables (and all patients), so `#42` is never ambiguous.
struct EntryIdTests {
  @Test func idsAreUniqueAcrossKindsAndIncreasing() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let inputs = [
        Sample.fullPain, Sample.fullRelease, Sample.fullSymptom, Sample.fullAid, Sample.minimalPain,
        Sample.minimalAid, Sample.minimalTreatment, Sample.minimalSymptom,
      ]
      let ids = try inputs.map { try #require(try store.add($0, for: patient, today: Sample.today).id) }
      #expect(Set(ids).count == ids.count)
      #expect(ids == ids.sorted())
      #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
      for (id, input) in zip(ids, inputs) {
        #expect(try store.entry(id: id, for: patient).type == input.type)
      }
    }
  }

  @Test func idsAreSharedByPatientsAndContinueAfterReopening() throws {
    try TemporaryDirectory.with { directory in
      var ids: [Int] = []
      do {
        let store = try Sample.store(in: directory)
        let anna = try store.patientCreatingIfNeeded(named: "anna")
        let ben = try store.patientCreatingIfNeeded(named: "ben")
        ids.append(try #require(try store.add(Sample.fullPain, for: anna, today: Sample.today).id))
        ids.append(try #require(try store.add(Sample.minimalPain, for: ben, today: Sample.today).id))
        ids.append(try #require(try store.add(Sample.fullAid, for: anna, today: Sample.today).id))
      }
      let store = try Sample.store(in: directory)
      let ben = try #require(try store.patient(named: "ben"))
      ids.append(try #require(try store.add(Sample.fullSymptom, for: ben, today: Sample.today).id))
      #expect(Set(ids).count == 4)
      #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
    }
  }

  @Test func idsGivenByTheCallerAreIgnored() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let first = try store.add(Sample.withId(Sample.fullPain, 500), for: patient, today: Sample.today)
      let second = try store.add(Sample.withId(Sample.minimalPain, 500), for: patient, today: Sample.today)
      #expect(first.id != second.id)
      #expect(try store.entries(for: patient).count == 2)
    }
  }
}
