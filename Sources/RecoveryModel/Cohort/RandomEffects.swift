/// A random-effects meta-analysis: effects estimated in several patients pooled into one, allowing for
/// real differences between patients as well as each estimate's own uncertainty.
///
/// The DerSimonian-Laird method: with inverse-variance weights wᵢ = 1/vᵢ, the heterogeneity statistic
/// Q = Σ wᵢ (yᵢ − ȳ)² gives the between-patient variance τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw));
/// the pooled effect weighs each patient by 1/(vᵢ + τ²), and its 95% interval is ±1.96 standard errors.
/// statsmodels' `combine_effects(effects, variances, method_re="dl")` computes the same.
///
/// ```swift
/// let pooled = RandomEffects(effects: [-2.1, -0.4, -1.5], variances: [0.3, 0.2, 0.5])
/// pooled?.effect  // the pooled effect in points
/// ```
public struct RandomEffects: Sendable, Equatable, Codable {
  /// The pooled effect.
  public var effect: Double
  /// Its standard error.
  public var standardError: Double
  /// The lower end of its 95% interval.
  public var low: Double
  /// The upper end of its 95% interval.
  public var high: Double
  /// The between-patient variance τ².
  public var betweenVariance: Double
  /// How many estimates were pooled.
  public var count: Int

  /// The two-sided 95% quantile of the normal distribution.
  static let normal95 = 1.959963984540054

  /// Pools effects with their variances; nil without any, or with a variance that is not above zero.
  public init?(effects: [Double], variances: [Double]) {
    guard !effects.isEmpty, effects.count == variances.count, variances.allSatisfy({ $0 > 0 && $0.isFinite })
    else { return nil }
    let weights = variances.map { 1 / $0 }
    let totalWeight = weights.reduce(0, +)
    let fixed = zip(weights, effects).reduce(0) { $0 + $1.0 * $1.1 } / totalWeight
    let q = zip(weights, effects).reduce(0) { $0 + $1.0 * ($1.1 - fixed) * ($1.1 - fixed) }
    // Σw − Σw²/Σw written as Σᵢ≠ⱼ wᵢwⱼ / Σw, which keeps its digits when one weight dwarfs the rest
    // (a diary of identical scores has a standard error near zero).
    var crossWeights = 0.0
    for i in weights.indices {
      for j in weights.indices where j != i { crossWeights += weights[i] / totalWeight * weights[j] }
    }
    let denominator = crossWeights
    let between = denominator > 0 ? max(0, (q - Double(effects.count - 1)) / denominator) : 0
    let randomWeights = variances.map { 1 / ($0 + between) }
    let randomTotal = randomWeights.reduce(0, +)
    effect = zip(randomWeights, effects).reduce(0) { $0 + $1.0 * $1.1 } / randomTotal
    standardError = (1 / randomTotal).squareRoot()
    low = effect - Self.normal95 * standardError
    high = effect + Self.normal95 * standardError
    betweenVariance = between
    count = effects.count
  }
}
