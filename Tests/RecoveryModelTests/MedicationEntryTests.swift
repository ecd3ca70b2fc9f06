import Foundation
import RecoveryModel
import Testing

struct MedicationEntryTests {
  static let day = CalendarDay("2024-10-28")!

  /// Each opioid's CDC 2022 factor, written out here independently of the vocabulary.
  static let factors: [(Drug, Double)] = [
    (.codeine, 0.15), (.tramadol, 0.2), (.tapentadol, 0.4), (.oxycodone, 1.5), (.morphine, 1.0),
    (.hydromorphone, 5.0), (.hydrocodone, 1.0),
  ]

  @Test(arguments: factors)
  func dailyMMEIsTheDailyDoseTimesTheFactor(drug: Drug, factor: Double) throws {
    let entry = MedicationEntry(drug: drug, day: Self.day, dose: 10, times: 3)
    try entry.validate(today: Self.day)
    let mme = try #require(entry.dailyMME)
    #expect(abs(mme - 30 * factor) < 1e-9)
    #expect(drug.drugClass == .opioid)
  }

  @Test func everyOpioidHasAFactorAndNoOtherDrugHasOne() {
    let opioids = Set(Self.factors.map(\.0))
    for drug in Drug.allCases {
      #expect((drug.mmeFactor != nil) == opioids.contains(drug), "\(drug)")
      #expect((drug.drugClass == .opioid) == opioids.contains(drug), "\(drug)")
    }
  }

  @Test func drugsBelongToTheirClasses() {
    #expect(Drug.paracetamol.drugClass == .simpleAnalgesic)
    for drug in [Drug.ibuprofen, .naproxen, .diclofenac, .celecoxib, .etoricoxib] {
      #expect(drug.drugClass == .nsaid)
    }
    #expect(Drug.gabapentin.drugClass == .gabapentinoid)
    #expect(Drug.pregabalin.drugClass == .gabapentinoid)
    #expect(Drug.other.drugClass == .other)
  }

  @Test func brandNamesAndSpellingsSuggestTheGenericDrug() {
    #expect(Drug.suggestion(for: "tylenol") == .paracetamol)
    #expect(Drug.suggestion(for: "Acetaminophen") == .paracetamol)
    #expect(Drug.suggestion(for: "OxyContin") == .oxycodone)
    #expect(Drug.suggestion(for: "advil") == .ibuprofen)
    #expect(Drug.suggestion(for: "oxycodon") == .oxycodone)
    #expect(Drug.suggestion(for: "lyrica") == .pregabalin)
    #expect(Drug(rawValue: "tylenol") == nil)
  }

  @Test func implausibleDosesAreRefusedNotClamped() {
    let tooMuch = MedicationEntry(drug: .oxycodone, day: Self.day, dose: 800)
    #expect(throws: EntryError.implausibleDose(drug: .oxycodone, dose: 800, largest: 80)) {
      try tooMuch.validate(today: Self.day)
    }
    #expect(tooMuch.dose == 800)
    let zero = MedicationEntry(drug: .ibuprofen, day: Self.day, dose: 0)
    #expect(throws: EntryError.implausibleDose(drug: .ibuprofen, dose: 0, largest: 800)) {
      try zero.validate(today: Self.day)
    }
    let manyTimes = MedicationEntry(drug: .paracetamol, day: Self.day, dose: 1000, times: 6)
    #expect(throws: EntryError.implausibleDailyDose(drug: .paracetamol, daily: 6000, largest: 4000)) {
      try manyTimes.validate(today: Self.day)
    }
    let times = MedicationEntry(drug: .paracetamol, day: Self.day, dose: 500, times: 0)
    #expect(throws: EntryError.outOfRange(field: .times, value: 0, range: 1...24)) {
      try times.validate(today: Self.day)
    }
    let error = EntryError.implausibleDose(drug: .oxycodone, dose: 800, largest: 80)
    #expect(error.description.contains("800 mg"))
    #expect(error.description.contains("at most 80 mg"))
  }

  @Test func otherNeedsANameAndACourseHasNoTime() {
    #expect(throws: EntryError.drugNameRequired) {
      try MedicationEntry(drug: .other, day: Self.day).validate(today: Self.day)
    }
    try? MedicationEntry(drug: .other, name: "dexamethasone", day: Self.day).validate(today: Self.day)
    #expect(throws: EntryError.courseHasTime) {
      try MedicationEntry(drug: .paracetamol, day: Self.day, time: TimeOfDay("08:00")!, isCourse: true)
        .validate(today: Self.day)
    }
    #expect(throws: EntryError.dosesHaveNoEnd) {
      try MedicationEntry(drug: .paracetamol, day: Self.day, to: Self.day.adding(days: 3))
        .validate(today: Self.day.adding(days: 3))
    }
    #expect(throws: EntryError.emptyPeriod(on: Self.day)) {
      try MedicationEntry(drug: .paracetamol, day: Self.day, isCourse: true, to: Self.day)
        .validate(today: Self.day)
    }
  }

  @Test func dosesAndCoursesRoundTripThroughJSON() throws {
    let entries: [DiaryEntry] = [
      .medication(
        MedicationEntry(
          id: 3, drug: .oxycodone, day: Self.day, time: TimeOfDay("21:30")!, dose: 7.5, times: 2,
          asNeeded: true, note: "night")),
      .medication(
        MedicationEntry(
          drug: .paracetamol, day: Self.day, isCourse: true, to: Self.day.adding(days: 14),
          dose: 1000, times: 4)),
      .medication(MedicationEntry(drug: .ibuprofen, day: Self.day, isCourse: true, dose: 400, times: 3)),
      .medication(MedicationEntry(drug: .other, name: "dexamethasone", day: Self.day)),
    ]
    for entry in entries {
      let data = try JSONEncoder().encode(entry)
      #expect(try JSONDecoder().decode(DiaryEntry.self, from: data) == entry)
    }
    let open = try JSONSerialization.jsonObject(with: JSONEncoder().encode(entries[2])) as? [String: Any]
    #expect(open?["type"] as? String == "medication")
    #expect(open?["from"] as? String == "2024-10-28")
    #expect(open?["to"] is NSNull)
    #expect(open?["asNeeded"] == nil)
  }

  @Test func theLoadAddsUpDosesAndCoursesPerDay() {
    let entries = [
      MedicationEntry(
        drug: .oxycodone, day: Self.day, isCourse: true, to: Self.day.adding(days: 3), dose: 10,
        times: 2),
      MedicationEntry(drug: .tramadol, day: Self.day.adding(days: 1), dose: 50, times: 2),
      MedicationEntry(drug: .ibuprofen, day: Self.day.adding(days: 5), isCourse: true, dose: 400, times: 3),
    ]
    let load = MedicationLoad(entries: entries, asOf: Self.day.adding(days: 7))
    #expect(load.mme(on: Self.day) == 30)
    #expect(abs(load.mme(on: Self.day.adding(days: 1)) - 50) < 1e-9)
    #expect(load.mme(on: Self.day.adding(days: 3)) == 0)
    #expect(load.lastOpioidDay(from: Self.day, through: Self.day.adding(days: 7)) == Self.day.adding(days: 2))
    #expect(load.took(.nsaid, on: Self.day.adding(days: 7)))
    #expect(!load.took(.nsaid, on: Self.day.adding(days: 8)))
  }
}
