import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// `history(for:)`, the cohort's read of a patient, against the diary as `entries(for:)` reads it.
struct PatientHistoryTests {
  static let release = Treatment(
    day: Sample.day("2024-10-28"), time: Sample.time("07:45"), kind: .psoasRelease, side: .right,
    level: .centralCompartment)

  /// Every type, several entries on one day added out of time order (with and without a time, two at
  /// the same minute), entries of another patient, and a removed entry.
  static func diary() throws -> [DiaryEntry] {
    let day = "2024-11-20"
    return [
      Sample.pain(5, on: day),
      .pain(
        PainEntry(day: Sample.day(day), time: Sample.time("21:30"), score: 6, location: .groin, side: .right)),
      .pain(PainEntry(day: Sample.day(day), time: Sample.time("08:00"), score: 3, activity: .stairs)),
      .pain(PainEntry(day: Sample.day(day), time: Sample.time("08:00"), score: 4, note: "same minute")),
      Sample.pain(2, on: day),
      Sample.pain(7, on: "2024-11-19"),
      .pain(PainEntry(day: Sample.day("2024-11-19"), time: Sample.time("00:00"), score: 1)),
      .treatment(release),
      Sample.fullInjection,
      .treatment(Treatment(day: Sample.day("2024-10-28"), kind: .physiotherapy)),
      Sample.fullSymptom,
      .symptom(SymptomEntry(day: Sample.day("2024-11-18"), kind: .catching, count: 2)),
      .symptom(SymptomEntry(day: Sample.day("2024-11-18"), time: Sample.time("23:59"), kind: .clicking)),
      Sample.fullAid,
      Sample.minimalAid,
      .score(try ScoreEntry.oxford(total: 40, day: Sample.day(day), note: "from the form")),
      .score(
        try ScoreEntry.hoosJR(
          answers: [2, 1, 3, 0, 1, 2], day: Sample.day(day), time: Sample.time("08:15"), side: .right)),
      .milestone(MilestoneEntry(day: Sample.day(day), time: Sample.time("17:00"), kind: .drive)),
      .milestone(MilestoneEntry(day: Sample.day(day), kind: .walkWithoutAid)),
      .target(MilestoneTarget(day: Sample.day(day), kind: .offCrutches, days: 14, surgery: release.uid)),
    ]
  }

  @Test func holdsWhatEntriesHoldInDiaryOrder() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      let other = try store.patientCreatingIfNeeded(named: "Other")
      var ids: [Int] = []
      for entry in try Self.diary() {
        ids.append(try #require(try store.add(entry, for: patient, today: Sample.today).id))
        try store.add(Sample.pain(9, on: "2024-11-20"), for: other, today: Sample.today)
      }
      try store.remove(id: ids[4], for: patient)

      let history = try store.history(for: patient)
      #expect(history == History(patient: patient.name, entries: try store.entries(for: patient)))
      // Within the day: no time first, then by time, then by id.
      #expect(
        history.pain.map(\.score) == [7, 1, 5, 3, 4, 6],
        "11-19 (untimed, 00:00), then 11-20 (untimed, 08:00 twice, 21:30); the removed 2 left out")
      #expect(history.treatments.map(\.kind) == [.cortisone, .physiotherapy, .psoasRelease])
      #expect(history.symptoms.map(\.kind) == [.catching, .triggerPoint, .clicking])
      #expect(history.aids.count == 2)
      #expect(history.scores.map(\.instrument) == [.oxford, .hoosJR])
      #expect(history.milestones.map(\.kind) == [.walkWithoutAid, .drive])
      #expect(history.targets.map(\.surgery) == [Self.release.uid])
      #expect(try store.history(for: other).pain.count == ids.count)
    }
  }

  @Test func readsAnEmptyDiary() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      #expect(try store.history(for: patient) == History(patient: patient.name))
    }
  }
}
