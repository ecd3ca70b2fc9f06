import Foundation
import RecoveryDemo
import RecoveryModel
import Testing

/// How the report estimates a treatment's effect: which model, which days, and what stands in the way,
/// on diaries made for each rule.
struct EffectEstimateTests {
  static let origin = Fixture.day("2024-06-01")

  /// Right groin pain on the days `days` (counted from `origin`) from `level`, with a little seeded
  /// noise (-1, 0 or +1) so the regressions have residuals.
  static func pain(_ days: ClosedRange<Int>, seed: UInt64 = 1, level: (Int) -> Double) -> [PainEntry] {
    var random = SplitMix64(seed: seed)
    return days.map { day in
      let score = Int(min(10, max(0, (level(day) + Double(random.int(in: -1...1))).rounded())))
      return PainEntry(day: origin.adding(days: day), score: score, location: .groin, side: .right)
    }
  }

  static func treatment(_ kind: TreatmentKind, _ day: Int, side: Side = .right) -> Treatment {
    Treatment(day: origin.adding(days: day), kind: kind, side: side)
  }

  static func response(
    _ history: History, asOf day: Int, kind: TreatmentKind
  ) throws -> TreatmentResponse {
    let report = try Report.make(history: history, asOf: origin.adding(days: day))
    return try #require(report.responses.first { $0.kind == kind })
  }

  @Test func physiotherapyAWeekAfterAResurfacingCannotBeSeparatedFromTheRecovery() throws {
    // The operation on day 0, physiotherapy on day 7, pain falling from 7.5 by 0.16 a day.
    let history = History(
      treatments: [Self.treatment(.hipResurfacing, 0), Self.treatment(.physiotherapy, 7)],
      pain: Self.pain(0...33) { 7.5 - 0.16 * Double($0) })
    let physiotherapy = try Self.response(history, asOf: 33, kind: .physiotherapy)
    // The plain means fall by more than half...
    let plain = Verdict.judge(
      baselineMean: physiotherapy.baseline.mean, baselineDays: physiotherapy.baseline.days,
      followUpMean: physiotherapy.followUp.mean, followUpDays: physiotherapy.followUp.days)
    #expect(plain.isImprovement)
    // ...but six days after the operation show no trend, and the recovery is in the way.
    let effect = try #require(physiotherapy.effect)
    #expect(effect.method == .levelComparison)
    #expect(effect.limitations.contains(.shortBefore))
    #expect(effect.limitations.contains(.surgeryRecovery))
    #expect(effect.recoveryFrom?.kind == .hipResurfacing)
    #expect(effect.before.from == Self.origin.adding(days: 1))
    #expect(physiotherapy.verdict == .cannotTell)
  }

  @Test func aTreatmentAMonthAfterAHipReplacementIsNotCalledAnImprovement() throws {
    // Pain falling from 7.5 towards 2.5 after the replacement on day 0; physiotherapy on day 30 does
    // nothing.
    let history = History(
      treatments: [Self.treatment(.totalHipReplacement, 0), Self.treatment(.physiotherapy, 30)],
      pain: Self.pain(1...80, seed: 2) { 2.5 + 5 * exp(-Double($0) / 25) })
    let physiotherapy = try Self.response(history, asOf: 80, kind: .physiotherapy)
    let effect = try #require(physiotherapy.effect)
    #expect(effect.limitations.contains(.trendTooFar))
    #expect(effect.limitations.contains(.surgeryRecovery))
    #expect(!physiotherapy.verdict.isImprovement)
    #expect(physiotherapy.verdict == .cannotTell)
  }

  @Test func aFallingCourseWithoutSurgeryIsAllowedFor() throws {
    // Pain falling 0.05 a day for months; a cortisone injection on day 0 changes nothing.
    let history = History(
      treatments: [Self.treatment(.cortisone, 0)],
      pain: Self.pain(-70...42, seed: 3) { 7 - 0.05 * Double($0 + 70) })
    let cortisone = try Self.response(history, asOf: 42, kind: .cortisone)
    let effect = try #require(cortisone.effect)
    #expect(effect.method == .segmentedRegression)
    #expect(effect.limitations.isEmpty)
    let trend = try #require(effect.trendBefore)
    #expect(trend.isBelowZero)
    #expect(abs(trend.estimate - -0.35) < 0.15)
    // The plain means fall by about 1.7 points; allowing for the trend, nothing is left.
    #expect(try #require(cortisone.change) < -1.2)
    #expect(abs(effect.effect.estimate) < 1)
    #expect(!cortisone.verdict.isImprovement)
  }

  @Test func aTrueStepAfterFlatPainIsAnImprovement() throws {
    let history = History(
      treatments: [Self.treatment(.cortisone, 0)], pain: Self.pain(-60...42, seed: 4) { $0 < 7 ? 6 : 2.5 })
    let cortisone = try Self.response(history, asOf: 42, kind: .cortisone)
    let effect = try #require(cortisone.effect)
    #expect(effect.method == .segmentedRegression)
    #expect(effect.effect.isBelowZero)
    #expect(abs(effect.effect.estimate - -3.5) < 0.6)
    #expect(cortisone.verdict == .substantialImprovement)
    #expect(effect.before.from == Self.origin.adding(days: -56))
    #expect(effect.after.from == Self.origin.adding(days: 7))
  }

  @Test func aFlareJustBeforeStopsAnImprovementBeingClaimed() throws {
    let history = History(
      treatments: [Self.treatment(.cortisone, 0)],
      pain: Self.pain(-60...42, seed: 5) { (-8 ... -1).contains($0) ? 8.5 : 5 })
    let cortisone = try Self.response(history, asOf: 42, kind: .cortisone)
    let effect = try #require(cortisone.effect)
    #expect(effect.limitations.contains(.flare))
    #expect(try #require(effect.lastWeekBefore) >= EffectEstimate.flarePoints)
    #expect(cortisone.verdict == .cannotTell)
  }

  @Test func thePrePeriodStopsAtAnEarlierSurgeryOnTheSameSideOnly() throws {
    let pain = Self.pain(-120...42, seed: 6) { _ in 5 }
    let sameSide = History(
      treatments: [Self.treatment(.psoasRelease, -100, side: .right), Self.treatment(.cortisone, 0)],
      pain: pain)
    let effect = try #require(try Self.response(sameSide, asOf: 42, kind: .cortisone).effect)
    // Day -56 is the start either way; a surgery 20 days before moves it.
    #expect(effect.before.from == Self.origin.adding(days: -56))
    let recent = History(
      treatments: [Self.treatment(.psoasRelease, -20, side: .right), Self.treatment(.cortisone, 0)],
      pain: pain)
    let bounded = try #require(try Self.response(recent, asOf: 42, kind: .cortisone).effect)
    #expect(bounded.before.from == Self.origin.adding(days: -19))
    #expect(bounded.recoveryFrom?.kind == .psoasRelease)
    let otherSide = History(
      treatments: [Self.treatment(.psoasRelease, -20, side: .left), Self.treatment(.cortisone, 0)], pain: pain
    )
    let unbounded = try #require(try Self.response(otherSide, asOf: 42, kind: .cortisone).effect)
    #expect(unbounded.before.from == Self.origin.adding(days: -56))
    #expect(unbounded.recoveryFrom == nil)
  }

  @Test func aTrendIsNotCarriedFurtherThanItsDataReach() throws {
    // 20 days of data before, a follow-up to day 42: levels are compared.
    let history = History(
      treatments: [Self.treatment(.cortisone, 0)], pain: Self.pain(-20...42, seed: 7) { _ in 5 })
    let effect = try #require(try Self.response(history, asOf: 42, kind: .cortisone).effect)
    #expect(effect.method == .levelComparison)
    #expect(effect.limitations.contains(.trendTooFar))
    #expect(effect.trendBefore != nil)
  }

  @Test func aTrendIsNotCarriedOffTheScale() throws {
    // Pain falling 0.12 a day from 8: carried on, it would be below 0 in the follow-up.
    let history = History(
      treatments: [Self.treatment(.cortisone, 0)],
      pain: Self.pain(-60...42, seed: 8) { max(0, 8 - 0.12 * Double($0 + 60)) })
    let effect = try #require(try Self.response(history, asOf: 42, kind: .cortisone).effect)
    #expect(effect.limitations.contains(.trendOutOfRange))
    #expect(effect.limitations.contains(.alreadyFalling))
    #expect(effect.method == .levelComparison)
  }

  @Test func aFewDaysBeforeGiveALevelComparison() throws {
    let history = History(
      treatments: [Self.treatment(.cortisone, 0)],
      pain: Self.pain(-8 ... -1, seed: 9) { _ in 6 } + Self.pain(7...42, seed: 10) { _ in 2 })
    let cortisone = try Self.response(history, asOf: 42, kind: .cortisone)
    let effect = try #require(cortisone.effect)
    #expect(effect.method == .levelComparison)
    #expect(effect.limitations == [.shortBefore])
    #expect(effect.trendBefore == nil)
    #expect(cortisone.verdict.isImprovement)
  }
}
