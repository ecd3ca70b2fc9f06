/// The median and the lower and upper quartiles of a list of numbers.
///
/// Quartiles are interpolated linearly between the sorted values, as numpy's default
/// (`numpy.percentile(..., method="linear")`, Hyndman and Fan's type 7) does: the `p`-quantile of `n`
/// sorted values sits at position `p * (n - 1)`, counted from 0, and falls between the two values around
/// it in proportion. For 1, 2, 3, 4: Q1 is 1.75, the median 2.5, Q3 3.25. One value is all three.
public struct Quartiles: Sendable, Equatable, Codable {
  /// The lower quartile: a quarter of the values are at or below it.
  public var q1: Double
  /// The median.
  public var median: Double
  /// The upper quartile: three quarters of the values are at or below it.
  public var q3: Double

  /// Creates quartiles from their values.
  public init(q1: Double, median: Double, q3: Double) {
    self.q1 = q1
    self.median = median
    self.q3 = q3
  }

  /// The quartiles of `values` (in any order), or nil when there are none.
  public init?(_ values: [Double]) {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    self.init(
      q1: Self.quantile(0.25, sorted: sorted), median: Self.quantile(0.5, sorted: sorted),
      q3: Self.quantile(0.75, sorted: sorted))
  }

  /// The `p`-quantile (0 to 1) of non-empty `sorted` values, interpolated linearly.
  public static func quantile(_ p: Double, sorted: [Double]) -> Double {
    precondition(!sorted.isEmpty, "a quantile needs at least one value")
    let position = p * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    let fraction = position - Double(lower)
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
  }
}
