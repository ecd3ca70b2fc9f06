import RecoveryModel
import Testing

struct SymptomSummaryTests {
  /// A psoas release on 2024-01-15: baseline 2024-01-01 to 01-14, follow-up (days 14-42) from 01-29.
  static let history = History(
    treatments: [Fixture.treatment(.psoasRelease, "2024-01-15", id: 1)],
    pain: [
      Fixture.pain("2024-01-01", 6), Fixture.pain("2024-01-04", 5),
      Fixture.pain("2024-01-29", 2), Fixture.pain("2024-01-30", 2), Fixture.pain("2024-02-01", 1),
    ],
    symptoms: [
      Fixture.symptom(.catching, "2024-01-01", count: 3),
      Fixture.symptom(.catching, "2024-01-02"),  // no count: one episode
      Fixture.symptom(.catching, "2024-01-03", count: 2),
      Fixture.symptom(.numbness, "2024-01-10"),
      Fixture.symptom(.catching, "2024-01-20", count: 0),  // logged as not happening
    ])

  @Test func episodesPerDiaryDayAroundTheSurgery() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-02-10")
    let catching = try #require(report.symptoms.first { $0.kind == .catching })
    let around = try #require(catching.aroundSurgeries.first)
    #expect(around.surgery.id == 1)
    // 3 + 1 + 2 episodes over the 5 baseline days with any entry (01-01, 02, 03, 04 and the numbness
    // on 01-10).
    #expect(around.baseline.from == Fixture.day("2024-01-01"))
    #expect(around.baseline.to == Fixture.day("2024-01-14"))
    #expect(around.baseline.episodes == 6)
    #expect(around.baseline.diaryDays == 5)
    #expect(around.baseline.perDay == 1.2)
    // None on the 3 diary days of the follow-up so far.
    let followUp = try #require(around.followUp)
    #expect(followUp.from == Fixture.day("2024-01-29"))
    #expect(followUp.to == Fixture.day("2024-02-10"))
    #expect(followUp.episodes == 0)
    #expect(followUp.diaryDays == 3)
    #expect(followUp.perDay == 0)
    #expect(around.partial)
  }

  @Test func perMonthAndFirstAndLastSeen() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-02-10")
    let catching = try #require(report.symptoms.first { $0.kind == .catching })
    #expect(catching.firstSeen == Fixture.day("2024-01-01"))
    // The entry with a count of 0 on 01-20 records an absence, not a sighting.
    #expect(catching.lastSeen == Fixture.day("2024-01-03"))
    // January's diary days: 01-01, 02, 03, 04, 10, 20, 29, 30; February's: 02-01.
    #expect(
      catching.monthly == [
        .init(
          month: "2024-01", from: Fixture.day("2024-01-01"), to: Fixture.day("2024-01-31"), episodes: 6,
          diaryDays: 8),
        .init(
          month: "2024-02", from: Fixture.day("2024-02-01"), to: Fixture.day("2024-02-10"), episodes: 0,
          diaryDays: 1),
      ])
    #expect(catching.monthly.map(\.perDay) == [0.75, 0])
    #expect(catching.total.episodes == 6)
    #expect(catching.total.diaryDays == 9)
    #expect(catching.daily.map(\.episodes) == [3, 1, 2])
  }

  @Test func numbnessStandsOnItsOwnAndNeverTouchesPain() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-02-10")
    #expect(report.symptoms.map(\.kind) == [.catching, .numbness])
    #expect(report.symptoms.map(\.highlight) == [false, true])
    let numbness = report.symptoms[1]
    #expect(numbness.total.episodes == 1)
    #expect(numbness.firstSeen == Fixture.day("2024-01-10"))
    // Daily pain holds pain entries only.
    #expect(report.pain.daily.map(\.score) == [6, 5, 2, 2, 1])
    #expect(report.responses.first?.baseline.mean == 5.5)
  }

  @Test func noFollowUpRateBeforeTheWindowOpens() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-01-20")
    let around = try #require(report.symptoms.first?.aroundSurgeries.first)
    #expect(around.followUp == nil)
    #expect(around.partial == false)
  }

  @Test func noDiaryDaysMeansNoRate() throws {
    let history = History(
      treatments: [Fixture.treatment(.psoasRelease, "2024-03-01")],
      symptoms: [Fixture.symptom(.clicking, "2024-01-01")])
    let report = try Fixture.report(history, asOf: "2024-06-01")
    let around = try #require(report.symptoms.first?.aroundSurgeries.first)
    #expect(around.baseline.diaryDays == 0)
    #expect(around.baseline.perDay == nil)
  }
}
