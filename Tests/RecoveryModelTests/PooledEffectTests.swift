import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryTestSupport
import Testing

/// The cohort's pooled effects: which estimates are pooled, which are counted apart, and the pooling
/// itself against statsmodels' `combine_effects`.
@Suite struct PooledEffectTests {
  static let asOf = CalendarDay(year: 2024, month: 9, day: 1)!

  /// A diary of daily right groin pain around a right cortisone injection on `injection`: `before`
  /// until the injection, `after` from day 7, with seeded day-to-day noise, every day logged.
  static func history(
    seed: UInt64, injection: CalendarDay, before: Double, after: Double, flare: Bool = false,
    others: [Treatment] = []
  ) -> History {
    var random = SplitMix64(seed: seed)
    var history = History(patient: "p\(seed)")
    history.treatments = [Treatment(day: injection, kind: .cortisone, side: .right)] + others
    var day = injection.adding(days: -70)
    while day <= asOf {
      let offset = day.days(since: injection)
      var level = offset >= 7 ? after : before
      if flare, (-7 ... -1).contains(offset) { level += 3 }
      let noise = Double(random.int(in: -1...1))
      let score = Int(min(10, max(0, level + noise)))
      history.pain.append(PainEntry(day: day, score: score, location: .groin, side: .right))
      day = day.adding(days: 1)
    }
    return history
  }

  static let injection = CalendarDay(year: 2024, month: 6, day: 1)!

  /// Six patients with final estimates of different sizes, and one of each kind left out.
  static func cohort() throws -> (Cohort, finals: [History]) {
    let finals = (1...6).map { seed in
      history(seed: UInt64(seed), injection: injection, before: 6, after: 6 - Double(seed) * 0.6)
    }
    var builder = try CohortBuilder(asOf: asOf)
    for history in finals { builder.add(patient: history.patient, history: history) }
    // Interim: the follow-up (days 7-42) still running on the report day.
    builder.add(
      patient: "interim", history: history(seed: 7, injection: asOf.adding(days: -20), before: 6, after: 3))
    // Confounded: a PRP injection on the same side in the follow-up.
    builder.add(
      patient: "confounded",
      history: history(
        seed: 8, injection: injection, before: 6, after: 3,
        others: [Treatment(day: injection.adding(days: 10), kind: .prp, side: .right)]))
    // Limited: a flare the week before.
    builder.add(
      patient: "flare", history: history(seed: 9, injection: injection, before: 6, after: 5, flare: true))
    return (builder.cohort(), finals)
  }

  @Test func onlyFinalEstimatesArePooledAndTheRestAreCountedApart() throws {
    let (cohort, _) = try Self.cohort()
    let cortisone = try #require(cohort.pooledEffects.first { $0.kind == .cortisone })
    #expect(cortisone.final == 6)
    #expect(cortisone.patients == 6)
    #expect(cortisone.interim == 1)
    #expect(cortisone.confounded == 1)
    #expect(cortisone.limited == 1)
    let pooled = try #require(cortisone.pooled)
    #expect(pooled.count == 6)
    // The true effects run from -0.6 to -3.6 points, -2.1 on average, and differ between patients.
    #expect(pooled.low < -2.1 && -2.1 < pooled.high)
    #expect(pooled.betweenVariance > 0)
  }

  @Test func poolingAgreesWithStatsmodels() throws {
    let (cohort, finals) = try Self.cohort()
    let pooled = try #require(cohort.pooledEffects.first { $0.kind == .cortisone }?.pooled)
    var effects: [Double] = []
    var variances: [Double] = []
    for history in finals {
      let report = try Report.make(history: history, asOf: Self.asOf)
      let effect = try #require(report.responses.first { $0.kind == .cortisone }?.effect)
      effects.append(effect.effect.estimate)
      variances.append(effect.standardError * effect.standardError)
    }
    let reference = try TemporaryDirectory.with { folder -> [String: Any] in
      let request = folder.file("request.json")
      let meta: [[String: Any]] = [["name": "cortisone", "effects": effects, "variances": variances]]
      try JSONSerialization.data(withJSONObject: ["cases": [], "meta": meta]).write(
        to: URL(fileURLWithPath: request))
      let outcome = try TestPython.run("statsmodels_reference.py", [request])
      guard outcome.succeeded else { throw TestFailure("statsmodels_reference.py failed:\n\(outcome.error)") }
      let answer = try #require(
        JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
      return try #require((answer["meta"] as? [[String: Any]])?.first)
    }
    let tau2 = try #require(reference["tau2"] as? Double)
    #expect(tau2 > 0, "the fixture's patients differ, so the random-effects row applies")
    let row = try #require(reference["random"] as? [String: Double])
    #expect(abs(pooled.effect - row["effect"]!) < 1e-9)
    #expect(abs(pooled.standardError - row["se"]!) < 1e-9)
    #expect(abs(pooled.low - row["low"]!) < 1e-9)
    #expect(abs(pooled.high - row["high"]!) < 1e-9)
    #expect(abs(pooled.betweenVariance - tau2) < 1e-9)
  }

  @Test func aPatientsSeveralEstimatesCountOnce() throws {
    // Two cortisone injections months apart for one patient, one for another.
    var twice = Self.history(seed: 11, injection: Self.injection, before: 6, after: 4)
    let earlier = Self.history(
      seed: 12, injection: Self.injection.adding(days: -150), before: 6, after: 3)
    twice.treatments += earlier.treatments
    twice.pain = earlier.pain.filter { $0.day < Self.injection.adding(days: -70) } + twice.pain
    var builder = try CohortBuilder(asOf: Self.asOf)
    builder.add(patient: "twice", history: twice)
    builder.add(
      patient: "once", history: Self.history(seed: 13, injection: Self.injection, before: 6, after: 2))
    let cortisone = try #require(builder.cohort().pooledEffects.first { $0.kind == .cortisone })
    #expect(cortisone.final == 3)
    #expect(cortisone.patients == 2)
    #expect(cortisone.pooled?.count == 2)
  }
}
