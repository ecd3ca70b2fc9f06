import RecoveryModel
import Testing

/// Milestones after each surgery: the day each was reached, the target, how far ahead or behind, and
/// targets overdue on the report day.
struct SurgeryMilestonesTests {
  static let release = Fixture.treatment(.psoasRelease, "2024-10-28", side: .right)

  func milestones(_ history: History, asOf: String) throws -> [SurgeryMilestones] {
    try Fixture.report(history, asOf: asOf).milestones
  }

  @Test func aMilestoneIsReachedOnItsDayAndComparedWithItsTarget() throws {
    let history = History(
      treatments: [Self.release],
      milestones: [
        OutcomeFixture.milestone(.drive, "2024-11-18"), OutcomeFixture.milestone(.drive, "2024-11-20"),
        OutcomeFixture.milestone(.sleepOnSide, "2024-11-21"),
      ],
      targets: [
        OutcomeFixture.target(.milestone(.drive), days: 28, after: Self.release),
        OutcomeFixture.target(.milestone(.sleepOnSide), days: 20, after: Self.release),
      ])
    let after = try #require(try milestones(history, asOf: "2024-11-25").first)
    #expect(after.surgery.uid == Self.release.uid)
    #expect(after.daysSoFar == 28)
    #expect(after.through == Fixture.day("2024-11-25"))
    #expect(after.milestones.map(\.kind) == [.milestone(.drive), .milestone(.sleepOnSide)])
    let drive = after.milestones[0]
    // The first entry of a kind is the day it was reached.
    #expect(drive.day == 21)
    #expect(drive.date == Fixture.day("2024-11-18"))
    #expect(drive.target == 28)
    #expect(drive.difference == -7)
    #expect(!drive.overdue)
    let side = after.milestones[1]
    #expect(side.day == 24)
    #expect(side.difference == 4)
    #expect(!side.overdue)
  }

  /// A target after a surgery with no milestone yet: "day X so far", overdue once the target day has
  /// passed, not on the target day itself.
  @Test(arguments: [("2024-11-15", 18, false), ("2024-11-18", 21, false), ("2024-11-19", 22, true)])
  func aTargetWithoutItsMilestoneIsOverdueOnceItsDayHasPassed(
    asOf: String, daysSoFar: Int, overdue: Bool
  )
    throws
  {
    let history = History(
      treatments: [Self.release],
      targets: [OutcomeFixture.target(.milestone(.returnToWork), days: 21, after: Self.release)])
    let after = try #require(try milestones(history, asOf: asOf).first)
    #expect(after.daysSoFar == daysSoFar)
    let work = try #require(after.milestones.first)
    #expect(after.milestones.count == 1)
    #expect(work.kind == .milestone(.returnToWork))
    #expect(work.day == nil)
    #expect(work.date == nil)
    #expect(work.target == 21)
    #expect(work.difference == nil)
    #expect(work.overdue == overdue)
  }

  @Test func aMilestoneWithoutATargetHasNoDifference() throws {
    let history = History(
      treatments: [Self.release], milestones: [OutcomeFixture.milestone(.walkWithoutAid, "2024-11-13")])
    let walk = try #require(try milestones(history, asOf: "2024-11-25").first?.milestones.first)
    #expect(walk.day == 16)
    #expect(walk.target == nil)
    #expect(walk.difference == nil)
    #expect(!walk.overdue)
  }

  /// Two surgeries on different sides: each has its own targets (by the surgery they name) and the
  /// milestones logged after it and before the next one, for its side, both sides or no side.
  @Test func twoSurgeriesOnDifferentSidesEachHaveTheirOwnMilestonesAndTargets() throws {
    let left = Fixture.treatment(.totalHipReplacement, "2024-01-10", side: .left)
    let right = Fixture.treatment(.totalHipReplacement, "2024-06-10", side: .right)
    let history = History(
      treatments: [right, left],
      milestones: [
        OutcomeFixture.milestone(.drive, "2024-02-20", side: .left),
        OutcomeFixture.milestone(.walkWithoutAid, "2024-03-01"),
        // Logged for the left hip after the right one's operation: not the right hip's milestone.
        OutcomeFixture.milestone(.sleepOnSide, "2024-06-20", side: .left),
        OutcomeFixture.milestone(.drive, "2024-07-15", side: .right),
        OutcomeFixture.milestone(.walkWithoutAid, "2024-07-20", side: .both),
      ],
      targets: [
        OutcomeFixture.target(.milestone(.drive), days: 42, after: left),
        OutcomeFixture.target(.milestone(.drive), days: 28, after: right),
        OutcomeFixture.target(.milestone(.returnToWork), days: 90, after: right),
      ])
    let all = try milestones(history, asOf: "2024-08-01")
    #expect(all.map(\.surgery.uid) == [left.uid, right.uid])
    let first = all[0]
    #expect(first.through == Fixture.day("2024-06-09"))
    #expect(first.daysSoFar == 151)
    #expect(first.milestones.map(\.kind) == [.milestone(.drive), .milestone(.walkWithoutAid)])
    #expect(first.milestones.map(\.day) == [41, 51])
    #expect(first.milestones.map(\.target) == [42, nil])
    #expect(first.milestones.map(\.difference) == [-1, nil])
    let second = all[1]
    #expect(second.daysSoFar == 52)
    #expect(
      second.milestones.map(\.kind) == [
        .milestone(.drive), .milestone(.walkWithoutAid), .milestone(.returnToWork),
      ])
    #expect(second.milestones.map(\.day) == [35, 40, nil])
    #expect(second.milestones.map(\.difference) == [7, nil, nil])
    #expect(second.milestones.map(\.overdue) == [false, false, false])
  }

  @Test func theMostRecentlyRecordedTargetCounts() throws {
    let history = History(
      treatments: [Self.release],
      targets: [
        OutcomeFixture.target(.offCrutches, days: 21, after: Self.release, recorded: "2024-11-01"),
        OutcomeFixture.target(.offCrutches, days: 14, after: Self.release, recorded: "2024-10-28"),
        // Recorded after the report day: not known yet.
        OutcomeFixture.target(.offCrutches, days: 7, after: Self.release, recorded: "2024-12-01"),
      ])
    let crutches = try #require(try milestones(history, asOf: "2024-11-25").first?.milestones.first)
    #expect(crutches.target == 21)
    // No crutch period logged after the release: the diary does not say, so not overdue.
    #expect(crutches.unknown)
    #expect(!crutches.overdue)
  }

  /// Off crutches comes from the aid periods: the day crutch use after the surgery ends; a cane is not
  /// a crutch.
  @Test func offCrutchesIsTheEndOfTheLastCrutchPeriod() throws {
    let history = History(
      treatments: [Self.release],
      aids: [
        OutcomeFixture.crutches("2024-10-28", to: "2024-11-04"),
        OutcomeFixture.crutches("2024-11-04", to: "2024-11-11", aid: .oneCrutch),
        OutcomeFixture.crutches("2024-11-11", to: "2024-11-20", aid: .cane),
      ],
      targets: [OutcomeFixture.target(.offCrutches, days: 14, after: Self.release)])
    let crutches = try #require(try milestones(history, asOf: "2024-11-25").first?.milestones.first)
    #expect(crutches.kind == .offCrutches)
    #expect(crutches.day == 14)
    #expect(crutches.date == Fixture.day("2024-11-11"))
    #expect(crutches.difference == 0)
    #expect(!crutches.overdue)
  }

  @Test func crutchesStillInUseAreNotOffCrutches() throws {
    let history = History(
      treatments: [Self.release], aids: [OutcomeFixture.crutches("2024-10-28", to: nil)],
      targets: [OutcomeFixture.target(.offCrutches, days: 14, after: Self.release)])
    let open = try #require(try milestones(history, asOf: "2024-11-25").first?.milestones.first)
    #expect(open.day == nil)
    #expect(open.overdue)
    // A period ending after the report day was still in use on it.
    let later = History(
      treatments: [Self.release], aids: [OutcomeFixture.crutches("2024-10-28", to: "2024-12-01")])
    let inUse = try #require(try milestones(later, asOf: "2024-11-25").first?.milestones.first)
    #expect(inUse.kind == .offCrutches)
    #expect(inUse.day == nil)
    #expect(!inUse.overdue)
  }

  @Test func offCrutchesCountsPerSurgeryUpToTheNext() throws {
    let first = Fixture.treatment(.hipResurfacing, "2022-11-14", side: .both)
    let history = History(
      treatments: [first, Self.release],
      aids: [
        OutcomeFixture.crutches("2022-11-14", to: "2022-12-19"),
        OutcomeFixture.crutches("2022-12-19", to: "2023-01-09", aid: .cane),
        OutcomeFixture.crutches("2024-10-28", to: "2024-11-11"),
      ])
    let all = try milestones(history, asOf: "2024-11-25")
    #expect(all.map { $0.milestones.map(\.kind) } == [[.offCrutches], [.offCrutches]])
    #expect(all.map { $0.milestones.map(\.day) } == [[35], [14]])
    #expect(all.map { $0.milestones.map(\.target) } == [[nil], [nil]])
  }

  @Test func noSurgeryNoMilestones() throws {
    let history = History(milestones: [OutcomeFixture.milestone(.drive, "2024-11-18")])
    #expect(try milestones(history, asOf: "2024-11-25").isEmpty)
    #expect(try milestones(History(treatments: [Self.release]), asOf: "2024-11-25").isEmpty)
  }
}

extension SurgeryMilestonesTests {
  /// A limited view lists the milestones of the surgeries whose counted days it shows.
  @Test func aLimitedRangeListsTheSurgeriesItShows() throws {
    let first = Fixture.treatment(.hipResurfacing, "2022-11-14", side: .both)
    let history = History(
      treatments: [first, Self.release],
      aids: [
        OutcomeFixture.crutches("2022-11-14", to: "2022-12-19"),
        OutcomeFixture.crutches("2024-10-28", to: "2024-11-11"),
      ])
    let early = try Fixture.report(history, asOf: "2024-11-25", until: "2023-06-30")
    #expect(early.milestones.map(\.surgery.uid) == [first.uid])
    let late = try Fixture.report(history, asOf: "2024-11-25", since: "2024-11-01")
    #expect(late.milestones.map(\.surgery.uid) == [Self.release.uid])
    // The resurfacing's days run to the day before the release, so a range in them shows it.
    let between = try Fixture.report(history, asOf: "2024-11-25", since: "2024-01-01", until: "2024-02-01")
    #expect(between.milestones.map(\.surgery.uid) == [first.uid])
    #expect(between.milestones.first?.milestones.first?.day == 35)
  }
}

extension SurgeryMilestonesTests {
  /// Without a crutch period after the surgery the diary does not say when the patient came off
  /// crutches: unknown, not overdue, in agreement with the crutch days of 0.
  @Test func offCrutchesWithoutACrutchPeriodIsUnknownNotOverdue() throws {
    let history = History(
      treatments: [Self.release],
      targets: [OutcomeFixture.target(.offCrutches, days: 14, after: Self.release)])
    let report = try Fixture.report(history, asOf: "2024-12-27")
    #expect(report.crutchDays.map(\.days) == [0])
    let crutches = try #require(report.milestones.first?.milestones.first)
    #expect(crutches.kind == .offCrutches)
    #expect(crutches.unknown)
    #expect(!crutches.overdue)
    #expect(crutches.day == nil)
  }

  /// A later, unrelated crutch period does not move off crutches: it is the end of the first continuous
  /// use, periods a few days apart counting as one.
  @Test func offCrutchesIsTheEndOfTheFirstContinuousUse() throws {
    let history = History(
      treatments: [Self.release],
      aids: [
        OutcomeFixture.crutches("2024-10-28", to: "2024-11-04"),
        // Two days without, then one crutch: the same use.
        OutcomeFixture.crutches("2024-11-06", to: "2024-11-11", aid: .oneCrutch),
        // A sprained ankle months later.
        OutcomeFixture.crutches("2025-03-20", to: "2025-04-10"),
      ],
      targets: [OutcomeFixture.target(.offCrutches, days: 14, after: Self.release)])
    let crutches = try #require(try milestones(history, asOf: "2025-05-01").first?.milestones.first)
    #expect(crutches.day == 14)
    #expect(crutches.date == Fixture.day("2024-11-11"))
    #expect(crutches.difference == 0)
    #expect(!crutches.unknown)
  }

  @Test func aGapOfMoreThanAFewDaysEndsTheUse() throws {
    let history = History(
      treatments: [Self.release],
      aids: [
        OutcomeFixture.crutches("2024-10-28", to: "2024-11-04"),
        OutcomeFixture.crutches(
          "2024-11-04".replacingDay(by: SurgeryMilestones.crutchGap + 1), to: "2024-11-20"),
      ])
    let crutches = try #require(try milestones(history, asOf: "2024-12-01").first?.milestones.first)
    #expect(crutches.day == 7)
  }
}

extension String {
  /// The `YYYY-MM-DD` day `days` later.
  fileprivate func replacingDay(by days: Int) -> String {
    Fixture.day(self).adding(days: days).description
  }
}
