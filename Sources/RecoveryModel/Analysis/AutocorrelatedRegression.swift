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
    guard days.count == design.count, let width = design.first?.count,
      design.allSatisfy({ $0.count == width })
    else { return nil }
    self.init(
      days: days, values: values, rows: design.flatMap { $0 }, width: width, criterion: criterion)
  }

  /// Fits the regression with the design given row after row, `width` values a row.
  init?(
    days: [Int], values: [Double], rows design: [Double], width: Int,
    criterion: Criterion = .restrictedMaximumLikelihood
  ) {
    let count = days.count
    guard count == values.count, width > 0, design.count == count * width, count >= width + 2 else {
      return nil
    }
    for index in 1..<count where days[index] <= days[index - 1] { return nil }
    let problem = Problem(days: days, values: values, design: design, width: width, criterion: criterion)

    // A coarse grid first, so a likelihood with two humps cannot trap the search, then Brent's method
    // (golden-section steps, and parabolic ones where the likelihood is smooth enough to trust them)
    // around the best grid point.
    let range = Self.autocorrelationRange
    let step = 0.1
    var best: (rho: Double, logLikelihood: Double)?
    var rho = range.lowerBound
    while rho <= range.upperBound + 1e-12 {
      if let value = problem.logLikelihood(rho: rho), value > best?.logLikelihood ?? -.infinity {
        best = (rho, value)
      }
      rho += step
    }
    guard let grid = best else { return nil }
    let refined = Self.maximize(
      from: grid, within: max(range.lowerBound, grid.rho - step)...min(range.upperBound, grid.rho + step)
    ) { problem.logLikelihood(rho: $0) ?? -.infinity }
    if refined.logLikelihood >= grid.logLikelihood { best = refined }
    guard let best else { return nil }
    guard let fit = problem.fit(rho: best.rho), let covariance = problem.covariance(fit) else { return nil }
    coefficients = fit.coefficients
    self.covariance = covariance
    autocorrelation = best.rho
    observations = count
    residualDegreesOfFreedom = count - width
    logLikelihood = fit.logLikelihood
  }

  /// The maximum of `function` within `bounds`, starting from a point inside them and its value, to
  /// within 1e-6: Brent's method, which takes a parabola through the last three points where it falls
  /// well inside the bracket and a golden-section step where it does not (Brent, "Algorithms for
  /// Minimization without Derivatives", 1973, chapter 5).
  static func maximize(
    from start: (rho: Double, logLikelihood: Double), within bounds: ClosedRange<Double>,
    _ function: (Double) -> Double
  ) -> (rho: Double, logLikelihood: Double) {
    let golden = (3 - 5.0.squareRoot()) / 2
    let tolerance = 1e-6
    var low = bounds.lowerBound
    var high = bounds.upperBound
    // x is the best point so far, w the second best, v the previous w; values are negated, so the
    // search minimises.
    var x = start.rho
    var w = x
    var v = x
    var fx = -start.logLikelihood
    var fw = fx
    var fv = fx
    var d = 0.0
    var e = 0.0
    for _ in 0..<100 {
      let middle = (low + high) / 2
      let tol1 = tolerance * abs(x) + 1e-10
      let tol2 = 2 * tol1
      if abs(x - middle) <= tol2 - (high - low) / 2 { break }
      var parabolic = false
      if abs(e) > tol1 {
        let r = (x - w) * (fx - fv)
        var q = (x - v) * (fx - fw)
        var p = (x - v) * q - (x - w) * r
        q = 2 * (q - r)
        if q > 0 { p = -p }
        q = abs(q)
        if abs(p) < abs(0.5 * q * e), p > q * (low - x), p < q * (high - x) {
          e = d
          d = p / q
          let u = x + d
          if u - low < tol2 || high - u < tol2 { d = middle >= x ? tol1 : -tol1 }
          parabolic = true
        }
      }
      if !parabolic {
        e = (x >= middle ? low : high) - x
        d = golden * e
      }
      let u = abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1)
      let fu = -function(u)
      if fu <= fx {
        if u >= x { low = x } else { high = x }
        (v, fv) = (w, fw)
        (w, fw) = (x, fx)
        (x, fx) = (u, fu)
      } else {
        if u < x { low = u } else { high = u }
        if fu <= fw || w == x {
          (v, fv) = (w, fw)
          (w, fw) = (u, fu)
        } else if fu <= fv || v == x || v == w {
          (v, fv) = (u, fu)
        }
      }
    }
    return (x, -fx)
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

  /// The quantile of Student's t with `degreesOfFreedom` at probability `p` (0 < p < 1).
  public static func quantile(_ p: Double, degreesOfFreedom: Double) -> Double {
    StudentT.quantile(p, degreesOfFreedom: degreesOfFreedom)
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
    /// The design, row after row.
    let design: [Double]
    let width: Int
    let criterion: Criterion

    /// For each gap between consecutive days, the sums over the pairs of rows that far apart, of the
    /// augmented rows z = (x, y): Σ zᵢzᵢᵀ, Σ zᵢzᵢ₋₁ᵀ and Σ zᵢ₋₁zᵢ₋₁ᵀ, each (k+1)² row after row.
    /// Whitening is linear in them, so a likelihood costs a few small matrix sums per distinct gap
    /// instead of a pass over every day.
    let gaps: [(gap: Int, count: Int, current: [Double], cross: [Double], previous: [Double])]
    /// z₀z₀ᵀ of the first row, which whitening leaves as it is.
    let first: [Double]

    init(days: [Int], values: [Double], design: [Double], width: Int, criterion: Criterion) {
      self.days = days
      self.values = values
      self.design = design
      self.width = width
      self.criterion = criterion
      let size = width + 1
      let block = size * size
      // Slots of three blocks (current, cross, previous) a distinct gap, in one flat array, and each
      // observation's slot (that of the gap before it).
      var slots: [Int: Int] = [:]
      var order: [(gap: Int, count: Int)] = []
      var slotOf = [Int](repeating: 0, count: days.count)
      for index in days.indices.dropFirst() {
        let gap = days[index] - days[index - 1]
        if let slot = slots[gap] {
          order[slot].count += 1
          slotOf[index] = slot
        } else {
          slots[gap] = order.count
          slotOf[index] = order.count
          order.append((gap, 1))
        }
      }
      // The augmented rows z = (x, y), one after another.
      var augmented = [Double](repeating: 0, count: days.count * size)
      for index in days.indices {
        for i in 0..<width { augmented[index * size + i] = design[index * width + i] }
        augmented[index * size + width] = values[index]
      }
      var sums = [Double](repeating: 0, count: order.count * 3 * block + block)
      sums.withUnsafeMutableBufferPointer { sums in
        augmented.withUnsafeBufferPointer { z in
          let firstBlock = order.count * 3 * block
          for i in 0..<size { for j in 0..<size { sums[firstBlock + i * size + j] = z[i] * z[j] } }
          for index in days.indices.dropFirst() {
            let base = slotOf[index] * 3 * block
            let row = index * size
            let before = row - size
            for i in 0..<size {
              let current = z[row + i]
              let previous = z[before + i]
              let at = base + i * size
              // The likelihood reads the lower triangles of the symmetric blocks, and all of the
              // cross block.
              for j in 0..<size { sums[at + block + j] += current * z[before + j] }
              for j in 0...i {
                sums[at + j] += current * z[row + j]
                sums[at + 2 * block + j] += previous * z[before + j]
              }
            }
          }
        }
      }
      first = Array(sums[(order.count * 3 * block)...])
      gaps = order.enumerated().map { slot, entry in
        let base = slot * 3 * block
        return (
          entry.gap, entry.count, Array(sums[base..<(base + block)]),
          Array(sums[(base + block)..<(base + 2 * block)]),
          Array(sums[(base + 2 * block)..<(base + 3 * block)])
        )
      }
    }

    struct Fit {
      var coefficients: [Double]
      /// The Cholesky factor of the whitened cross-product matrix, row after row.
      var factor: [Double]
      var residualSquares: Double
      var logLikelihood: Double
    }

    /// Generalised least squares for a known `rho`, with the profile log-likelihood (constants left
    /// out); nil when the whitened design is singular.
    func fit(rho: Double) -> Fit? {
      let k = width
      var factor = [Double](repeating: 0, count: k * k)
      var coefficients = [Double](repeating: 0, count: k)
      let result = factor.withUnsafeMutableBufferPointer { factor in
        coefficients.withUnsafeMutableBufferPointer { coefficients in
          solve(rho: rho, factor: factor, coefficients: coefficients)
        }
      }
      guard let result else { return nil }
      return Fit(
        coefficients: coefficients, factor: factor, residualSquares: result.residualSquares,
        logLikelihood: result.logLikelihood)
    }

    /// The profile log-likelihood for `rho` alone, from the sums of ``gaps`` and in memory on the
    /// stack: the search calls this some seventy times a fit. The whitened cross products are
    /// z₀z₀ᵀ + Σ over gaps of (Σzᵢzᵢᵀ − φ(Σzᵢzᵢ₋₁ᵀ + its transpose) + φ²Σzᵢ₋₁zᵢ₋₁ᵀ) / (1 − φ²), φ = ρ^gap.
    func logLikelihood(rho: Double) -> Double? {
      let k = width
      let size = k + 1
      guard rho * rho < 1 - 1e-12 else { return nil }
      return withUnsafeTemporaryAllocation(of: Double.self, capacity: size * size + k * k + 2 * k) { buffer in
        let sums = UnsafeMutableBufferPointer(rebasing: buffer[0..<(size * size)])
        let factor = UnsafeMutableBufferPointer(rebasing: buffer[(size * size)..<(size * size + k * k)])
        let coefficients = UnsafeMutableBufferPointer(
          rebasing: buffer[(size * size + k * k)..<(size * size + k * k + k)])
        let moments = UnsafeMutableBufferPointer(rebasing: buffer[(size * size + k * k + k)...])
        for index in 0..<(size * size) { sums[index] = first[index] }
        var logDeterminant = 0.0
        for group in gaps {
          let phi = group.gap == 1 ? rho : pow(rho, Double(group.gap))
          let rest = 1 - phi * phi
          let scale = 1 / rest
          logDeterminant += Double(group.count) * log(rest)
          for i in 0..<size {
            for j in 0...i {
              let term =
                group.current[i * size + j] - phi * (group.cross[i * size + j] + group.cross[j * size + i])
                + phi * phi * group.previous[i * size + j]
              sums[i * size + j] += term * scale
            }
          }
        }
        for i in 0..<k {
          for j in 0...i { factor[i * k + j] = sums[i * size + j] }
          coefficients[i] = sums[k * size + i]
          moments[i] = coefficients[i]
        }
        let valueSquares = sums[k * size + k]
        guard Self.choleskyInPlace(factor, k) else { return nil }
        Self.solveInPlace(factor, k, coefficients)
        var explained = 0.0
        for i in 0..<k { explained += coefficients[i] * moments[i] }
        return likelihood(
          residualSquares: max(valueSquares - explained, 1e-300), logDeterminant: logDeterminant,
          factor: factor)
      }
    }

    /// The profile log-likelihood of a solved fit, by the criterion (constants left out).
    private func likelihood(
      residualSquares: Double, logDeterminant: Double, factor: UnsafeMutableBufferPointer<Double>
    ) -> Double {
      let k = width
      let n = Double(days.count)
      switch criterion {
      case .maximumLikelihood:
        return -n / 2 * log(residualSquares / n) - logDeterminant / 2
      case .restrictedMaximumLikelihood:
        let residualCount = n - Double(k)
        var crossDeterminant = 0.0
        for i in 0..<k { crossDeterminant += 2 * log(factor[i * k + i]) }
        return -residualCount / 2 * log(residualSquares / residualCount) - logDeterminant / 2
          - crossDeterminant / 2
      }
    }

    /// Whitens the rows for `rho`, accumulates the normal equations, and solves them into
    /// `coefficients`, leaving the Cholesky factor of the cross-product matrix in `factor`.
    private func solve(
      rho: Double, factor: UnsafeMutableBufferPointer<Double>,
      coefficients: UnsafeMutableBufferPointer<Double>
    ) -> (residualSquares: Double, logLikelihood: Double)? {
      let k = width
      // The cross-product matrix is accumulated into `factor` (lower triangle) and factored in place;
      // the moments into `coefficients`, then solved in place.
      for index in 0..<(k * k) { factor[index] = 0 }
      for index in 0..<k { coefficients[index] = 0 }
      var valueSquares = 0.0
      var logDeterminant = 0.0
      var gap = 1
      var phi = rho
      var scale = 1 / (1 - rho * rho).squareRoot()
      var logRest = log(1 - rho * rho)
      guard rho * rho < 1 - 1e-12 else { return nil }
      return withUnsafeTemporaryAllocation(of: Double.self, capacity: k) { row in
        design.withUnsafeBufferPointer { design in
          for index in days.indices {
            var value = values[index]
            let current = index * k
            if index == 0 {
              for column in 0..<k { row[column] = design[column] }
            } else {
              let step = days[index] - days[index - 1]
              if step != gap {
                gap = step
                phi = pow(rho, Double(step))
                let rest = 1 - phi * phi
                scale = 1 / rest.squareRoot()
                logRest = log(rest)
              }
              logDeterminant += logRest
              value = (value - phi * values[index - 1]) * scale
              let previous = current - k
              for column in 0..<k {
                row[column] = (design[current + column] - phi * design[previous + column]) * scale
              }
            }
            valueSquares += value * value
            for i in 0..<k {
              coefficients[i] += row[i] * value
              for j in 0...i { factor[i * k + j] += row[i] * row[j] }
            }
          }
          guard Self.choleskyInPlace(factor, k) else { return nil }
          // Solved in place, a copy of the moments kept in `row` for the explained sum of squares.
          for i in 0..<k { row[i] = coefficients[i] }
          Self.solveInPlace(factor, k, coefficients)
          var explained = 0.0
          for i in 0..<k { explained += coefficients[i] * row[i] }
          let residualSquares = max(valueSquares - explained, 1e-300)
          return (
            residualSquares,
            likelihood(residualSquares: residualSquares, logDeterminant: logDeterminant, factor: factor)
          )
        }
      }
    }

    /// The coefficients' covariance: the unbiased variance times the inverse cross-product matrix.
    func covariance(_ fit: Fit) -> [[Double]]? {
      let k = width
      guard days.count > k else { return nil }
      let variance = fit.residualSquares / Double(days.count - k)
      var inverse = Array(repeating: Array(repeating: 0.0, count: k), count: k)
      var factor = fit.factor
      factor.withUnsafeMutableBufferPointer { factor in
        var unit = [Double](repeating: 0, count: k)
        for column in 0..<k {
          for row in 0..<k { unit[row] = row == column ? 1 : 0 }
          unit.withUnsafeMutableBufferPointer { Self.solveInPlace(factor, k, $0) }
          for row in 0..<k { inverse[row][column] = unit[row] * variance }
        }
      }
      return inverse
    }

    /// Replaces the lower triangle of a symmetric k×k matrix (row after row) by its Cholesky factor;
    /// false when the matrix is not positive definite (to a relative tolerance).
    static func choleskyInPlace(_ matrix: UnsafeMutableBufferPointer<Double>, _ k: Int) -> Bool {
      var largest = 0.0
      for i in 0..<k { largest = max(largest, matrix[i * k + i]) }
      guard largest > 0 else { return false }
      for i in 0..<k {
        for j in 0...i {
          var sum = matrix[i * k + j]
          for m in 0..<j { sum -= matrix[i * k + m] * matrix[j * k + m] }
          if i == j {
            guard sum > 1e-10 * largest else { return false }
            matrix[i * k + i] = sum.squareRoot()
          } else {
            matrix[i * k + j] = sum / matrix[j * k + j]
          }
        }
      }
      return true
    }

    /// Solves (L Lᵀ) x = b in place for the Cholesky factor L (row after row, lower triangle).
    static func solveInPlace(
      _ factor: UnsafeMutableBufferPointer<Double>, _ k: Int, _ b: UnsafeMutableBufferPointer<Double>
    ) {
      for i in 0..<k {
        for m in 0..<i { b[i] -= factor[i * k + m] * b[m] }
        b[i] /= factor[i * k + i]
      }
      for i in stride(from: k - 1, through: 0, by: -1) {
        for m in (i + 1)..<k { b[i] -= factor[m * k + i] * b[m] }
        b[i] /= factor[i * k + i]
      }
    }
  }
}
