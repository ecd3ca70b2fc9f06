import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// DiaryEntry numbers are shared by all four tables (and all patients), so `#42` is never ambiguous.
struct RecordNumberTests {
  @Test func numbersAreUniqueAcrossTypesAndIncreasing() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let inputs = [
        Sample.fullPain, Sample.fullRelease, Sample.fullSymptom, Sample.fullAid, Sample.minimalPain,
        Sample.minimalAid, Sample.minimalTreatment, Sample.minimalSymptom,
      ]
      let numbers = try inputs.map { try #require(try store.add($0, for: patient, today: Sample.today).id) }
      #expect(Set(numbers).count == numbers.count)
      #expect(numbers == numbers.sorted())
      #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 })
      for (number, input) in zip(numbers, inputs) {
        #expect(try store.entry(id: number, for: patient).type == input.type)
      }
    }
  }

  @Test func numbersAreSharedByPatientsAndContinueAfterReopening() throws {
    try TemporaryDirectory.with { directory in
      var numbers: [Int] = []
      do {
        let store = try Sample.store(in: directory)
        let anna = try store.patientCreatingIfNeeded(named: "anna")
        let ben = try store.patientCreatingIfNeeded(named: "ben")
        numbers.append(try #require(try store.add(Sample.fullPain, for: anna, today: Sample.today).id))
        numbers.append(try #require(try store.add(Sample.minimalPain, for: ben, today: Sample.today).id))
        numbers.append(try #require(try store.add(Sample.fullAid, for: anna, today: Sample.today).id))
      }
      let store = try Sample.store(in: directory)
      let ben = try #require(try store.patient(named: "ben"))
      numbers.append(try #require(try store.add(Sample.fullSymptom, for: ben, today: Sample.today).id))
      #expect(Set(numbers).count == 4)
      #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 })
    }
  }

  @Test func idsGivenByTheCallerAreIgnored() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let first = try store.add(Sample.numbered(Sample.fullPain, 500), for: patient, today: Sample.today)
      let second = try store.add(Sample.numbered(Sample.minimalPain, 500), for: patient, today: Sample.today)
      #expect(first.id != second.id)
      #expect(try store.entries(for: patient).count == 2)
    }
  }
}
