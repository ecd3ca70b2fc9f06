#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A linear regression on daily values whose errors are autocorrelated from one day to the next, fitted
/// by generalised least squares with a first-order autoregressive (AR(1)) error, days missing allowed.
///
/// The errors of two observations `d` days apart correlate by `ρ^d`, so a gap in the diary weakens the
/// link between the days on either side of it just as the days in between would have. For a given `ρ`
/// the fit whitens each observation against the one before it,
///
///     z₁ = x₁,   zᵢ = (xᵢ − φᵢ xᵢ₋₁) / √(1 − φᵢ²),   φᵢ = ρ^(tᵢ − tᵢ₋₁),
///
/// and solves ordinary least squares on the whitened rows; `ρ` itself is the value that maximises the
/// exact Gaussian likelihood (profiled over the coefficients and the variance). That is the model a
/// state-space AR(1) fit with the missing days left empty estimates (statsmodels'
/// `SARIMAX(y, exog=X, order=(1, 0, 0), trend="n")`), and for the estimated `ρ` the covariance of the
/// coefficients is that of generalised least squares with the unbiased variance
/// (statsmodels' `GLS(y, X, sigma=ρ^|tᵢ − tⱼ|)`), with intervals from Student's t on n − k degrees of
/// freedom.
///
/// ```swift
/// let days = [0, 1, 2, 4, 5, 7]
/// let pain = [6.0, 6, 5, 5, 4, 3]
/// let fit = AutocorrelatedRegression(days: days, values: pain, design: days.map { [1, Double($0)] })
/// fit?.interval95([0, 7])  // the change in a week, with its 95% interval
/// ```
public struct AutocorrelatedRegression: Sendable, Equatable {
  /// The coefficients, one for each column of the design.
  public let coefficients: [Double]
  /// Their covariance matrix, for the estimated autocorrelation.
  public let covariance: [[Double]]
  /// The estimated correlation of the errors of consecutive days.
  public let autocorrelation: Double
  /// The number of observations.
  public let observations: Int
  /// Observations minus coefficients: the degrees of freedom of the intervals.
  public let residualDegreesOfFreedom: Int
  /// The maximised log-likelihood.
  public let logLikelihood: Double

  /// What the autocorrelation maximises.
  public enum Criterion: String, Sendable, Codable {
    /// The likelihood of the data: the estimate statsmodels' `SARIMAX` gives, biased towards zero in
    /// short series, which makes intervals too narrow.
    case maximumLikelihood = "ml"
    /// The likelihood of the residuals (REML), which allows for the coefficients estimated first: less
    /// biased in short series, as `nlme::gls` fits by default.
    case restrictedMaximumLikelihood = "reml"
  }

  /// The range `ρ` is searched over: a daily pain series with a correlation outside it is a trend or a
  /// constant, which the design, not the error, must describe.
  public static let autocorrelationRange: ClosedRange<Double> = -0.95...0.98

  /// Fits the regression, or returns nil when the design cannot be estimated: fewer observations than
  /// coefficients plus two, or columns that the observed days do not tell apart.
  ///
  /// - Parameters:
  ///   - days: each observation's day number, strictly increasing.
  ///   - values: each observation's value.
  ///   - design: each observation's regressors, all of one length (a 1 for the intercept included).
  ///   - criterion: what `ρ` maximises; restricted maximum likelihood by default.
  public init?(
    days: [Int], values: [Double], design: [[Double]], criterion: Criterion = .restrictedMaximumLikelihood
  ) {
    let count = days.count
    guard count == values.count, count == design.count, let width = design.first?.count, width > 0,
      count >= width + 2, design.allSatisfy({ $0.count == width })
    else { return nil }
    for index in 1..<count where days[index] <= days[index - 1] { return nil }
    let problem = Problem(days: days, values: values, design: design, width: width, criterion: criterion)

    // A coarse grid first, so a likelihood with two humps cannot trap the search, then golden-section
    // refinement around the best grid point.
    let range = Self.autocorrelationRange
    let step = 0.05
    var best: (rho: Double, fit: Problem.Fit)?
    var rho = range.lowerBound
    while rho <= range.upperBound + 1e-12 {
      if let fit = problem.fit(rho: rho), fit.logLikelihood > best?.fit.logLikelihood ?? -.infinity {
        best = (rho, fit)
      }
      rho += step
    }
    guard var best else { return nil }
    var low = max(range.lowerBound, best.rho - step)
    var high = min(range.upperBound, best.rho + step)
    let ratio = (5.0.squareRoot() - 1) / 2
    var left = high - ratio * (high - low)
    var right = low + ratio * (high - low)
    var leftValue = problem.fit(rho: left)?.logLikelihood ?? -.infinity
    var rightValue = problem.fit(rho: right)?.logLikelihood ?? -.infinity
    while high - low > 1e-7 {
      if leftValue >= rightValue {
        high = right
        right = left
        rightValue = leftValue
        left = high - ratio * (high - low)
        leftValue = problem.fit(rho: left)?.logLikelihood ?? -.infinity
      } else {
        low = left
        left = right
        leftValue = rightValue
        right = low + ratio * (high - low)
        rightValue = problem.fit(rho: right)?.logLikelihood ?? -.infinity
      }
    }
    let refined = (low + high) / 2
    if let fit = problem.fit(rho: refined), fit.logLikelihood >= best.fit.logLikelihood {
      best = (refined, fit)
    }
    guard let covariance = problem.covariance(best.fit) else { return nil }
    coefficients = best.fit.coefficients
    self.covariance = covariance
    autocorrelation = best.rho
    observations = count
    residualDegreesOfFreedom = count - width
    logLikelihood = best.fit.logLikelihood
  }

  /// The estimate of a weighted sum of the coefficients, and its standard error.
  public func estimate(_ weights: [Double]) -> (value: Double, standardError: Double) {
    precondition(weights.count == coefficients.count, "One weight per coefficient.")
    var value = 0.0
    var variance = 0.0
    for i in weights.indices {
      value += weights[i] * coefficients[i]
      for j in weights.indices { variance += weights[i] * covariance[i][j] * weights[j] }
    }
    return (value, max(variance, 0).squareRoot())
  }

  /// The two-sided 95% critical value of Student's t: 12.71 for 1 degree of freedom, 2.23 for 10, 1.96
  /// in the limit.
  public static func critical95(degreesOfFreedom: Double) -> Double {
    StudentT.critical95(degreesOfFreedom: degreesOfFreedom)
  }

  /// A weighted sum of the coefficients with its two-sided 95% interval.
  public func interval95(_ weights: [Double]) -> (estimate: Double, low: Double, high: Double) {
    let (value, error) = estimate(weights)
    let margin = StudentT.critical95(degreesOfFreedom: Double(residualDegreesOfFreedom)) * error
    return (value, value - margin, value + margin)
  }
}

extension AutocorrelatedRegression {
  /// The data of one fit and the least-squares solution for a given autocorrelation.
  private struct Problem {
    let days: [Int]
    let values: [Double]
    let design: [[Double]]
    let width: Int
    let criterion: Criterion

    struct Fit {
      var coefficients: [Double]
      /// The Cholesky factor of the whitened cross-product matrix.
      var factor: [[Double]]
      var residualSquares: Double
      var logLikelihood: Double
    }

    /// Generalised least squares for a known `rho`, with the profile log-likelihood (constants left
    /// out); nil when the whitened design is singular.
    func fit(rho: Double) -> Fit? {
      let k = width
      var cross = Array(repeating: Array(repeating: 0.0, count: k), count: k)
      var moment = Array(repeating: 0.0, count: k)
      var valueSquares = 0.0
      var logDeterminant = 0.0
      var row = Array(repeating: 0.0, count: k)
      for index in days.indices {
        var value = values[index]
        if index == 0 {
          for column in 0..<k { row[column] = design[0][column] }
        } else {
          let phi = pow(rho, Double(days[index] - days[index - 1]))
          let rest = 1 - phi * phi
          guard rest > 1e-12 else { return nil }
          let scale = 1 / rest.squareRoot()
          logDeterminant += log(rest)
          value = (value - phi * values[index - 1]) * scale
          let current = design[index]
          let previous = design[index - 1]
          for column in 0..<k { row[column] = (current[column] - phi * previous[column]) * scale }
        }
        valueSquares += value * value
        for i in 0..<k {
          moment[i] += row[i] * value
          for j in 0...i { cross[i][j] += row[i] * row[j] }
        }
      }
      guard let factor = Self.cholesky(cross) else { return nil }
      let coefficients = Self.solve(factor, moment)
      var explained = 0.0
      for i in 0..<k { explained += coefficients[i] * moment[i] }
      let residualSquares = max(valueSquares - explained, 1e-300)
      let n = Double(days.count)
      var logLikelihood: Double
      switch criterion {
      case .maximumLikelihood:
        logLikelihood = -n / 2 * log(residualSquares / n) - logDeterminant / 2
      case .restrictedMaximumLikelihood:
        let residualCount = n - Double(k)
        var crossDeterminant = 0.0
        for i in 0..<k { crossDeterminant += 2 * log(factor[i][i]) }
        logLikelihood =
          -residualCount / 2 * log(residualSquares / residualCount) - logDeterminant / 2 - crossDeterminant
          / 2
      }
      return Fit(
        coefficients: coefficients, factor: factor, residualSquares: residualSquares,
        logLikelihood: logLikelihood)
    }

    /// The coefficients' covariance: the unbiased variance times the inverse cross-product matrix.
    func covariance(_ fit: Fit) -> [[Double]]? {
      let k = width
      guard days.count > k else { return nil }
      let variance = fit.residualSquares / Double(days.count - k)
      var inverse = Array(repeating: Array(repeating: 0.0, count: k), count: k)
      for column in 0..<k {
        var unit = Array(repeating: 0.0, count: k)
        unit[column] = 1
        let solved = Self.solve(fit.factor, unit)
        for row in 0..<k { inverse[row][column] = solved[row] * variance }
      }
      return inverse
    }

    /// The lower-triangular Cholesky factor of a symmetric matrix given by its lower triangle, or nil
    /// when it is not positive definite (to a relative tolerance).
    static func cholesky(_ matrix: [[Double]]) -> [[Double]]? {
      let k = matrix.count
      var factor = Array(repeating: Array(repeating: 0.0, count: k), count: k)
      let largest = (0..<k).map { matrix[$0][$0] }.max() ?? 0
      guard largest > 0 else { return nil }
      for i in 0..<k {
        for j in 0...i {
          var sum = matrix[i][j]
          for m in 0..<j { sum -= factor[i][m] * factor[j][m] }
          if i == j {
            guard sum > 1e-10 * largest else { return nil }
            factor[i][i] = sum.squareRoot()
          } else {
            factor[i][j] = sum / factor[j][j]
          }
        }
      }
      return factor
    }

    /// Solves (L Lᵀ) x = b for the Cholesky factor L.
    static func solve(_ factor: [[Double]], _ b: [Double]) -> [Double] {
      let k = b.count
      var y = b
      for i in 0..<k {
        for m in 0..<i { y[i] -= factor[i][m] * y[m] }
        y[i] /= factor[i][i]
      }
      var x = y
      for i in stride(from: k - 1, through: 0, by: -1) {
        for m in (i + 1)..<k { x[i] -= factor[m][i] * x[m] }
        x[i] /= factor[i][i]
      }
      return x
    }
  }
}
