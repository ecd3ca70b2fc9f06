import RecoveryModel
import Testing

/// A questionnaire change belongs to one surgery: it stops before the next one, each score counts
/// from the surgery of its side, and a threshold is judged only when and as it is defined.
struct ScoreAttributionTests {
  static let right = Fixture.treatment(.totalHipReplacement, "2024-01-10", side: .right, id: 1)
  static let left = Fixture.treatment(.totalHipReplacement, "2024-06-10", side: .left, id: 2)

  /// Right replacement, a right score before it and on day 82, the left replacement five months on,
  /// then a late score that belongs to neither change of the right hip.
  static func twoReplacements() throws -> History {
    History(
      treatments: [right, left],
      scores: [
        try OutcomeFixture.hoosJR("2024-01-05", raw: 14, side: .right),
        try OutcomeFixture.hoosJR("2024-04-01", raw: 10, side: .right),
        try OutcomeFixture.hoosJR("2025-01-20", raw: 2, side: .right),
      ])
  }

  @Test func aChangeAfterASurgeryStopsBeforeTheNextSurgery() throws {
    let report = try Fixture.report(try Self.twoReplacements(), asOf: "2025-02-01")
    let changes = try #require(report.scores.first?.changes)
    let right = try #require(changes.first { $0.surgery.uid == Self.right.uid })
    #expect(right.latest.date == Fixture.day("2024-04-01"))
    #expect(close(right.change, 58.930 - 46.652))
    #expect(!right.reached)
  }

  @Test func aScoreCountsFromTheSurgeryOfItsSide() throws {
    let report = try Fixture.report(try Self.twoReplacements(), asOf: "2025-02-01")
    let scores = try #require(report.scores.first?.scores)
    let day82 = try #require(scores.first { $0.date == Fixture.day("2024-04-01") })
    #expect(day82.surgery?.surgery.uid == Self.right.uid)
    #expect(day82.surgery?.days == 82)
    // The score before the right replacement is its baseline: 5 days before it.
    #expect(scores.first?.surgery?.surgery.uid == Self.right.uid)
    #expect(scores.first?.surgery?.days == -5)
    // The late right-hip score is still the right hip's, however recent the left surgery.
    #expect(scores.last?.surgery?.surgery.uid == Self.right.uid)
  }

  @Test func oxfordIsJudgedAgainstTheWithinPatientChangeOfEight() throws {
    for (step, reached) in [(5, false), (7, false), (8, true)] {
      let history = History(
        treatments: [Self.right],
        scores: [
          try OutcomeFixture.oxford("2024-01-01", total: 20),
          try OutcomeFixture.oxford("2024-03-01", total: 20 + step),
        ])
      let change = try #require(try Fixture.report(history, asOf: "2024-04-01").scores.first?.changes.first)
      #expect(change.threshold == 8)
      #expect(change.thresholdKind == .mic)
      #expect(change.inWindows)
      #expect(change.reached == reached, "+\(step)")
    }
  }

  /// HOOS JR's 22 points are a substantial clinical benefit between a score 0-90 days before surgery
  /// and one 270-365 days after: reached only there, early before the later window.
  @Test(arguments: [
    ("2024-01-01", "2024-10-10", true, false, true),  // 9 days before, day 274
    ("2023-01-01", "2024-10-10", false, false, false),  // a year before: not judged
    ("2024-01-01", "2024-02-07", false, true, false),  // day 28: early
    ("2024-01-01", "2025-03-01", false, false, false),  // day 416: past the window
  ])
  func hoosJRIsJudgedOnlyInsideItsWindows(
    before: String, after: String, inWindows: Bool, early: Bool, reached: Bool
  ) throws {
    let history = History(
      treatments: [Self.right],
      scores: [try OutcomeFixture.hoosJR(before, raw: 14), try OutcomeFixture.hoosJR(after, raw: 2)])
    let change = try #require(try Fixture.report(history, asOf: "2025-06-01").scores.first?.changes.first)
    #expect(change.change > 22)
    #expect(change.thresholdKind == .scb)
    #expect(change.inWindows == inWindows)
    #expect(change.early == early)
    #expect(change.reached == reached)
  }

  @Test func eachThresholdSaysWhatKindItIs() {
    #expect(Instrument.hoosJR.thresholdKind == .scb)
    #expect(Instrument.ihot12.thresholdKind == .mcid)
    #expect(Instrument.oxford.thresholdKind == .mic)
    #expect(Instrument.hoosJR.thresholdWindows == ThresholdWindows(before: 0...90, after: 270...365))
    #expect(Instrument.ihot12.thresholdWindows == nil && Instrument.oxford.thresholdWindows == nil)
  }
}
