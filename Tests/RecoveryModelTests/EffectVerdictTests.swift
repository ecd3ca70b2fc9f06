import RecoveryModel
import Testing

/// The verdict rules on an effect estimate: the interval against zero and against the smallest
/// meaningful change, the percentage floor, and the limitations that stand in the way.
struct EffectVerdictTests {
  /// An estimate with the given effect and interval against `expected` pain, and limitations.
  static func estimate(
    _ effect: Double, _ low: Double, _ high: Double, expected: Double = 6,
    limitations: [EffectEstimate.Limitation] = []
  ) -> EffectEstimate {
    let day = CalendarDay(year: 2024, month: 3, day: 1)!
    return EffectEstimate(
      method: .segmentedRegression, limitations: limitations,
      effect: .init(estimate: effect, low: low, high: high), standardError: (high - low) / 3.92,
      percent: expected > 0 ? effect / expected * 100 : nil, expected: expected, observed: expected + effect,
      trendBefore: nil, lastWeekBefore: nil, autocorrelation: 0.3,
      before: .init(from: day.adding(days: -56), to: day.adding(days: -1), days: 40),
      after: .init(from: day.adding(days: 7), to: day.adding(days: 42), days: 30), recoveryFrom: nil)
  }

  static func judge(_ estimate: EffectEstimate) -> Verdict {
    Verdict.judge(effect: estimate, baselineDays: 10, followUpDays: 10)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var estimate: EffectEstimate
    var verdict: Verdict
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "a fall of 2 points, interval below zero: meaningful",
      estimate: estimate(-2, -3.1, -0.9, expected: 8), verdict: .meaningfulImprovement),
    Case(
      name: "a fall of 3 points from an expected 6 (50%): substantial",
      estimate: estimate(-3, -4, -2), verdict: .substantialImprovement),
    Case(
      name: "a fall of 2.5 points whose interval reaches zero: cannot tell",
      estimate: estimate(-2.5, -5, 0.1), verdict: .cannotTell),
    Case(
      name: "a fall whose interval ends just below zero: meaningful",
      estimate: estimate(-2.5, -5, -0.001), verdict: .meaningfulImprovement),
    Case(
      name: "an interval within a meaningful change either way: no meaningful change",
      estimate: estimate(-0.3, -1.1, 0.5), verdict: .noMeaningfulChange),
    Case(
      name: "an interval spanning no change and a meaningful fall: cannot tell",
      estimate: estimate(-0.3, -2.1, 1.5), verdict: .cannotTell),
    Case(
      name: "a small fall, clearly not zero but clearly under a meaningful one: no meaningful change",
      estimate: estimate(-0.8, -1.2, -0.4), verdict: .noMeaningfulChange),
    Case(
      name: "a rise of 2 points, interval above zero: worse", estimate: estimate(2, 0.5, 3.5),
      verdict: .worse),
    Case(
      name: "a rise of 0.3 from an expected 1.0 is not worse: percentages need a point",
      estimate: estimate(0.3, 0.1, 0.5, expected: 1), verdict: .noMeaningfulChange),
    Case(
      name: "0.2 to 0 is not substantial: percentages need a point",
      estimate: estimate(-0.2, -0.3, -0.1, expected: 0.2), verdict: .noMeaningfulChange),
    Case(
      name: "a fall of 1 point from an expected 2 (50%) is substantial: the floor is met",
      estimate: estimate(-1, -1.5, -0.5, expected: 2), verdict: .substantialImprovement),
    Case(
      name: "an improvement after a flare: cannot tell",
      estimate: estimate(-3, -4, -2, limitations: [.flare]), verdict: .cannotTell),
    Case(
      name: "an improvement in a surgery's recovery without a trend: cannot tell",
      estimate: estimate(-3, -4, -2, limitations: [.shortBefore, .surgeryRecovery]), verdict: .cannotTell),
    Case(
      name: "no meaningful change with pain already falling: cannot tell",
      estimate: estimate(-0.3, -1.1, 0.5, limitations: [.trendTooFar, .alreadyFalling]), verdict: .cannotTell),
    Case(
      name: "a worsening with pain already rising: cannot tell",
      estimate: estimate(2, 0.5, 3.5, limitations: [.trendTooFar, .alreadyRising]), verdict: .cannotTell),
    Case(
      name: "a worsening after a flare stands: a flare biases towards improvement",
      estimate: estimate(2, 0.5, 3.5, limitations: [.flare]), verdict: .worse),
  ]

  @Test(arguments: cases)
  func verdict(_ test: Case) {
    #expect(Self.judge(test.estimate) == test.verdict)
  }

  @Test func pendingAndTooFewDaysComeFirst() {
    let strong = Self.estimate(-3, -4, -2)
    #expect(
      Verdict.judge(effect: strong, baselineDays: 10, followUpDays: 0, followUpBegun: false) == .pending)
    #expect(Verdict.judge(effect: strong, baselineDays: 2, followUpDays: 10) == .insufficientData)
    #expect(Verdict.judge(effect: nil, baselineDays: 10, followUpDays: 10) == .insufficientData)
  }

  @Test func theMeaningfulChangeIsTwoPointsOrThirtyPercentButNeverUnderAPoint() {
    #expect(Verdict.meaningfulChange(from: 8) == 2)
    #expect(abs(Verdict.meaningfulChange(from: 5) - 1.5) < 1e-12)
    #expect(Verdict.meaningfulChange(from: 2) == 1)
    #expect(Verdict.meaningfulChange(from: 0) == 1)
  }

  @Test func shownEffectsNeverCrossZeroOrTheMeaningfulChange() {
    #expect(Rounding.effect(-0.04, meaningful: 1.5) == "-0.04")
    #expect(Rounding.effect(0.04, meaningful: 1.5) == "+0.04")
    #expect(Rounding.effect(-1.46, meaningful: 1.5) == "-1.46")
    #expect(Rounding.effect(-2.34, meaningful: 1.5) == "-2.3")
    #expect(Rounding.effect(of: Self.estimate(-3.46, -4.31, -2.6)) == "-3.5 (-4.3 to -2.6)")
  }
}

/// Shown effects keep their side of the meaningful change however close they are to it.
struct EffectDisplayTests {
  @Test func anEffectJustOverTheMeaningfulChangeNeverReadsAsUnderIt() {
    // 30% of an expected 6.041 is 1.8123; an effect of 1.8125 reaches it.
    let meaningful = Verdict.meaningfulChange(from: 6.041)
    let shown = Rounding.effect(1.8125, meaningful: meaningful)
    #expect(Double(shown)! >= meaningful - Verdict.tolerance, "\(shown) against \(meaningful)")
    let under = Rounding.effect(1.8121, meaningful: meaningful)
    #expect(Double(under)! < meaningful, "\(under) against \(meaningful)")
  }
}
