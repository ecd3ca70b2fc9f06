import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport

/// Entries and a store to put them in, shared by the store's tests.
enum Sample {
  /// The "today" every test passes to the store, so that results never depend on the clock.
  static let today = TestCalendar.today

  static func day(_ text: String) -> CalendarDay {
    TestCalendar.day(text)
  }

  static func time(_ text: String) -> TimeOfDay {
    TestCalendar.time(text)
  }

  /// Opens (creating) the database `diary.sqlite` in `directory`.
  static func store(in directory: TemporaryDirectory, name: String = "diary.sqlite") throws -> RecoveryStore {
    try RecoveryStore(path: directory.file(name))
  }

  static let fullRelease = DiaryEntry.treatment(
    Treatment(
      day: day("2024-10-28"), time: time("07:45"), kind: .psoasRelease, name: "iliopsoas tenotomy",
      side: .right,
      level: .centralCompartment, approach: .arthroscopic, agent: "bupivacaine", dose: "10 ml", round: 1,
      provider: "Dr. Example, Hip Clinic", finding: "cup overhanging", note: "first procedure"))

  static let fullInjection = DiaryEntry.treatment(
    Treatment(
      day: day("2023-06-05"), time: time("10:15"), kind: .cortisone, name: "Kenalog", side: .left,
      target: .iliopsoasBursa, guidance: .ultrasound, agent: "triamcinolone", dose: "40 mg", round: 2,
      provider: "radiology", finding: "bursa distended", note: "relief for two weeks"))

  static let minimalTreatment = DiaryEntry.treatment(Treatment(day: day("2024-11-01"), kind: .physiotherapy))

  static let fullPain = DiaryEntry.pain(
    PainEntry(
      day: day("2024-11-20"), time: time("21:30"), score: 6, location: .groin, side: .right,
      activity: .stairs,
      note: "after the stairs at work"))

  static let minimalPain = DiaryEntry.pain(PainEntry(day: day("2024-11-19"), score: 0))

  static let fullSymptom = DiaryEntry.symptom(
    SymptomEntry(
      day: day("2024-11-18"), time: time("00:05"), kind: .triggerPoint, count: 3, severity: 7,
      point: .lowerPsoas,
      location: .groin, side: .right, activity: .sitting, note: "tender on pressure"))

  static let minimalSymptom = DiaryEntry.symptom(SymptomEntry(day: day("2024-11-17"), kind: .catching))

  static let fullAid = DiaryEntry.aid(
    AidPeriod(
      aid: .twoCrutches, from: day("2024-10-28"), to: day("2024-11-11"), weightBearing: .pwb, side: .both,
      note: "physio said 50%"))

  static let minimalAid = DiaryEntry.aid(AidPeriod(aid: .cane, from: day("2024-11-11")))

  /// A pain entry with only a day and a score.
  static func pain(_ score: Int, on text: String = "2024-11-20", note: String? = nil) -> DiaryEntry {
    .pain(PainEntry(day: day(text), score: score, note: note))
  }

  /// An aid period of `aid` from `from` to `to` (nil: open).
  static func aid(_ aid: WalkingAid, _ from: String, _ to: String?) -> DiaryEntry {
    .aid(AidPeriod(aid: aid, from: day(from), to: to.map(day)))
  }

  /// The same entry with another id, for comparing an input with what the store gave back.
  static func withId(_ entry: DiaryEntry, _ id: Int?) -> DiaryEntry {
    var copy = entry
    copy.id = id
    return copy
  }
}
