/// What the pain diary says about a treatment, comparing the follow-up window with the baseline.
///
/// The thresholds follow the pain literature: a drop of about 2 points or 30%
/// matched patients' own "much improved" (Farrar 2001), and 50% or more is a substantial response
/// (IMMPACT). A verdict records what the numbers show; it is not advice.
public enum Verdict: String, Vocabulary {
  /// The follow-up window has not begun on the report day.
  case pending
  /// Either window has fewer days with pain data than the minimum (3 by default).
  case insufficientData = "insufficient-data"
  /// Pain fell by 50% or more of the baseline.
  case substantialImprovement = "substantial-improvement"
  /// Pain fell by at least 2 points or at least 30%.
  case meaningfulImprovement = "meaningful-improvement"
  /// Pain rose by at least 2 points or at least 30%.
  case worse
  /// Neither an improvement nor a worsening by the rules above.
  case noMeaningfulChange = "no-meaningful-change"

  public static var vocabularyName: String { "verdict" }

  /// How far inside a boundary a value may fall and still count as on it, so a drop of exactly
  /// 2 points or exactly 30% qualifies despite binary floating point.
  public static let tolerance = 1e-9

  /// A drop of at least this many points is meaningful (and a rise of as many is worse).
  public static let meaningfulPoints = 2.0
  /// A drop of at least this percentage is meaningful (and a rise of as much is worse).
  public static let meaningfulPercent = 30.0
  /// A drop of at least this percentage is substantial.
  public static let substantialPercent = 50.0

  /// Judges a treatment from its two windows, checking in order: pending, insufficient data,
  /// substantial improvement, meaningful improvement, worse, no meaningful change.
  ///
  /// - Parameters:
  ///   - baselineMean: the mean daily pain in the baseline window, nil without data.
  ///   - baselineDays: the days with pain data in the baseline window.
  ///   - followUpMean: the mean daily pain in the follow-up window so far, nil without data.
  ///   - followUpDays: the days with pain data in the follow-up window so far.
  ///   - followUpBegun: whether the follow-up window has begun on the report day.
  ///   - minimumDays: the fewest days with data each window needs.
  public static func judge(
    baselineMean: Double?, baselineDays: Int, followUpMean: Double?, followUpDays: Int,
    followUpBegun: Bool = true, minimumDays: Int = 3
  ) -> Verdict {
    guard followUpBegun else { return .pending }
    guard baselineDays >= minimumDays, followUpDays >= minimumDays, let baselineMean, let followUpMean
    else { return .insufficientData }
    let change = followUpMean - baselineMean
    // Without a baseline above zero there is no percentage, and only the point rules apply.
    let percent = percentChange(from: baselineMean, to: followUpMean)
    if let percent, percent <= -substantialPercent + tolerance { return .substantialImprovement }
    if change <= -meaningfulPoints + tolerance { return .meaningfulImprovement }
    if let percent, percent <= -meaningfulPercent + tolerance { return .meaningfulImprovement }
    if change >= meaningfulPoints - tolerance { return .worse }
    if let percent, percent >= meaningfulPercent - tolerance { return .worse }
    return .noMeaningfulChange
  }

  /// The change from `baseline` to `followUp` as a percentage of the baseline (-30 for a 30% drop),
  /// or nil when the baseline is 0 or below.
  public static func percentChange(from baseline: Double, to followUp: Double) -> Double? {
    baseline > 0 ? (followUp - baseline) / baseline * 100 : nil
  }

  /// Whether the verdict says pain improved.
  public var isImprovement: Bool {
    self == .substantialImprovement || self == .meaningfulImprovement
  }
}
