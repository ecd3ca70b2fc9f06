import RecoveryModel
import RecoveryTestSupport
import Testing

/// The cohort adds up final results only: interim verdicts, confounded ones and crutch use still open
/// are counted apart, every figure says how many it rests on, and a range picks one population.
struct CohortFinalResultTests {
  static let asOf = TestCalendar.day("2024-12-31")

  static func day(_ text: String) -> CalendarDay { TestCalendar.day(text) }

  /// Daily right groin pain: `before` for the 14 days before `date`, `after` from it for `days` days.
  static func pain(around date: String, before: Int, after: Int, days: Int) -> [PainEntry] {
    let start = day(date)
    return (1...14).map {
      PainEntry(day: start.adding(days: -$0), score: before, location: .groin, side: .right)
    }
      + (0..<days).map {
        PainEntry(day: start.adding(days: $0), score: after, location: .groin, side: .right)
      }
  }

  /// Ann: a release judged in full, substantial. Bob: a release 17 days before the report day, substantial
  /// so far. Cat: a release with a cortisone injection in its follow-up, substantial but confounded, and
  /// a baseline of 0 before a second release: no percentage.
  static func cohort(since: CalendarDay? = nil, until: CalendarDay? = nil) throws -> Cohort {
    var builder = try CohortBuilder(asOf: asOf, since: since, until: until)
    builder.add(
      patient: "Ann",
      history: History(
        treatments: [Treatment(day: day("2024-03-01"), kind: .psoasRelease, side: .right)],
        pain: pain(around: "2024-03-01", before: 8, after: 2, days: 60),
        aids: [AidPeriod(aid: .twoCrutches, from: day("2024-03-01"), to: day("2024-03-15"))]))
    builder.add(
      patient: "Bob",
      history: History(
        treatments: [Treatment(day: day("2024-12-14"), kind: .psoasRelease, side: .right)],
        pain: pain(around: "2024-12-14", before: 8, after: 2, days: 18),
        aids: [AidPeriod(aid: .twoCrutches, from: day("2024-12-14"))]))
    builder.add(
      patient: "Cat",
      history: History(
        treatments: [
          Treatment(day: day("2024-05-01"), kind: .psoasRelease, side: .right),
          Treatment(day: day("2024-05-20"), kind: .cortisone, side: .right),
          Treatment(day: day("2024-09-01"), kind: .psoasRelease, side: .right),
        ],
        pain: pain(around: "2024-05-01", before: 8, after: 2, days: 60)
          + pain(around: "2024-09-01", before: 0, after: 3, days: 60)))
    return builder.cohort()
  }

  @Test func interimAndConfoundedVerdictsAreCountedApartFromFinalOnes() throws {
    let release = try #require(try Self.cohort().treatments.first { $0.kind == .psoasRelease }).outcome
    #expect(release.responses == 4)
    #expect(release.count(.substantialImprovement) == 3)
    #expect(release.interim == 1)
    #expect(release.confounded == 1)
    // Ann's substantial improvement and Cat's second release, worse from a baseline of 0.
    #expect(release.final == 2)
    #expect(release.finalCount(.substantialImprovement) == 1)
    #expect(release.finalCount(.worse) == 1)
    #expect(release.change == Quartiles([-6, 3]))
  }

  @Test func eachChangeFigureSaysHowManyItRestsOn() throws {
    let release = try #require(try Self.cohort().treatments.first { $0.kind == .psoasRelease }).outcome
    #expect(release.changed == 2)
    // A baseline of 0 has no percentage.
    #expect(release.percentChanged == 1)
    #expect(release.percentChange == Quartiles([-75]))
  }

  @Test func crutchUseStillOpenIsCountedApart() throws {
    let crutches = try #require(try Self.cohort().crutchDays.first { $0.kind == .psoasRelease })
    // Ann 14, Cat's two releases 0; Bob still on crutches.
    #expect(crutches.days == Spread([14, 0, 0]))
    #expect(crutches.stillOnCrutches == 1)
  }

  /// A range counts the surgeries dated in it for crutch days, with or without crutches, as it does for
  /// the responses.
  @Test func aRangeCountsTheSameSurgeriesForResponsesAndCrutchDays() throws {
    let cohort = try Self.cohort(since: Self.day("2024-08-01"), until: Self.day("2024-10-01"))
    let release = try #require(cohort.treatments.first { $0.kind == .psoasRelease }).outcome
    #expect(release.responses == 1)
    let crutches = try #require(cohort.crutchDays.first { $0.kind == .psoasRelease })
    // Cat's second release, without crutches; Ann's crutches ended before the range.
    #expect(crutches.days?.n == 1)
    #expect(crutches.days?.max == 0)
  }
}
