/// How a list of counts spreads: how many, the smallest, the quartiles and the largest, as a box plot
/// draws them. Quartiles as ``Quartiles`` computes them.
public struct Spread: Sendable, Equatable, Codable {
  /// How many values.
  public var n: Int
  /// The smallest value.
  public var min: Double
  /// The lower quartile.
  public var q1: Double
  /// The median.
  public var median: Double
  /// The upper quartile.
  public var q3: Double
  /// The largest value.
  public var max: Double

  /// Creates a spread from its figures.
  public init(n: Int, min: Double, q1: Double, median: Double, q3: Double, max: Double) {
    self.n = n
    self.min = min
    self.q1 = q1
    self.median = median
    self.q3 = q3
    self.max = max
  }

  /// The spread of `values` (in any order), or nil when there are none.
  public init?(_ values: [Double]) {
    guard let quartiles = Quartiles(values), let low = values.min(), let high = values.max() else {
      return nil
    }
    self.init(
      n: values.count, min: low, q1: quartiles.q1, median: quartiles.median, q3: quartiles.q3, max: high)
  }
}
