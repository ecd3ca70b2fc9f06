#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Student's t distribution: its distribution function and quantiles, for the intervals of small
/// regressions.
///
/// The distribution function is the regularized incomplete beta function, evaluated by its continued
/// fraction (Lentz's method); quantiles invert it by Newton's method to about 1e-12, enough for an
/// interval printed with two decimals.
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
  ///
  /// Exact for 1 and 2 degrees of freedom; otherwise Newton's method on the distribution function from
  /// the Cornish-Fisher expansion about the normal quantile, which converges in a few steps, with
  /// bisection as the fallback should it not.
  static func quantile(_ p: Double, degreesOfFreedom: Double) -> Double {
    precondition(p > 0 && p < 1 && degreesOfFreedom > 0)
    if p == 0.5 { return 0 }
    if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: degreesOfFreedom) }
    let v = degreesOfFreedom
    if v == 1 { return tan(Double.pi * (p - 0.5)) }
    if v == 2 { return (2 * p - 1) / (2 * p * (1 - p)).squareRoot() }
    let z = normalQuantile(p)
    let z3 = z * z * z
    var t = z + (z3 + z) / (4 * v) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * v * v)
    let logNormaliser = lgamma((v + 1) / 2) - lgamma(v / 2) - 0.5 * log(v * Double.pi)
    for _ in 0..<20 {
      let density = exp(logNormaliser - (v + 1) / 2 * log(1 + t * t / v))
      let step = (cdf(t, degreesOfFreedom: v) - p) / density
      t -= step
      if abs(step) < 1e-12 * max(1, abs(t)) { return t }
    }
    return bisected(p, degreesOfFreedom: v)
  }

  /// The quantile by bisection of the distribution function, to about 1e-12.
  static func bisected(_ p: Double, degreesOfFreedom: Double) -> Double {
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

  /// The standard normal quantile, by Acklam's rational approximation (relative error under 1.2e-9),
  /// for `p` at least 0.5: the start of Newton's method.
  static func normalQuantile(_ p: Double) -> Double {
    let a = [
      -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.3577518672690, -30.66479806614716,
      2.506628277459239,
    ]
    let b = [
      -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
    ]
    let c = [
      -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
      2.938163982698783,
    ]
    let d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]
    if p > 0.97575 {
      let q = (-2 * log(1 - p)).squareRoot()
      return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    let q = p - 0.5
    let r = q * q
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
      / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
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
