import RecoveryModel
import Testing

/// Every figure about a one-sided surgery counts the side its verdict counts: the weekly series, the
/// body map before and after, and symptom episodes before and after.
struct SurgerySideFigureTests {
  /// A right psoas release on 2024-10-28: right groin pain 6 before it and 2 from it on, left groin
  /// pain 8 throughout; right catching 3 a day before and none after, left catching 5 a day throughout.
  static let release = Fixture.treatment(.psoasRelease, "2024-10-28", side: .right, id: 1)
  static let history: History = {
    let start = Fixture.day("2024-10-01")
    var pain: [PainEntry] = []
    var symptoms: [SymptomEntry] = []
    for offset in 0..<56 {
      let day = start.adding(days: offset)
      let before = day < release.day
      pain.append(PainEntry(day: day, score: before ? 6 : 2, location: .groin, side: .right))
      pain.append(PainEntry(day: day, score: 8, location: .groin, side: .left))
      symptoms.append(SymptomEntry(day: day, kind: .catching, count: before ? 3 : 0, side: .right))
      symptoms.append(SymptomEntry(day: day, kind: .catching, count: 5, side: .left))
    }
    return History(treatments: [release], pain: pain, symptoms: symptoms)
  }()

  @Test func theWeeklySeriesCountsTheOperatedSidesPainAsTheVerdictDoes() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-11-25")
    let response = try #require(report.responses.first)
    #expect(response.baseline.mean == 6)
    #expect(response.followUp.mean == 2)
    let weeks = try #require(report.pain.weekly.first { $0.surgery.uid == Self.release.uid })
    #expect(weeks.weeks.count == 5)
    #expect(weeks.weeks.allSatisfy { $0.mean == 2 })
    // Daily and monthly pain still count both hips.
    #expect(report.pain.daily.allSatisfy { $0.score == 8 })
  }

  @Test func theBodyMapBeforeAndAfterMapsTheOperatedSide() throws {
    let pair = try #require(try Fixture.report(Self.history, asOf: "2024-11-25").bodyMapBeforeAfter)
    #expect(
      pair.before.places == [
        BodyMap.Place(site: .location(.groin), side: .right, mean: 6, entries: 14, rated: 14)
      ])
    let after = try #require(pair.after)
    #expect(after.places.map(\.side) == [.right])
    #expect(after.places.first?.mean == 2)
  }

  @Test func symptomEpisodesAroundAOneSidedSurgeryCountItsSide() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-11-25")
    let catching = try #require(report.symptoms.first { $0.kind == .catching })
    let around = try #require(catching.aroundSurgeries.first)
    #expect(around.baseline.perDay == 3)
    #expect(around.followUp?.perDay == 0)
    // The totals over the range count both hips.
    #expect(catching.total.episodes == 27 * 3 + 56 * 5)
  }

  @Test func aSurgeryOnBothSidesCountsEverySide() throws {
    var history = Self.history
    history.treatments = [Fixture.treatment(.hipResurfacing, "2024-10-28", side: .both, id: 1)]
    let report = try Fixture.report(history, asOf: "2024-11-25")
    let weeks = try #require(report.pain.weekly.first)
    #expect(weeks.weeks.allSatisfy { $0.mean == 8 })
    let catching = try #require(report.symptoms.first { $0.kind == .catching })
    #expect(catching.aroundSurgeries.first?.baseline.perDay == 8)
  }
}
