import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Every kind of entry written to a real file and read back, field for field.
struct RoundTripTests {
  static let entries: [DiaryEntry] = [
    Sample.fullRelease, Sample.fullInjection, Sample.minimalTreatment, Sample.fullPain, Sample.minimalPain,
    Sample.fullSymptom, Sample.minimalSymptom, Sample.fullAid, Sample.minimalAid,
  ]

  @Test(arguments: entries)
  func storedEntryReadsBackIdentical(_ entry: DiaryEntry) throws {
    try TemporaryDirectory.with { directory in
      let stored: DiaryEntry
      do {
        let store = try Sample.store(in: directory)
        let patient = try store.defaultPatient()
        stored = try store.add(entry, for: patient, today: Sample.today)
        let id = try #require(stored.id)
        #expect(stored == Sample.withId(entry, id))
        #expect(try store.entry(id: id, for: patient) == stored)
        #expect(try store.entries(for: patient) == [stored])
      }
      // A fresh connection reads it from the file, not from anything cached in memory.
      let reopened = try Sample.store(in: directory)
      let patient = try reopened.defaultPatient()
      let fetched = try reopened.entry(id: try #require(stored.id), for: patient)
      #expect(fetched == stored)
      #expect(fetched.uid == entry.uid)
    }
  }

  @Test func missingNumberIsNoSuchEntry() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      try store.add(Sample.fullPain, for: patient, today: Sample.today)
      let error = #expect(throws: StoreError.self) { try store.entry(id: 42, for: patient) }
      #expect(error == .noSuchEntry(id: 42, patient: Patient.defaultName))
    }
  }

  @Test func invalidEntryIsRefusedAndNothingIsWritten() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let error = #expect(throws: StoreError.self) {
        try store.add(Sample.pain(11), for: patient, today: Sample.today)
      }
      #expect(error == .invalidEntry(.outOfRange(field: .score, value: 11, range: 0...10)))
      let future = #expect(throws: StoreError.self) {
        try store.add(Sample.pain(5, on: "2024-11-21"), for: patient, today: Sample.today)
      }
      #expect(future == .invalidEntry(.futureDate(Sample.day("2024-11-21"), today: Sample.today)))
      #expect(try store.entries(for: patient).isEmpty)
    }
  }

  @Test func overlappingAidPeriodIsRefusedNamingTheExistingOne() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let first = try store.add(
        Sample.aid(.twoCrutches, "2024-10-28", "2024-11-11"), for: patient, today: Sample.today)
      let error = #expect(throws: StoreError.self) {
        try store.add(Sample.aid(.twoCrutches, "2024-11-05", nil), for: patient, today: Sample.today)
      }
      #expect(
        error
          == .invalidEntry(
            .overlappingPeriod(
              aid: .twoCrutches, existing: try #require(first.id), from: Sample.day("2024-10-28"),
              to: Sample.day("2024-11-11"))))
      // Touching ends and other aids are fine.
      try store.add(Sample.aid(.twoCrutches, "2024-11-11", "2024-11-15"), for: patient, today: Sample.today)
      try store.add(Sample.aid(.cane, "2024-11-05", nil), for: patient, today: Sample.today)
      #expect(try store.entries(for: patient).count == 3)
    }
  }
}
