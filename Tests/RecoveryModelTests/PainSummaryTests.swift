import RecoveryModel
import Testing

struct PainSummaryTests {
  /// A psoas release on 2024-01-01; pain in October and December 2023 and in its first and third weeks.
  static let history = History(
    treatments: [Fixture.treatment(.psoasRelease, "2024-01-01", id: 1)],
    pain: [
      Fixture.pain("2023-10-05", 5),
      Fixture.pain("2023-12-20", 7),
      Fixture.pain("2024-01-01", 6), Fixture.pain("2024-01-01", 2, location: .knee),
      Fixture.pain("2024-01-02", 5),
      Fixture.pain("2024-01-07", 4),  // day 6, the last of week 1
      Fixture.pain("2024-01-15", 2),  // day 14, week 3
      Fixture.pain("2024-01-16", 3),
    ])

  typealias Period = PainSummary.Period

  @Test func dailyPainListsEveryDayWithData() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-01-16")
    #expect(
      report.pain.daily.map(\.date.description) == [
        "2023-10-05", "2023-12-20", "2024-01-01", "2024-01-02", "2024-01-07", "2024-01-15", "2024-01-16",
      ])
    #expect(report.pain.daily.map(\.score) == [5, 7, 6, 5, 4, 2, 3])
  }

  @Test func weeklyMeansSinceTheSurgery() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-01-16")
    let series = try #require(report.pain.weekly.first)
    #expect(series.surgery.id == 1)
    #expect(
      series.weeks == [
        // (6 + 5 + 4) / 3
        Period(week: 1, from: Fixture.day("2024-01-01"), to: Fixture.day("2024-01-07"), mean: 5, days: 3),
        Period(week: 2, from: Fixture.day("2024-01-08"), to: Fixture.day("2024-01-14"), mean: nil, days: 0),
        // The current week so far: (2 + 3) / 2.
        Period(
          week: 3, from: Fixture.day("2024-01-15"), to: Fixture.day("2024-01-16"), partial: true, mean: 2.5,
          days: 2),
      ])
  }

  @Test func monthlyMeansOverTheWholeHistory() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-01-16")
    #expect(
      report.pain.monthly == [
        Period(
          month: "2023-10", from: Fixture.day("2023-10-05"), to: Fixture.day("2023-10-31"), mean: 5, days: 1),
        Period(
          month: "2023-11", from: Fixture.day("2023-11-01"), to: Fixture.day("2023-11-30"), mean: nil, days: 0
        ),
        Period(
          month: "2023-12", from: Fixture.day("2023-12-01"), to: Fixture.day("2023-12-31"), mean: 7, days: 1),
        // (6 + 5 + 4 + 2 + 3) / 5
        Period(
          month: "2024-01", from: Fixture.day("2024-01-01"), to: Fixture.day("2024-01-16"), partial: true,
          mean: 4, days: 5),
      ])
  }

  @Test func sinceAndUntilCutTheSeries() throws {
    let report = try Fixture.report(
      Self.history, asOf: "2024-01-31", since: "2024-01-02", until: "2024-01-15")
    #expect(report.pain.daily.map(\.score) == [5, 4, 2])
    #expect(
      report.pain.weekly.first?.weeks == [
        Period(week: 1, from: Fixture.day("2024-01-02"), to: Fixture.day("2024-01-07"), mean: 4.5, days: 2),
        Period(week: 2, from: Fixture.day("2024-01-08"), to: Fixture.day("2024-01-14"), mean: nil, days: 0),
        Period(week: 3, from: Fixture.day("2024-01-15"), to: Fixture.day("2024-01-15"), mean: 2, days: 1),
      ])
    #expect(
      report.pain.monthly == [
        Period(
          month: "2024-01", from: Fixture.day("2024-01-02"), to: Fixture.day("2024-01-15"), mean: 11.0 / 3,
          days: 3)
      ])
  }

  @Test func filteredPainStillCountsTheDayAsLoggedForSymptoms() throws {
    let history = History(
      pain: [Fixture.pain("2024-01-01", 4, location: .knee)],
      symptoms: [Fixture.symptom(.catching, "2024-01-02", count: 3)])
    let report = try Fixture.report(history, asOf: "2024-01-02", location: .groin)
    #expect(report.pain.daily.isEmpty)
    // Both days have a diary entry, whatever the pain filter.
    #expect(report.symptoms.first?.total.diaryDays == 2)
    #expect(report.symptoms.first?.total.perDay == 1.5)
  }
}
