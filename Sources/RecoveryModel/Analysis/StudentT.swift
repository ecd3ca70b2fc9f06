#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Student's t distribution: its distribution function and quantiles, for the intervals of small
/// regressions.
///
/// The distribution function is the regularized incomplete beta function, evaluated by its continued
/// fraction (Lentz's method); quantiles invert it by bisection to about 1e-12, enough for an interval
/// printed with two decimals.
enum StudentT {
  /// The probability that a t-distributed value with `degreesOfFreedom` is at most `t`.
  static func cdf(_ t: Double, degreesOfFreedom: Double) -> Double {
    guard t.isFinite else { return t > 0 ? 1 : 0 }
    let v = degreesOfFreedom
    let x = v / (v + t * t)
    let tail = 0.5 * regularizedIncompleteBeta(x, a: v / 2, b: 0.5)
    return t >= 0 ? 1 - tail : tail
  }

  /// The value below which a t-distributed value with `degreesOfFreedom` falls with probability `p`.
  static func quantile(_ p: Double, degreesOfFreedom: Double) -> Double {
    precondition(p > 0 && p < 1 && degreesOfFreedom > 0)
    if p == 0.5 { return 0 }
    if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: degreesOfFreedom) }
    var low = 0.0
    var high = 1.0
    while cdf(high, degreesOfFreedom: degreesOfFreedom) < p { high *= 2 }
    for _ in 0..<200 {
      let middle = (low + high) / 2
      if cdf(middle, degreesOfFreedom: degreesOfFreedom) < p { low = middle } else { high = middle }
      if high - low < 1e-12 * max(1, high) { break }
    }
    return (low + high) / 2
  }

  /// The two-sided 95% critical value: 12.71 for 1 degree of freedom, 2.23 for 10, 1.96 in the limit.
  static func critical95(degreesOfFreedom: Double) -> Double {
    quantile(0.975, degreesOfFreedom: degreesOfFreedom)
  }

  /// I_x(a, b), the regularized incomplete beta function.
  static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x)
    let front = exp(logFront)
    // The continued fraction converges fast for x below (a + 1) / (a + b + 2); use the symmetry
    // I_x(a, b) = 1 - I_{1-x}(b, a) above it.
    if x < (a + 1) / (a + b + 2) {
      return front * continuedFraction(x, a: a, b: b) / a
    }
    return 1 - front * continuedFraction(1 - x, a: b, b: a) / b
  }

  /// The continued fraction of the incomplete beta function, by the modified Lentz method.
  private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var result = d
    for m in 1...500 {
      let m = Double(m)
      let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      d = 1 + even * d
      if abs(d) < tiny { d = tiny }
      c = 1 + even / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      result *= d * c
      let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
      d = 1 + odd * d
      if abs(d) < tiny { d = tiny }
      c = 1 + odd / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let step = d * c
      result *= step
      if abs(step - 1) < 1e-15 { break }
    }
    return result
  }
}
