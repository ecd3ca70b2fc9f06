import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// An aid period lasts at least one day: the store refuses one that ends on the day it starts, and
/// `check()` reports one an earlier version stored.
struct EmptyAidPeriodTests {
  static let refusal = StoreError.invalidEntry(.emptyPeriod(on: Sample.day("2024-11-01")))

  @Test func addingAPeriodThatEndsOnItsFirstDayIsRefused() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let error = #expect(throws: StoreError.self) {
        try store.add(Sample.aid(.walker, "2024-11-01", "2024-11-01"), for: patient, today: Sample.today)
      }
      #expect(error == Self.refusal)
      #expect(try #require(error).description.contains("at least one day"))
      #expect(try store.entries(for: patient).isEmpty)
      // A one-day period is fine, and the next one may start the day it ends.
      try store.add(Sample.aid(.walker, "2024-11-01", "2024-11-02"), for: patient, today: Sample.today)
      try store.add(Sample.aid(.walker, "2024-11-02", nil), for: patient, today: Sample.today)
      #expect(try store.check() == [])
    }
  }

  @Test func editingAPeriodToEndOnItsFirstDayIsRefused() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let stored = try store.add(
        Sample.aid(.walker, "2024-11-01", "2024-11-05"), for: patient, today: Sample.today)
      let error = #expect(throws: StoreError.self) {
        try store.edit(id: try #require(stored.id), for: patient, today: Sample.today) { entry in
          guard case .aid(var period) = entry else { return }
          period.to = period.from
          entry = .aid(period)
        }
      }
      #expect(error == Self.refusal)
      #expect(try store.entries(for: patient) == [stored])
    }
  }

  @Test func checkReportsAnEmptyPeriodStoredEarlier() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let stored = try store.add(
        Sample.aid(.walker, "2024-11-01", "2024-11-05"), for: patient, today: Sample.today)
      let number = try #require(stored.id)
      _ = try SQLiteShell.value(
        store.path, "UPDATE aid SET to_day = from_day WHERE id = \(number); SELECT changes();")
      let problems = try store.check()
      #expect(problems.map(\.entryID) == [number])
      #expect(problems.first?.message.contains("at least one day") == true)
    }
  }
}
