import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// A database written by the build before snapshots had a version (`Fixtures/history-v0.sqlite`, made
/// by `Fixtures/make-history-v0.sh`), opened by this build: every version of every entry reads back.
struct HistoryFixtureTests {
  static let fixturePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/history-v0.sqlite").path

  /// Runs `body` with a store on a copy of the fixture, and the two patients in it.
  func withFixture(_ body: (RecoveryStore, _ me: Patient, _ demo: Patient) throws -> Void) throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    try FileManager.default.copyItem(atPath: Self.fixturePath, toPath: fixture.database)
    let store = try RecoveryStore(path: fixture.database)
    try body(store, try store.existingPatient(named: "default"), try store.existingPatient(named: "demo"))
  }

  static func day(_ text: String) -> CalendarDay { TestCalendar.day(text) }

  /// The uid of each of the patient's entries, removed ones included.
  func uids(_ store: RecoveryStore, _ patient: Patient) throws -> [Int: UUID] {
    Dictionary(
      uniqueKeysWithValues: try store.entries(for: patient, matching: EntryQuery(includeRemoved: true)).map {
        ($0.id!, $0.uid)
      })
  }

  @Test func everyVersionOfEveryEntryReadsBack() throws {
    try withFixture { store, me, demo in
      let uid = try uids(store, me)
      func versions(_ id: Int) throws -> [DiaryEntry?] { try store.history(id: id, for: me).map(\.entry) }
      func actions(_ id: Int) throws -> [EntryChange.Action] {
        try store.history(id: id, for: me).map(\.action)
      }

      let resurfacing = Treatment(
        id: 1, uid: uid[1]!, day: Self.day("2022-11-14"), kind: .hipResurfacing, side: .both, approach: .open)
      #expect(try versions(1) == [.treatment(resurfacing)])

      var cortisone = Treatment(
        id: 2, uid: uid[2]!, day: Self.day("2023-06-05"), time: TimeOfDay("09:30"), kind: .cortisone,
        side: .right, target: .iliopsoasBursa, guidance: .ultrasound, agent: "triamcinolone 40 mg")
      let cortisoneFirst = cortisone
      cortisone.dose = "1 ml"
      cortisone.round = 1
      #expect(try versions(2) == [.treatment(cortisoneFirst), .treatment(cortisone)])
      #expect(try actions(2) == [.add, .edit])

      var pain = PainEntry(
        id: 3, uid: uid[3]!, day: Self.day("2023-06-01"), time: TimeOfDay("21:30"), score: 6,
        location: .groin,
        side: .right, activity: .stairs, note: #"evening, "sharp""#)
      let painFirst = pain
      pain.score = 5
      #expect(try versions(3) == [.pain(painFirst), .pain(pain), nil])
      #expect(try actions(3) == [.add, .edit, .remove])

      let trigger = DiaryEntry.symptom(
        SymptomEntry(
          id: 4, uid: uid[4]!, day: Self.day("2023-06-02"), kind: .triggerPoint, count: 2, severity: 6,
          point: .lowerPsoas, side: .right))
      let triggerHistory = try store.history(id: 4, for: me)
      #expect(triggerHistory.map(\.entry) == [trigger, nil, trigger])
      #expect(triggerHistory.map(\.action) == [.add, .remove, .undo])
      #expect(triggerHistory.map(\.undone) == [false, true, false])
      #expect(triggerHistory[1].reason == "logged twice")
      #expect(triggerHistory[2].undoes == triggerHistory[1].sequence)

      var crutches = AidPeriod(
        id: 5, uid: uid[5]!, aid: .twoCrutches, from: Self.day("2022-11-14"), weightBearing: .pwb, side: .both
      )
      let crutchesOpen = crutches
      crutches.to = Self.day("2022-11-28")
      #expect(try versions(5) == [.aid(crutchesOpen), .aid(crutches)])

      let undoneAdd = DiaryEntry.pain(PainEntry(id: 6, uid: uid[6]!, day: Self.day("2023-06-03"), score: 4))
      #expect(try versions(6) == [undoneAdd, nil])
      #expect(try actions(6) == [.add, .undo])

      var release = Treatment(
        id: 7, uid: uid[7]!, day: Self.day("2023-10-30"), time: TimeOfDay("07:45"), kind: .psoasRelease,
        name: "tenotomy", side: .right, level: .centralCompartment, approach: .arthroscopic,
        agent: "bupivacaine",
        dose: "10 ml", round: 1, provider: "Dr Example", finding: "cup overhanging", note: "first")
      let releaseFirst = release
      release.side = .left
      release.note = "second thoughts"
      #expect(try versions(7) == [.treatment(releaseFirst), .treatment(release)])

      var catching = SymptomEntry(
        id: 8, uid: uid[8]!, day: Self.day("2023-10-31"), kind: .catching, location: .groin, activity: .car)
      let catchingFirst = catching
      catching.count = 3
      catching.severity = 4
      #expect(try versions(8) == [.symptom(catchingFirst), .symptom(catching), .symptom(catchingFirst)])
      #expect(try actions(8) == [.add, .edit, .undo])

      let cane = AidPeriod(
        id: 9, uid: uid[9]!, aid: .cane, from: Self.day("2022-11-28"), to: Self.day("2022-12-19"),
        note: "outdoors")
      #expect(try versions(9) == [.aid(cane), nil])

      // Batch additions keep no copy: the first version is the one the next change saw, or the entry now.
      let demoUID = try uids(store, demo)
      var hipPain = PainEntry(
        id: 20, uid: demoUID[20]!, day: Self.day("2022-11-22"), time: TimeOfDay("09:49"), score: 4,
        location: .hip,
        side: .both)
      let hipPainFirst = hipPain
      hipPain.note = "corrected later"
      #expect(try store.history(id: 20, for: demo).map(\.entry) == [.pain(hipPainFirst), .pain(hipPain)])
      let removedCatching = SymptomEntry(
        id: 21, uid: demoUID[21]!, day: Self.day("2022-11-22"), time: TimeOfDay("12:55"), kind: .catching,
        count: 1,
        location: .groin, side: .right)
      #expect(try store.history(id: 21, for: demo).map(\.entry) == [.symptom(removedCatching), nil])
      #expect(try store.history(id: 22, for: demo).map(\.entry) == [try store.entry(id: 22, for: demo)])
    }
  }

  @Test func changesTimesKeepTheirOffset() throws {
    try withFixture { store, me, _ in
      let history = try store.history(id: 2, for: me)
      #expect(
        history.map(\.recordedAt.description) == ["2026-11-25T13:19:25+0100", "2026-11-25T13:19:26+0100"])
      #expect(history.allSatisfy { $0.recordedAt.utcOffsetSeconds == 3600 })
      // 12:19:25 UTC on that day.
      #expect(history[0].recordedAt.date == Date(timeIntervalSince1970: 1_795_609_165))
    }
  }

  @Test func newChangesToOldEntriesMixVersionsAndUndoAcrossThem() throws {
    try withFixture { store, me, _ in
      let today = Sample.today
      let before = try store.entry(id: 7, for: me)
      let edited = try store.edit(id: 7, for: me, today: today) { entry in
        guard case .treatment(var release) = entry else { return }
        release.note = "third"
        entry = .treatment(release)
      }.after
      #expect(try store.history(id: 7, for: me).map(\.entry).suffix(2) == [before, edited])
      #expect(try store.undo(for: me).entry == before)
      #expect(try store.entry(id: 7, for: me) == before)

      // The undo of the fixture's last change for this patient, the removal of #9, reads its old snapshot.
      #expect(try store.undo(for: me).ids == 9...9)
      let cane = try store.entry(id: 9, for: me)
      #expect(try store.history(id: 9, for: me).map(\.entry) == [cane, nil, cane])
      #expect(try store.check().isEmpty)
    }
  }
}
