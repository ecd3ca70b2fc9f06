import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// `stopAid`: ending the open period of an aid.
struct StopAidTests {
  @Test func stopSetsTheEndOfTheOpenPeriod() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let open = try store.add(Sample.aid(.twoCrutches, "2024-10-28", nil), for: patient, today: Sample.today)
      let stopped = try store.stopAid(
        .twoCrutches, on: Sample.day("2024-11-11"), for: patient, today: Sample.today)
      #expect(stopped.id == open.id)
      #expect(stopped.uid == open.uid)
      #expect(stopped.from == Sample.day("2024-10-28"))
      #expect(stopped.to == Sample.day("2024-11-11"))
      #expect(try store.entry(id: try #require(open.id), for: patient) == .aid(stopped))
      let again = #expect(throws: StoreError.self) {
        try store.stopAid(.twoCrutches, on: Sample.day("2024-11-12"), for: patient, today: Sample.today)
      }
      #expect(again == .invalidEntry(.noOpenPeriod(.twoCrutches)))
    }
  }

  @Test func stopWithNoPeriodAtAllIsAnErrorAndWritesNothing() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let error = #expect(throws: StoreError.self) {
        try store.stopAid(.cane, on: Sample.today, for: patient, today: Sample.today)
      }
      #expect(error == .invalidEntry(.noOpenPeriod(.cane)))
      #expect(try #require(error).description.contains("cane"))
      #expect(try store.entries(for: patient).isEmpty)
    }
  }

  @Test func stopWithOnlyClosedPeriodsIsAnError() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let closed = try store.add(
        Sample.aid(.cane, "2024-10-01", "2024-10-10"), for: patient, today: Sample.today)
      let error = #expect(throws: StoreError.self) {
        try store.stopAid(.cane, on: Sample.today, for: patient, today: Sample.today)
      }
      #expect(error == .invalidEntry(.noOpenPeriod(.cane)))
      #expect(try store.entries(for: patient) == [closed])
    }
  }

  @Test func stopOnlyEndsThePeriodOfThatAid() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let crutches = try store.add(
        Sample.aid(.twoCrutches, "2024-10-28", nil), for: patient, today: Sample.today)
      try store.add(Sample.aid(.cane, "2024-11-01", nil), for: patient, today: Sample.today)
      let stopped = try store.stopAid(.cane, on: Sample.day("2024-11-15"), for: patient, today: Sample.today)
      #expect(stopped.aid == .cane)
      #expect(try store.entry(id: try #require(crutches.id), for: patient) == crutches)
    }
  }

  @Test(arguments: [
    (
      "2024-10-27",
      EntryError.periodEndsBeforeStart(from: Sample.day("2024-10-28"), to: Sample.day("2024-10-27"))
    ),
    ("2024-10-28", EntryError.emptyPeriod(on: Sample.day("2024-10-28"))),
    ("2024-11-21", EntryError.futureDate(Sample.day("2024-11-21"), today: Sample.today)),
  ])
  func stopOnAnImpossibleDayIsRefusedAndThePeriodStaysOpen(day: String, expected: EntryError) throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let open = try store.add(Sample.aid(.twoCrutches, "2024-10-28", nil), for: patient, today: Sample.today)
      let error = #expect(throws: StoreError.self) {
        try store.stopAid(.twoCrutches, on: Sample.day(day), for: patient, today: Sample.today)
      }
      #expect(error == .invalidEntry(expected))
      #expect(try store.entries(for: patient) == [open])
    }
  }
}
