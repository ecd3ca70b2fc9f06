import RecoveryModel
import Testing

/// A treatment on one side is judged on that side's pain (with pain on both sides or without a side);
/// one on both sides, or without a side, on all pain.
struct OneSidedResponseTests {
  /// Cortisone right on 2024-03-01 and left on 2024-03-22; right pain 6 before the first injection and
  /// 3 from it on, left pain 5 throughout.
  static let twoInjections: History = {
    let start = Fixture.day("2024-02-16")
    let days = 100
    return History(
      treatments: [
        Fixture.treatment(.cortisone, "2024-03-01", side: .right, id: 1),
        Fixture.treatment(.cortisone, "2024-03-22", side: .left, id: 2),
      ],
      pain: (0..<days).flatMap { offset in
        let day = start.adding(days: offset)
        return [
          PainEntry(day: day, score: day < Fixture.day("2024-03-01") ? 6 : 3, location: .groin, side: .right),
          PainEntry(day: day, score: 5, location: .groin, side: .left),
        ]
      })
  }()

  @Test func eachInjectionIsJudgedOnItsOwnSide() throws {
    let report = try Fixture.report(Self.twoInjections, asOf: "2024-06-30")
    let right = try #require(report.responses.first { $0.treatmentIds == [1] })
    #expect(right.painSide == .right)
    #expect(right.baseline.mean == 6)
    #expect(right.followUp.mean == 3)
    #expect(right.verdict == .substantialImprovement)
    let left = try #require(report.responses.first { $0.treatmentIds == [2] })
    #expect(left.painSide == .left)
    #expect(left.baseline.mean == 5)
    #expect(left.followUp.mean == 5)
    #expect(left.verdict == .noMeaningfulChange)
    #expect(!right.filteredOut && !left.filteredOut)
  }

  @Test func underASideFilterATreatmentOnTheOtherSideIsNotJudged() throws {
    let report = try Fixture.report(Self.twoInjections, asOf: "2024-06-30", side: .right)
    let right = try #require(report.responses.first { $0.treatmentIds == [1] })
    #expect(right.verdict == .substantialImprovement)
    #expect(right.filteredOut == false)
    let left = try #require(report.responses.first { $0.treatmentIds == [2] })
    #expect(left.filteredOut)
    #expect(left.baseline.days == 0 && left.followUp.days == 0)
    #expect(left.baseline.mean == nil && left.followUp.mean == nil)
    #expect(left.change == nil)
    #expect(left.verdict == .insufficientData)
    #expect(left.showsFigures == false)
  }

  @Test func aSideFilterOfBothSidesJudgesEverySide() throws {
    var history = Self.twoInjections
    history.pain = history.pain.map { entry in
      var entry = entry
      entry.side = .both
      return entry
    }
    let report = try Fixture.report(history, asOf: "2024-06-30", side: .both)
    #expect(report.responses.allSatisfy { !$0.filteredOut && $0.followUp.days > 0 })
  }

  @Test func painOnBothSidesAndWithoutASideCountsForEachSide() throws {
    let history = History(
      treatments: [Fixture.treatment(.cortisone, "2024-03-01", side: .left, id: 1)],
      pain: [
        Fixture.pain("2024-02-20", 8, side: .both),
        PainEntry(day: Fixture.day("2024-02-21"), score: 8),
        Fixture.pain("2024-02-22", 8, side: .left),
        Fixture.pain("2024-02-23", 10, side: .right),  // the other side: left out
        Fixture.pain("2024-03-10", 2, side: .both),
        PainEntry(day: Fixture.day("2024-03-11"), score: 2),
        Fixture.pain("2024-03-12", 2, side: .left),
        Fixture.pain("2024-03-12", 9, side: .right),
      ])
    let response = try #require(try Fixture.report(history, asOf: "2024-06-30").responses.first)
    #expect(response.baseline.days == 3)
    #expect(response.baseline.mean == 8)
    #expect(response.followUp.days == 3)
    #expect(response.followUp.mean == 2)
    #expect(response.verdict == .substantialImprovement)
  }

  @Test(arguments: [Side.both, nil])
  func aTreatmentOnBothSidesOrNoSideIsJudgedOnAllPain(_ side: Side?) throws {
    let history = History(
      treatments: [Fixture.treatment(.cortisone, "2024-03-01", side: side, id: 1)],
      pain: Fixture.pain(from: Fixture.day("2024-02-20"), [4, 4, 4])
        + Fixture.pain(from: Fixture.day("2024-03-10"), [4, 4, 4])
        + [
          Fixture.pain("2024-02-21", 8, side: .left), Fixture.pain("2024-03-11", 1, side: .left),
        ])
    let response = try #require(try Fixture.report(history, asOf: "2024-06-30").responses.first)
    #expect(response.painSide == nil)
    // The daily highest over every side: (4 + 8 + 4) / 3 before, 4 after.
    #expect(close(response.baseline.mean, 16.0 / 3))
    #expect(response.followUp.mean == 4)
  }
}
