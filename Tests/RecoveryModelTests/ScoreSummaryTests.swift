import RecoveryModel
import Testing

/// Questionnaire scores in the report: each score's day after the surgeries, and the change after each
/// surgery from the last score on or before its day to the latest after it.
struct ScoreSummaryTests {
  static let release = Fixture.treatment(.psoasRelease, "2024-10-28", side: .right)

  @Test func theChangeRunsFromTheLastScoreOnOrBeforeTheSurgeryToTheLatestAfterIt() throws {
    let scores = [
      try OutcomeFixture.hoosJR("2024-10-01", raw: 16),
      // Filled in on the morning of the operation: the baseline.
      try OutcomeFixture.hoosJR("2024-10-28", raw: 14),
      try OutcomeFixture.hoosJR("2024-11-11", raw: 9),
      try OutcomeFixture.hoosJR("2024-11-25", raw: 5),
      // After the report day: ignored.
      try OutcomeFixture.hoosJR("2024-12-09", raw: 0),
    ]
    let history = History(treatments: [Self.release], scores: scores.reversed())
    let report = try Fixture.report(history, asOf: "2024-11-25")
    let summary = try #require(report.scores.first)
    #expect(report.scores.map(\.instrument) == [.hoosJR])
    #expect(summary.label == "HOOS JR")
    #expect(
      summary.scores.map(\.date.description) == ["2024-10-01", "2024-10-28", "2024-11-11", "2024-11-25"])
    #expect(summary.scores.map(\.value) == [39.902, 46.652, 61.815, 73.472])
    #expect(summary.scores.map(\.raw) == [16, 14, 9, 5])
    #expect(summary.scores[0].daysAfter.isEmpty)
    #expect(summary.scores.dropFirst().map { $0.daysAfter.map(\.days) } == [[0], [14], [28]])
    let change = try #require(summary.changes.first)
    #expect(summary.changes.count == 1)
    #expect(change.surgery.uid == Self.release.uid)
    #expect(change.baseline == ScoreSummary.Reading(date: Fixture.day("2024-10-28"), value: 46.652))
    #expect(change.latest == ScoreSummary.Reading(date: Fixture.day("2024-11-25"), value: 73.472))
    #expect(close(change.change, 73.472 - 46.652))
    #expect(change.threshold == Instrument.hoosJR.threshold)
    #expect(change.threshold == 22)
    #expect(change.thresholdKind == .scb)
    // HOOS JR's 22 points are defined 270-365 days after surgery: day 28 is early, not reached.
    #expect(change.early && !change.inWindows)
    #expect(!change.reached)
  }

  @Test(arguments: [(22.0, true), (21.99, false), (22.01, true), (-30, false)])
  func reachedMeansAtLeastTheThreshold(change: Double, reached: Bool) {
    let surgery = TreatmentReference(Self.release)
    let result = ScoreSummary.Change(
      surgery: surgery, baseline: ScoreSummary.Reading(date: Fixture.day("2024-10-27"), value: 40),
      latest: ScoreSummary.Reading(date: Fixture.day("2024-11-27"), value: 40 + change), threshold: 22)
    #expect(result.reached == reached)
    #expect(close(result.change, change))
  }

  @Test func eachInstrumentIsJudgedAgainstItsOwnThreshold() throws {
    let oxfordStep = Int(Instrument.oxford.threshold.rounded(.up))
    let scores = [
      try OutcomeFixture.ihot12("2024-10-20", each: 40), try OutcomeFixture.ihot12("2024-11-20", each: 45),
      try OutcomeFixture.oxford("2024-10-20", total: 20),
      try OutcomeFixture.oxford("2024-11-20", total: 20 + oxfordStep),
    ]
    let report = try Fixture.report(History(treatments: [Self.release], scores: scores), asOf: "2024-11-25")
    #expect(report.scores.map(\.instrument) == [.ihot12, .oxford])
    let ihot = try #require(report.scores.first { $0.instrument == .ihot12 }?.changes.first)
    #expect(close(ihot.change, 5))
    #expect(ihot.threshold == Instrument.ihot12.threshold)
    #expect(ihot.reached == (5 >= Instrument.ihot12.threshold))
    let oxford = try #require(report.scores.first { $0.instrument == .oxford }?.changes.first)
    #expect(oxford.change == Double(oxfordStep))
    #expect(oxford.reached)
  }

  @Test func noChangeWithoutABaselineOrALaterScore() throws {
    let onlyAfter = History(
      treatments: [Self.release], scores: [try OutcomeFixture.hoosJR("2024-11-11", raw: 9)])
    let after = try #require(try Fixture.report(onlyAfter, asOf: "2024-11-25").scores.first)
    #expect(after.scores.count == 1)
    #expect(after.changes.isEmpty)
    let onlyBefore = History(
      treatments: [Self.release], scores: [try OutcomeFixture.hoosJR("2024-10-21", raw: 14)])
    #expect(try Fixture.report(onlyBefore, asOf: "2024-11-25").scores.first?.changes.isEmpty == true)
    #expect(try Fixture.report(History(treatments: [Self.release]), asOf: "2024-11-25").scores.isEmpty)
  }

  /// A one-sided surgery counts scores for its side, both sides or no side; scores logged for the
  /// other hip belong to that hip's surgery.
  @Test func scoresCountForTheSurgeryOnTheirSide() throws {
    let left = Fixture.treatment(.totalHipReplacement, "2024-01-10", side: .left)
    let right = Fixture.treatment(.totalHipReplacement, "2024-06-10", side: .right)
    let scores = [
      try OutcomeFixture.oxford("2024-01-05", total: 18, side: .left),
      try OutcomeFixture.oxford("2024-06-01", total: 20, side: .right),
      try OutcomeFixture.oxford("2024-06-05", total: 40, side: .left),
      try OutcomeFixture.oxford("2024-09-01", total: 38, side: .right),
      try OutcomeFixture.oxford("2024-09-02", total: 44, side: .left),
    ]
    let report = try Fixture.report(History(treatments: [left, right], scores: scores), asOf: "2024-10-01")
    let changes = try #require(report.scores.first?.changes)
    #expect(changes.map(\.surgery.uid) == [left.uid, right.uid])
    #expect(changes.map(\.baseline.value) == [18, 20])
    // The left change stops the day before the right surgery: the later left score is not the left's.
    #expect(changes.map(\.latest.value) == [40, 38])
    #expect(changes.map(\.change) == [22, 18])
    let last = try #require(report.scores.first?.scores.last)
    #expect(last.daysAfter.map(\.surgery.uid) == [left.uid, right.uid])
    #expect(last.daysAfter.map(\.days) == [236, 84])
  }

  @Test func aLimitedRangeListsItsScoresButJudgesOnEveryScore() throws {
    let scores = [
      try OutcomeFixture.hoosJR("2024-10-21", raw: 14), try OutcomeFixture.hoosJR("2024-11-25", raw: 5),
    ]
    let history = History(treatments: [Self.release], scores: scores)
    let report = try Fixture.report(history, asOf: "2024-11-25", since: "2024-10-25")
    let summary = try #require(report.scores.first)
    #expect(summary.scores.map(\.date.description) == ["2024-11-25"])
    #expect(summary.changes.first?.baseline.date == Fixture.day("2024-10-21"))
  }

  @Test func aDiaryOfScoresAloneIsNotEmpty() throws {
    let history = History(scores: [try OutcomeFixture.hoosJR("2024-10-21", raw: 14)])
    let report = try Fixture.report(history, asOf: "2024-11-25")
    #expect(!report.isEmpty)
    #expect(report.shownFrom == Fixture.day("2024-10-21"))
    #expect(report.scores.first?.scores.first?.daysAfter == [])
  }
}
