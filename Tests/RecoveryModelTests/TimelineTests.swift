import RecoveryModel
import Testing

struct TimelineTests {
  static let history = History(treatments: [
    Fixture.treatment(.selfMassage, "2024-11-20", id: 4),
    Fixture.treatment(.psoasRelease, "2024-10-28", id: 3),
    Fixture.treatment(.hipResurfacing, "2022-11-14", side: .both, id: 1),
    Fixture.treatment(.cortisone, "2023-06-05", id: 2),
  ])

  @Test func treatmentsInDateOrderWithTheirDayAfterEarlierSurgeries() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-11-25")
    #expect(report.treatments.map(\.treatment.id) == [1, 2, 3, 4])
    let offsets = report.treatments.map { entry in entry.afterSurgeries.map { [$0.surgery.id, $0.days] } }
    #expect(offsets == [[], [[1, 203]], [[1, 714]], [[1, 737], [3, 23]]])
  }

  @Test func currentDaySinceEachSurgery() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-11-25")
    #expect(report.daysSinceSurgery.map(\.surgery.id) == [1, 3])
    #expect(report.daysSinceSurgery.map(\.days) == [742, 28])
    // Day 28 opens week 5 (week 1 is days 0-6).
    #expect(report.daysSinceSurgery.map(\.week) == [107, 5])
    #expect(report.latestSurgery?.surgery.kind == .psoasRelease)
  }

  @Test func sameDayTreatmentsOrderByTimeUntimedFirst() {
    var evening = Fixture.treatment(.hipResurfacing, "2022-11-14", side: .right, id: 1)
    evening.time = TimeOfDay("15:00")
    let morning = Fixture.treatment(.hipResurfacing, "2022-11-14", side: .left, id: 2)
    let timeline = Timeline(treatments: [evening, morning], asOf: Fixture.day("2022-11-20"))
    #expect(timeline.entries.map(\.treatment.id) == [2, 1])
    // The second operation of the day is day 0 after the first.
    #expect(timeline.entries[0].afterSurgeries.isEmpty)
    #expect(timeline.entries[1].afterSurgeries.map(\.days) == [0])
    #expect(timeline.daysSinceSurgery.map(\.days) == [6, 6])
  }

  @Test func sinceAndUntilChooseTheTreatmentsShown() throws {
    let report = try Fixture.report(
      Self.history, asOf: "2024-11-25", since: "2023-01-01", until: "2024-10-31")
    #expect(report.treatments.map(\.treatment.id) == [2, 3])
    #expect(report.responses.flatMap(\.treatmentIds) == [2, 3])
    // The clock still counts from every surgery, even one before the range.
    #expect(report.daysSinceSurgery.map(\.days) == [742, 28])
  }

  @Test func sinceAfterUntilIsAnError() {
    let error = #expect(throws: ReportError.self) {
      try Fixture.report(Self.history, asOf: "2024-11-25", since: "2024-02-01", until: "2024-01-31")
    }
    #expect(error == .sinceAfterUntil(since: Fixture.day("2024-02-01"), until: Fixture.day("2024-01-31")))
    #expect(
      error?.description
        == "The report would start on 2024-02-01, after it ends on 2024-01-31: choose a start on or before the end."
    )
  }

  @Test func emptyHistoryGivesAnEmptyReport() throws {
    let report = try Fixture.report(History(patient: "nobody"), asOf: "2024-11-25")
    #expect(report.isEmpty)
    #expect(report.patient == "nobody")
    #expect(report.treatments.isEmpty)
    #expect(report.daysSinceSurgery.isEmpty)
    #expect(report.responses.isEmpty)
    #expect(report.aids.isEmpty)
    #expect(report.crutchDays.isEmpty)
    #expect(report.pain == PainSummary(daily: [], weekly: [], monthly: []))
    #expect(report.symptoms.isEmpty)
    #expect(report.latestSurgery == nil)
  }

  @Test func historyCollectsRecordsAndGivesThemBackInDiaryOrder() {
    let pain = Fixture.pain("2024-01-02", 4)
    let treatment = Fixture.treatment(.cortisone, "2024-01-02")
    let symptom = Fixture.symptom(.catching, "2024-01-01")
    let aid = AidPeriod(aid: .cane, from: Fixture.day("2024-01-03"))
    let history = History(
      patient: "p", entries: [.pain(pain), .symptom(symptom), .aid(aid), .treatment(treatment)])
    #expect(history.pain == [pain])
    #expect(history.treatments == [treatment])
    #expect(history.symptoms == [symptom])
    #expect(history.aids == [aid])
    #expect(history.entries == [.symptom(symptom), .treatment(treatment), .pain(pain), .aid(aid)])
    #expect(!history.isEmpty)
    #expect(History().isEmpty)
  }
}
