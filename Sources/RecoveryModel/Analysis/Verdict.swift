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
  /// The effect's interval excludes a meaningful change either way: the diary shows no meaningful
  /// change.
  case noMeaningfulChange = "no-meaningful-change"
  /// The data cannot tell: the interval spans both no change and a meaningful change, or something the
  /// estimate cannot allow for (a recovery trend, a flare) stands in the way of the change it shows.
  case cannotTell = "cannot-tell"

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
  /// The smallest change in points to which the percentage rules apply.
  public static let minimumPercentPoints = 1.0

  /// The smallest change in points that counts as meaningful from `reference` pain: 2 points, or 30%
  /// of it when that is less, but never under ``minimumPercentPoints``.
  ///
  /// ```swift
  /// Verdict.meaningfulChange(from: 8)  // 2
  /// Verdict.meaningfulChange(from: 5)  // 1.5
  /// Verdict.meaningfulChange(from: 1)  // 1
  /// ```
  public static func meaningfulChange(from reference: Double) -> Double {
    min(meaningfulPoints, max(minimumPercentPoints, reference * meaningfulPercent / 100))
  }

  /// Judges a treatment from its estimated effect, checking in order: pending, insufficient data, then
  /// the effect and its 95% interval.
  ///
  /// With `m` the smallest meaningful change from the expected pain (``meaningfulChange(from:)``):
  /// - an improvement needs the estimate at -m or lower and the whole interval below zero; it is
  ///   substantial when the estimate is also a fall of ``substantialPercent`` of the expected pain;
  /// - `worse` needs the estimate at +m or higher and the whole interval above zero;
  /// - `no-meaningful-change` needs the whole interval between -m and +m;
  /// - anything else is `cannot-tell`: the interval spans no change and a meaningful one.
  ///
  /// A limitation that stands in the way of a direction (``EffectEstimate/blocksImprovement``,
  /// ``EffectEstimate/blocksWorsening``) turns a verdict in that direction, and a claim of no meaningful
  /// change, into `cannot-tell`.
  ///
  /// - Parameters:
  ///   - effect: the estimate; nil when none could be made.
  ///   - baselineDays: the days with pain data in the baseline window.
  ///   - followUpDays: the days with pain data in the follow-up window so far.
  ///   - followUpBegun: whether the follow-up window has begun on the report day.
  ///   - minimumDays: the fewest days with data each window needs.
  public static func judge(
    effect: EffectEstimate?, baselineDays: Int, followUpDays: Int, followUpBegun: Bool = true,
    minimumDays: Int = 3
  ) -> Verdict {
    guard followUpBegun else { return .pending }
    guard baselineDays >= minimumDays, followUpDays >= minimumDays, let effect else {
      return .insufficientData
    }
    let estimate = effect.effect
    let meaningful = meaningfulChange(from: effect.expected)
    if estimate.estimate <= -meaningful + tolerance, estimate.isBelowZero {
      guard !effect.blocksImprovement else { return .cannotTell }
      if let percent = effect.percent, percent <= -substantialPercent + tolerance,
        estimate.estimate <= -minimumPercentPoints + tolerance
      {
        return .substantialImprovement
      }
      return .meaningfulImprovement
    }
    if estimate.estimate >= meaningful - tolerance, estimate.isAboveZero {
      return effect.blocksWorsening ? .cannotTell : .worse
    }
    if estimate.low > -meaningful, estimate.high < meaningful, !effect.blocksImprovement,
      !effect.blocksWorsening
    {
      return .noMeaningfulChange
    }
    return .cannotTell
  }

  /// Judges the plain change between two windows' means, checking in order: pending, insufficient data,
  /// substantial improvement, meaningful improvement, worse, no meaningful change.
  ///
  /// This is the description of a change, not a treatment's verdict: it allows for no trend and has no
  /// interval. The report judges treatments with ``judge(effect:baselineDays:followUpDays:followUpBegun:minimumDays:)``
  /// and uses this rule only so that shown means never read as a change of another size than they are
  /// (``Rounding``).
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
    if let percent, percent <= -substantialPercent + tolerance, change <= -minimumPercentPoints + tolerance {
      return .substantialImprovement
    }
    let counts = abs(change) >= minimumPercentPoints - tolerance
    if change <= -meaningfulPoints + tolerance { return .meaningfulImprovement }
    if counts, let percent, percent <= -meaningfulPercent + tolerance { return .meaningfulImprovement }
    if change >= meaningfulPoints - tolerance { return .worse }
    if counts, let percent, percent >= meaningfulPercent - tolerance { return .worse }
    return .noMeaningfulChange
  }

  /// The change from `baseline` to `followUp` as a percentage of the baseline (-30 for a 30% drop),
  /// or nil when the baseline is 0 or below.
  public static func percentChange(from baseline: Double, to followUp: Double) -> Double? {
    baseline > 0 ? (followUp - baseline) / baseline * 100 : nil
  }

  /// Whether the verdict rests on enough days for its means and change to be shown: false for
  /// `pending` and `insufficient-data`, whose figures (kept in the report's JSON) come from a day or two.
  public var hasFigures: Bool {
    self != .pending && self != .insufficientData
  }

  /// Whether the verdict says pain improved.
  public var isImprovement: Bool {
    self == .substantialImprovement || self == .meaningfulImprovement
  }
}
