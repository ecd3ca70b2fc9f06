import RecoveryModel
import Testing

/// Which injections form a course, and what a course reports about its earlier rounds.
struct CourseTests {
  static let first = Fixture.day("2024-03-01")

  /// Pain 8 on the 14 days before 2024-03-01, 2 on days 0-42 after it, 8 again from day 43 on, for
  /// `days` days in all after the injection.
  static func reliefThatWoreOff(days: Int = 150) -> [PainEntry] {
    Fixture.pain(from: first.adding(days: -14), Array(repeating: 8, count: 14))
      + Fixture.pain(from: first, (0..<days).map { $0 <= 42 ? 2 : 8 })
  }

  @Test func aRepeatAfterTheFollowUpEndedLeavesTheFinishedVerdict() throws {
    let history = History(
      treatments: [
        Fixture.treatment(.cortisone, "2024-03-01", id: 1),
        Fixture.treatment(.cortisone, "2024-04-20", id: 2),  // day 50
      ],
      pain: Self.reliefThatWoreOff())
    let report = try Fixture.report(history, asOf: "2024-09-01")
    #expect(report.responses.map(\.treatmentIds) == [[1], [2]])
    let finished = report.responses[0]
    #expect(finished.label == "cortisone injection")
    #expect(finished.baseline.mean == 8)
    #expect(finished.followUp.mean == 2)
    #expect(finished.verdict == .substantialImprovement)
    // The repeat's baseline (days 36-49) straddles the first injection's follow-up.
    let repeated = report.responses[1]
    #expect(repeated.confoundedBy.map(\.treatment.id) == [1])
    #expect(repeated.confoundedBy.map(\.reason) == [.baseline])
  }

  @Test(arguments: [(42, true), (43, false), (55, false), (56, false)])
  func aCortisoneRepeatJoinsOnlyWhileTheFollowUpRuns(_ gap: Int, _ joins: Bool) throws {
    let history = History(treatments: [
      Fixture.treatment(.cortisone, "2024-03-01", id: 1),
      Treatment(id: 2, day: Self.first.adding(days: gap), kind: .cortisone, side: .right),
    ])
    let report = try Fixture.report(history, asOf: "2024-12-01")
    #expect(report.responses.map(\.treatmentIds) == (joins ? [[1, 2]] : [[1], [2]]))
    #expect(ResponseWindows.standard.lastCourseDay(for: .cortisone) == 42)
  }

  @Test func prolotherapyRoundsFourWeeksApartStillFormACourse() throws {
    let history = History(treatments: [
      Fixture.treatment(.prolotherapy, "2024-03-01", id: 1),
      Fixture.treatment(.prolotherapy, "2024-03-29", id: 2),
      Fixture.treatment(.prolotherapy, "2024-04-26", id: 3),
    ])
    let report = try Fixture.report(history, asOf: "2024-12-01")
    #expect(report.responses.map(\.treatmentIds) == [[1, 2, 3]])
    #expect(ResponseWindows.standard.lastCourseDay(for: .prolotherapy) == 55)
    // Each round's follow-up (from day 28) begins on the day of the next round: no interim figures.
    #expect(report.responses[0].earlierRounds.isEmpty)
  }

  @Test func numberedRoundsJoinTheirSeriesWhateverTheGap() throws {
    let history = History(treatments: [
      Fixture.treatment(.prolotherapy, "2024-01-01", id: 1, round: 1),
      Fixture.treatment(.prolotherapy, "2024-05-01", id: 2, round: 2),  // 121 days later
      Fixture.treatment(.prolotherapy, "2024-05-29", id: 3, round: 1),  // a new series
      Fixture.treatment(.cortisone, "2024-06-01", id: 4),
      Fixture.treatment(.cortisone, "2024-09-01", id: 5, round: 2),
    ])
    let report = try Fixture.report(history, asOf: "2024-12-01")
    #expect(report.responses.map(\.treatmentIds) == [[1, 2], [3], [4, 5]])
  }

  @Test func earlierRoundsReportTheirInterimFigures() throws {
    // Cortisone on 2024-03-01 and again on day 30: relief from day 7 to 20 that wore off by day 21.
    let history = History(
      treatments: [
        Fixture.treatment(.cortisone, "2024-03-01", id: 1),
        Fixture.treatment(.cortisone, "2024-03-31", id: 2),
      ],
      pain: Fixture.pain(from: Self.first.adding(days: -14), Array(repeating: 8, count: 14))
        + Fixture.pain(from: Self.first, (0..<100).map { $0 >= 7 && $0 <= 20 ? 2 : 8 }))
    let report = try Fixture.report(history, asOf: "2024-09-01")
    let course = try #require(report.responses.first)
    #expect(course.treatmentIds == [1, 2])
    #expect(course.verdict == .noMeaningfulChange)
    let round = try #require(course.earlierRounds.first)
    #expect(course.earlierRounds.count == 1)
    #expect(round.treatment.id == 1)
    #expect(round.followUp.from == Fixture.day("2024-03-08"))
    #expect(round.followUp.to == Fixture.day("2024-03-30"))
    #expect(round.followUp.plannedTo == Fixture.day("2024-04-12"))
    // Days 7-29: 14 days of 2 and 9 of 8.
    #expect(round.followUp.days == 23)
    #expect(close(round.followUp.mean, (14.0 * 2 + 9 * 8) / 23))
    #expect(close(round.change, (14.0 * 2 + 9 * 8) / 23 - 8))
    // Relief that wore off within the window: the fall is large but the days after vary so much
    // (2, then 8 again) that the interval reaches zero, and the data cannot tell.
    let effect = try #require(round.effect)
    #expect(effect.effect.estimate < -3)
    #expect(effect.effect.high > 0)
    #expect(round.verdict == .cannotTell)
    #expect(round.showsFigures)
    #expect(Rounding.change(of: round) == "-3.7 (-46%)")
  }
}
