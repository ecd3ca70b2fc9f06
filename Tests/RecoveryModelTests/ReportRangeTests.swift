import RecoveryModel
import Testing

/// What a report limited with `since` and `until` shows, and the range it says it shows.
struct ReportRangeTests {
  /// A psoas release on 2024-01-01 with pain every day from 2023-12-20 to 2024-02-10, and a cane used
  /// from 2024-01-05 up to (not including) 2024-01-20.
  static let history = History(
    treatments: [Fixture.treatment(.psoasRelease, "2024-01-01", id: 1)],
    pain: Fixture.pain(from: Fixture.day("2023-12-20"), Array(repeating: 4, count: 53)),
    aids: [AidPeriod(id: 2, aid: .cane, from: Fixture.day("2024-01-05"), to: Fixture.day("2024-01-20"))])

  @Test func theShownRangeIsOnTheReport() throws {
    let whole = try Fixture.report(Self.history, asOf: "2024-02-10")
    #expect(whole.shownFrom == Fixture.day("2023-12-20"))
    #expect(whole.shownThrough == Fixture.day("2024-02-10"))
    let limited = try Fixture.report(
      Self.history, asOf: "2024-02-10", since: "2024-01-10", until: "2024-03-01")
    #expect(limited.shownFrom == Fixture.day("2024-01-10"))
    #expect(limited.shownThrough == Fixture.day("2024-02-10"))
    let empty = try Fixture.report(History(), asOf: "2024-02-10")
    #expect(empty.shownFrom == Fixture.day("2024-02-10"))
    #expect(empty.shownThrough == Fixture.day("2024-02-10"))
  }

  @Test func aWeekCutShortBySinceIsNotSoFar() throws {
    // Week 2 of the release runs 2024-01-08 to 01-14; the range starts in its middle.
    let report = try Fixture.report(Self.history, asOf: "2024-01-23", since: "2024-01-10")
    let weeks = try #require(report.pain.weekly.first?.weeks)
    #expect(weeks.map(\.week) == [2, 3, 4])
    #expect(weeks[0].from == Fixture.day("2024-01-10"))
    #expect(weeks[0].partial == false)
    #expect(weeks[1].partial == false)
    // Week 4 (2024-01-22 to 01-28) is still running on the report day.
    #expect(weeks[2].to == Fixture.day("2024-01-23"))
    #expect(weeks[2].partial)
    #expect(report.pain.monthly.map(\.partial) == [true])
    let whole = try Fixture.report(Self.history, asOf: "2024-02-10")
    #expect(whole.pain.monthly.map(\.partial) == [false, false, true])
  }

  @Test(arguments: [
    ("2024-01-20", false),  // the day the cane was no longer used
    ("2024-01-19", true),  // its last day of use
  ])
  func anAidPeriodIsShownOnlyOnDaysOfUse(_ since: String, _ shown: Bool) throws {
    let report = try Fixture.report(Self.history, asOf: "2024-02-10", since: since)
    #expect(report.aids.map(\.id) == (shown ? [2] : []))
  }
}
