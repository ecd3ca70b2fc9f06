import RecoveryModel
import Testing

struct AidSummaryTests {
  static let history = History(
    treatments: [
      Fixture.treatment(.hipResurfacing, "2022-11-14", side: .both, id: 1),
      Fixture.treatment(.psoasRelease, "2024-10-28", id: 2),
    ],
    aids: [
      AidPeriod(id: 13, aid: .cane, from: Fixture.day("2022-12-26"), to: Fixture.day("2023-01-09")),
      AidPeriod(
        id: 11, aid: .twoCrutches, from: Fixture.day("2022-11-14"), to: Fixture.day("2022-12-19"),
        weightBearing: .wbat),
      // Overlaps the last week on two crutches.
      AidPeriod(id: 12, aid: .oneCrutch, from: Fixture.day("2022-12-12"), to: Fixture.day("2022-12-26")),
      AidPeriod(id: 14, aid: .twoCrutches, from: Fixture.day("2024-10-28"), weightBearing: .pwb),
    ])

  @Test func eachPeriodWithItsLength() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-11-25")
    #expect(report.aids.map(\.id) == [11, 12, 13, 14])
    // 2022-11-14 to 12-19; 12-12 to 12-26; 12-26 to 2023-01-09; the open one through the report day,
    // on which the crutches are still in use.
    #expect(report.aids.map(\.days) == [35, 14, 14, 29])
    #expect(report.aids.map(\.isOpen) == [false, false, false, true])
    #expect(report.aids[3].to == nil)
    #expect(report.aids[3].weightBearing == .pwb)
  }

  @Test func crutchDaysAfterEachSurgery() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-11-25")
    #expect(report.crutchDays.map(\.surgery.id) == [1, 2])
    // 2022-11-14 to 12-26 on one or two crutches, the overlap counted once; the cane does not count.
    #expect(report.crutchDays[0].days == 42)
    #expect(report.crutchDays[0].through == Fixture.day("2024-10-27"))
    // 2024-10-28 through the report day, still open: 29 days so far.
    #expect(report.crutchDays[1].days == 29)
    #expect(report.crutchDays[1].open)
    #expect(!report.crutchDays[0].open)
    #expect(report.crutchDays[1].through == Fixture.day("2024-11-25"))
  }

  @Test func aPeriodEndingAfterTheReportDayWasOpenOnIt() throws {
    var history = Self.history
    history.aids[3].to = Fixture.day("2024-12-09")
    history.aids.append(AidPeriod(id: 15, aid: .cane, from: Fixture.day("2024-12-09")))
    let report = try Fixture.report(history, asOf: "2024-11-25")
    #expect(report.aids.map(\.id) == [11, 12, 13, 14])
    #expect(report.aids[3].to == nil)
    #expect(report.aids[3].days == 29)
  }

  @Test func sinceChoosesThePeriodsShownButNotTheTotals() throws {
    let report = try Fixture.report(Self.history, asOf: "2024-11-25", since: "2023-01-09")
    // The cane ends on the first day shown: it was not used on any day shown.
    #expect(report.aids.map(\.id) == [14])
    // Crutch days are listed after the surgeries in the range, and counted in full.
    #expect(report.crutchDays.map(\.surgery.id) == [2])
    #expect(report.crutchDays.map(\.days) == [29])
  }

  @Test func crutchesAreOneOrTwoCrutches() {
    #expect(WalkingAid.allCases.filter(\.isCrutches) == [.twoCrutches, .oneCrutch])
  }
}
