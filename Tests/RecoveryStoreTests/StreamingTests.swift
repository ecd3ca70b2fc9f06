import RecoveryDemo
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// `forEachEntry(for:matching:_:)` visits what `entries(for:matching:)` returns, in the same order.
struct StreamingTests {
  /// The demo diary with a few entries removed, in a store of its own, and the patient.
  func withDemo(_ body: (RecoveryStore, Patient) throws -> Void) throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      try store.add(contentsOf: SeedStory.entries(), for: patient, today: SeedStory.reportDay)
      for id in [1, 2, 40, 500] { try store.remove(id: id, for: patient) }
      try body(store, patient)
    }
  }

  func visited(_ store: RecoveryStore, _ patient: Patient, _ query: EntryQuery) throws -> [(DiaryEntry, Bool)]
  {
    var visited: [(DiaryEntry, Bool)] = []
    try store.forEachEntry(for: patient, matching: query) { visited.append(($0, $1)) }
    return visited
  }

  static let queries: [EntryQuery] = [
    EntryQuery(),
    EntryQuery(includeRemoved: true),
    EntryQuery(from: Sample.day("2023-06-01"), through: Sample.day("2023-12-31")),
    EntryQuery(from: Sample.day("2024-10-28"), includeRemoved: true),
    EntryQuery(types: [.aid, .treatment]),
    EntryQuery(kind: .treatment(.cortisone)),
    EntryQuery(through: Sample.day("2022-11-13")),
  ]

  @Test(arguments: queries)
  func visitsWhatEntriesReturnsInTheSameOrder(query: EntryQuery) throws {
    try withDemo { store, patient in
      let visited = try visited(store, patient, query)
      #expect(visited.map(\.0) == (try store.entries(for: patient, matching: query)))
      let removed = try store.removedEntryIDs(for: patient)
      #expect(visited.allSatisfy { entry, isRemoved in isRemoved == removed.contains(entry.id ?? 0) })
      if query == EntryQuery(includeRemoved: true) { #expect(visited.filter(\.1).count == 4) }
      if !query.includeRemoved { #expect(!visited.contains { $0.1 }) }
    }
  }

  @Test func aVisitInASnapshotMayReadTheSnapshotAgainAndEndsOnTheFirstError() throws {
    struct Stop: Error {}
    try withDemo { store, patient in
      var count = 0
      let error = #expect(throws: Stop.self) {
        try store.readingOneSnapshot { snapshot in
          try snapshot.forEachEntry(for: patient) { entry, _ in
            // The same query through the store's cached statement must not disturb the visit's own.
            let all = try snapshot.entries(for: patient)
            #expect(all.count > 1000)
            #expect(all.contains(entry))
            count += 1
            if count == 3 { throw Stop() }
          }
        }
      }
      #expect(error != nil)
      #expect(count == 3)
      // The store stays usable: the read transaction ended with the visit.
      try store.add(Sample.pain(5, on: "2024-11-20"), for: patient, today: Sample.today)
      #expect(try visited(store, patient, EntryQuery()).count == (try store.entries(for: patient)).count)
    }
  }

  @Test func readingOneSnapshotSeesEveryPatient() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let anna = try store.patientCreatingIfNeeded(named: "anna")
      let zoe = try store.patientCreatingIfNeeded(named: "zoe")
      try store.add(Sample.pain(4, on: "2024-01-05"), for: anna, today: Sample.today)
      try store.add(Sample.pain(6, on: "2024-01-04"), for: zoe, today: Sample.today)
      let names = try store.readingOneSnapshot { snapshot in
        var names: [String] = []
        for patient in try snapshot.patients() {
          try snapshot.forEachEntry(for: patient) { _, _ in names.append(patient.name) }
        }
        return names
      }
      #expect(names == ["anna", "zoe"])
    }
  }
}
