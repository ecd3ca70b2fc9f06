import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// `add(contentsOf:)`: all entries in one transaction, or none.
struct BatchInsertTests {
  @Test func batchStoresEveryEntryWithConsecutiveNumbers() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let inputs = [
        Sample.fullPain, Sample.fullRelease, Sample.fullSymptom, Sample.fullAid, Sample.minimalAid,
      ]
      var stored: [DiaryEntry] = []
      let count = try store.add(contentsOf: inputs, for: patient, today: Sample.today) { stored.append($0) }
      #expect(count == inputs.count)
      let numbers = stored.compactMap(\.id)
      #expect(numbers.count == inputs.count)
      #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 })
      #expect(stored.map(\.uid) == inputs.map(\.uid))
      for record in stored {
        #expect(try store.entry(id: try #require(record.id), for: patient) == record)
      }
    }
  }

  @Test func batchWithOneInvalidEntryAtTheEndWritesNothing() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let existing = try store.add(Sample.minimalPain, for: patient, today: Sample.today)
      let batch = [Sample.fullPain, Sample.fullRelease, Sample.fullSymptom, Sample.fullAid, Sample.pain(11)]
      let error = #expect(throws: StoreError.self) {
        try store.add(contentsOf: batch, for: patient, today: Sample.today)
      }
      #expect(error == .invalidEntry(.outOfRange(field: .score, value: 11, range: 0...10)))
      #expect(try store.entries(for: patient) == [existing])
      // The numbers the failed batch would have used are free again.
      let next = try store.add(Sample.fullPain, for: patient, today: Sample.today)
      #expect(next.id == (existing.id ?? 0) + 1)
    }
  }

  @Test func batchIsRolledBackOnDiskNotOnlyInMemory() throws {
    try TemporaryDirectory.with { directory in
      do {
        let store = try Sample.store(in: directory)
        let patient = try store.defaultPatient()
        let batch = (0..<50).map { _ in Sample.pain(3) } + [Sample.pain(5, on: "2024-11-21")]
        #expect(throws: StoreError.self) {
          try store.add(contentsOf: batch, for: patient, today: Sample.today)
        }
      }
      let count = try SQLiteShell.value(directory.file("diary.sqlite"), "SELECT count(*) FROM pain")
      #expect(count == "0")
    }
  }

  @Test func overlappingPeriodsWithinOneBatchAreRefused() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let batch = [
        Sample.pain(4),
        Sample.aid(.twoCrutches, "2024-10-28", "2024-11-11"),
        Sample.aid(.twoCrutches, "2024-11-10", nil),
      ]
      let error = #expect(throws: StoreError.self) {
        try store.add(contentsOf: batch, for: patient, today: Sample.today)
      }
      #expect(
        error
          == .invalidEntry(
            .overlappingPeriod(
              aid: .twoCrutches, existing: 2, from: Sample.day("2024-10-28"), to: Sample.day("2024-11-11"))))
      #expect(try store.entries(for: patient).isEmpty)
    }
  }

  @Test func emptyBatchStoresNothing() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      #expect(try store.add(contentsOf: [DiaryEntry](), for: patient, today: Sample.today) == 0)
      #expect(try store.entries(for: patient).isEmpty)
    }
  }

  @Test func largeBatchIsStoredWhole() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let start = Sample.day("2000-01-01")
      let entries = (0..<5_000).lazy.map { index in
        DiaryEntry.pain(PainEntry(day: start.adding(days: index / 3), score: index % 11, location: .groin))
      }
      #expect(try store.add(contentsOf: entries, for: patient, today: Sample.today) == 5_000)
      let stored = try store.entries(for: patient, matching: EntryQuery(types: [.pain]))
      #expect(stored.count == 5_000)
      #expect(stored.map { if case .pain(let p) = $0 { p.score } else { -1 } } == (0..<5_000).map { $0 % 11 })
    }
  }
}
