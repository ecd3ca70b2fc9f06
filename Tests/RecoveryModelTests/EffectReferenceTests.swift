import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryTestSupport
import Testing

/// The effect estimates' regressions and the cohort's pooling against statsmodels fitting the same
/// models to the same data (`statsmodels_reference.py` in the test support folder, which names each
/// call).
///
/// Tolerances: for the autocorrelation the report's (REML) fit chose, generalised least squares must
/// agree to 1e-6 (relative) in every coefficient, standard error and interval end, since both solve
/// the same equations. That autocorrelation must match a dense-matrix REML maximised by scipy within
/// 0.002. The maximum-likelihood fit is checked against statsmodels' state-space AR(1) fit: two
/// different optimisers, which must agree within 0.01 for the autocorrelation and within 0.02 points
/// (0.002 points a day for a slope) for the coefficients.
@Suite struct EffectReferenceTests {
  /// One fixture diary: days numbered from the treatment, with the values and the design of its model.
  struct Fixture {
    var name: String
    var days: [Int]
    var values: [Double]
    var trend: Bool

    /// The design of the segmented model (or of the level model without `trend`), as the report fits
    /// it: the follow-up starts at the first day after 0 with data.
    var design: [[Double]] {
      let start = days.first { $0 > 0 } ?? 1
      return days.map { day in
        let after = day >= start ? 1.0 : 0.0
        return trend ? [1, Double(day), after, after * Double(day - start)] : [1, after]
      }
    }

    /// The combinations checked: the effect over the follow-up, and for the trend model the slope a
    /// week.
    var weights: [[Double]] {
      let start = days.first { $0 > 0 } ?? 1
      let after = days.filter { $0 >= start }
      let mean = after.reduce(0.0) { $0 + Double($1 - start) } / Double(after.count)
      return trend ? [[0, 0, 1, mean], [0, 7, 0, 0]] : [[0, 1]]
    }
  }

  /// Daily pain from `level(day)` plus AR(1) noise (correlation `rho`, standard deviation `sd`),
  /// logged on each day with probability `logged`, rounded to whole scores within 0-10.
  static func diary(
    _ name: String, seed: UInt64, days: [ClosedRange<Int>], logged: Double, rho: Double = 0.5,
    sd: Double = 1, trend: Bool = true, level: (Int) -> Double
  ) -> Fixture {
    var random = SplitMix64(seed: seed)
    var noise = 0.0
    var fixture = Fixture(name: name, days: [], values: [], trend: trend)
    for range in days {
      for day in range {
        noise = rho * noise + (1 - rho * rho).squareRoot() * sd * Self.gaussian(&random)
        guard random.chance(logged) else { continue }
        fixture.days.append(day)
        fixture.values.append(min(10, max(0, (level(day) + noise).rounded())))
      }
    }
    return fixture
  }

  static func gaussian(_ random: inout SplitMix64) -> Double {
    let u = max(random.unit(), 1e-12)
    let v = random.unit()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }

  static let fixtures: [Fixture] = [
    diary("flat", seed: 1, days: [-56 ... -1, 14...42], logged: 0.85) { _ in 5 },
    diary("falling after surgery", seed: 2, days: [-40 ... -1, 14...42], logged: 0.9, rho: 0.6) { day in
      6 - 0.05 * Double(day + 40)
    },
    diary("true step change", seed: 3, days: [-56 ... -1, 7...42], logged: 0.85) { day in day < 0 ? 6 : 3 },
    diary("heavy gaps", seed: 4, days: [-56 ... -1, 14...42], logged: 0.4, rho: 0.7) { day in
      day < 0 ? 5 : 4
    },
    diary("short baseline", seed: 5, days: [-10 ... -1, 7...42], logged: 0.8, trend: false) { day in
      day < 0 ? 6 : 4
    },
  ]

  static let metaAnalyses: [(name: String, effects: [Double], variances: [Double])] = [
    ("alike patients", [-2.1, -1.9, -2.3, -2.0], [0.30, 0.25, 0.40, 0.35]),
    ("different patients", [-3.5, -0.2, -2.4, 0.8, -1.1], [0.20, 0.30, 0.25, 0.40, 0.15]),
    ("two patients", [-1.0, -2.0], [0.5, 0.5]),
  ]

  @Test func regressionsAndPoolingAgreeWithStatsmodels() throws {
    var cases: [[String: Any]] = []
    var fits: [String: AutocorrelatedRegression] = [:]
    var likelihoodFits: [String: AutocorrelatedRegression] = [:]
    for fixture in Self.fixtures {
      let fit = try #require(
        AutocorrelatedRegression(days: fixture.days, values: fixture.values, design: fixture.design),
        "\(fixture.name): no fit")
      fits[fixture.name] = fit
      let likelihood: AutocorrelatedRegression = try #require(
        AutocorrelatedRegression(
          days: fixture.days, values: fixture.values, design: fixture.design, criterion: .maximumLikelihood))
      likelihoodFits[fixture.name] = likelihood
      cases.append([
        "name": fixture.name, "days": fixture.days, "values": fixture.values, "design": fixture.design,
        "weights": fixture.weights, "rho": fit.autocorrelation,
      ])
    }
    let meta = Self.metaAnalyses.map { ["name": $0.name, "effects": $0.effects, "variances": $0.variances] }
    let reference = try TemporaryDirectory.with { folder -> [String: Any] in
      let request = folder.file("request.json")
      try JSONSerialization.data(withJSONObject: ["cases": cases, "meta": meta]).write(
        to: URL(fileURLWithPath: request))
      let outcome = try TestPython.run("statsmodels_reference.py", [request])
      guard outcome.succeeded else { throw TestFailure("statsmodels_reference.py failed:\n\(outcome.error)") }
      return try #require(
        JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
    }

    let answers = try #require(reference["cases"] as? [[String: Any]])
    #expect(answers.count == Self.fixtures.count)
    for (fixture, answer) in zip(Self.fixtures, answers) {
      let fit = try #require(fits[fixture.name])
      let gls = try #require(answer["gls"] as? [String: Any])
      let ml = try #require(answer["ml"] as? [String: Any])
      let params = try #require(gls["params"] as? [Double])
      let errors = try #require(gls["bse"] as? [Double])
      for index in params.indices {
        #expect(Self.close(fit.coefficients[index], params[index]), "\(fixture.name): coefficient \(index)")
        let own = fit.covariance[index][index].squareRoot()
        #expect(Self.close(own, errors[index]), "\(fixture.name): standard error \(index)")
      }
      let contrasts = try #require(gls["contrasts"] as? [[String: Double]])
      for (weights, contrast) in zip(fixture.weights, contrasts) {
        let estimate = fit.estimate(weights)
        let interval = fit.interval95(weights)
        #expect(Self.close(estimate.value, contrast["estimate"]!), "\(fixture.name): \(weights) estimate")
        #expect(Self.close(estimate.standardError, contrast["se"]!), "\(fixture.name): \(weights) error")
        #expect(Self.close(interval.low, contrast["low"]!), "\(fixture.name): \(weights) low")
        #expect(Self.close(interval.high, contrast["high"]!), "\(fixture.name): \(weights) high")
      }
      let reml = try #require((answer["reml"] as? [String: Double])?["rho"])
      #expect(
        abs(fit.autocorrelation - reml) <= 0.002,
        "\(fixture.name): REML rho \(fit.autocorrelation) vs \(reml)")
      let likelihood = try #require(likelihoodFits[fixture.name])
      let rho = try #require(ml["rho"] as? Double)
      #expect(
        abs(likelihood.autocorrelation - rho) <= 0.01,
        "\(fixture.name): ML rho \(likelihood.autocorrelation) vs \(rho)")
      let mlParams = try #require(ml["params"] as? [Double])
      for index in mlParams.indices {
        let tolerance = fixture.trend && (index == 1 || index == 3) ? 0.002 : 0.02
        let own = likelihood.coefficients[index]
        #expect(
          abs(own - mlParams[index]) <= tolerance,
          "\(fixture.name): ML coefficient \(index) \(own) vs \(mlParams[index])")
      }
    }

    let pooled = try #require(reference["meta"] as? [[String: Any]])
    for (analysis, answer) in zip(Self.metaAnalyses, pooled) {
      let own = try #require(RandomEffects(effects: analysis.effects, variances: analysis.variances))
      let tau2 = try #require(answer["tau2"] as? Double)
      // A negative moment estimate is truncated at zero, and the pooled effect is then the fixed one.
      let row = try #require(answer[tau2 > 0 ? "random" : "fixed"] as? [String: Double])
      #expect(abs(own.betweenVariance - max(0, tau2)) <= 1e-9, "\(analysis.name): tau2")
      for (value, key) in [
        (own.effect, "effect"), (own.standardError, "se"), (own.low, "low"), (own.high, "high"),
      ] {
        let expected = try #require(row[key])
        #expect(abs(value - expected) <= 1e-9 + 1e-7 * abs(expected), "\(analysis.name): \(key)")
      }
    }
    #expect(pooled.count == Self.metaAnalyses.count)
  }

  /// Equal to 1e-6 of the larger, or 1e-9 near zero.
  static func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 + 1e-6 * max(abs(a), abs(b))
  }

  @Test func studentQuantilesMatchTheTables() {
    // Two-sided 95% critical values from standard tables.
    let table: [(Double, Double)] = [
      (1, 12.7062), (2, 4.3027), (5, 2.5706), (10, 2.2281), (30, 2.0423), (120, 1.9799),
    ]
    for (df, value) in table {
      let own = AutocorrelatedRegression.critical95(degreesOfFreedom: df)
      #expect(abs(own - value) < 1e-4, "df \(df): \(own)")
    }
  }
}

/// Student's t quantiles at the probabilities and degrees of freedom the intervals use, against
/// scipy's `t.ppf`.
struct StudentQuantileTests {
  @Test func quantilesAgreeWithScipy() throws {
    let degrees: [Double] = [1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 50, 100, 200, 1000]
    let probabilities = [0.6, 0.9, 0.975, 0.995]
    let script = """
      import json, sys
      from scipy.stats import t
      print(json.dumps([[t.ppf(p, v) for p in \(probabilities)] for v in \(degrees)]))
      """
    let outcome = try ChildProcess.run(try TestPython.path(), ["-c", script])
    #expect(outcome.succeeded, "\(outcome.error)")
    let table = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[Double]])
    for (row, v) in zip(table, degrees) {
      for (expected, p) in zip(row, probabilities) {
        let own = AutocorrelatedRegression.quantile(p, degreesOfFreedom: v)
        #expect(abs(own - expected) <= 1e-9 * max(1, abs(expected)), "p \(p), df \(v): \(own) vs \(expected)")
      }
    }
  }
}
