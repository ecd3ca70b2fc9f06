/// A treatment's estimated effect on pain: the pain observed in its follow-up window against the pain
/// expected there had the course before the treatment simply continued, with a 95% interval.
///
/// The estimate comes from a regression on daily pain (the day's highest score) over a pre-period
/// before the treatment and the follow-up window, with errors correlated from day to day
/// (``AutocorrelatedRegression``). With enough days before, it is a segmented regression
/// (``Method/segmentedRegression``): level and trend before, and a change of level and of trend in
/// the follow-up, so pain that was already falling is not credited to the treatment. Otherwise, or
/// when the trend cannot be carried as far as the follow-up, it compares levels
/// (``Method/levelComparison``) and says why in ``limitations``. <doc:HowTheReportJudgesATreatment> gives
/// every rule, with a worked example.
public struct EffectEstimate: Sendable, Equatable, Codable {
  /// How the effect was estimated.
  public enum Method: String, Sendable, Codable, CaseIterable {
    /// Interrupted time series: y = b0 + b1·t + b2·after + b3·(t − t₁)·after, AR(1) errors; the effect
    /// is b2 + b3 times the follow-up's mean day from its start.
    case segmentedRegression = "segmented-regression"
    /// Levels only: y = b0 + b1·after, AR(1) errors; the effect is b1. No trend is allowed for.
    case levelComparison = "level-comparison"
  }

  /// What the estimate could not allow for, or why it compares levels only.
  public enum Limitation: String, Sendable, Codable, CaseIterable {
    /// Fewer days with pain before the treatment than ``EffectEstimate/minimumTrendDays``: no trend
    /// could be estimated.
    case shortBefore = "short-before"
    /// The follow-up reaches further beyond the treatment than the pre-period's data reach before it,
    /// so the trend would be carried further than the data support.
    case trendTooFar = "trend-too-far"
    /// The trend before, carried on, would reach pain below 0 or above 10 during the follow-up.
    case trendOutOfRange = "trend-out-of-range"
    /// Levels were compared, but pain was clearly falling before the treatment (the trend's 95%
    /// interval is below zero, and the trend at least ``EffectEstimate/minimumTrendPerWeek``): an
    /// improvement cannot be put down to the treatment.
    case alreadyFalling = "already-falling"
    /// Levels were compared, but pain was clearly rising before the treatment: a worsening cannot be
    /// put down to the treatment.
    case alreadyRising = "already-rising"
    /// Levels were compared inside a surgery's recovery period (``EffectEstimate/recoveryFrom``), where
    /// pain falls by itself: an improvement cannot be separated from the recovery.
    case surgeryRecovery = "surgery-recovery"
    /// The last week before the treatment was a flare, ``EffectEstimate/flarePoints`` or more above the
    /// pain before it: a flare
    /// settles by itself (regression to the mean), so an improvement cannot be put down to the
    /// treatment.
    case flare
  }

  /// A day's painkiller use as a term of the model, so that pain that eased because more was taken is
  /// not credited to the treatment.
  public enum Covariate: String, Sendable, Codable, CaseIterable {
    /// The day's estimated opioid load, in tens of morphine milligram equivalents.
    case opioidMME = "opioid-mme"
    /// 1 on a day with an NSAID, 0 otherwise.
    case nsaid

    /// The covariate's value on a day with `use` (nil: nothing taken).
    public func value(_ use: MedicationLoad.Day?) -> Double {
      switch self {
      case .opioidMME: (use?.mme ?? 0) / 10
      case .nsaid: use?.classes.contains(.nsaid) == true ? 1 : 0
      }
    }
  }

  /// A painkiller the estimate allowed for, and how pain went with it.
  public struct Adjustment: Sendable, Equatable, Codable {
    /// The covariate.
    public var covariate: Covariate
    /// Its coefficient in points of pain per unit (per 10 MME a day; on a day with an NSAID), with
    /// its interval.
    public var coefficient: Interval

    /// Creates an adjustment.
    public init(covariate: Covariate, coefficient: Interval) {
      self.covariate = covariate
      self.coefficient = coefficient
    }
  }

  /// An estimate with its two-sided 95% interval.
  public struct Interval: Sendable, Equatable, Codable {
    /// The point estimate.
    public var estimate: Double
    /// The interval's lower end.
    public var low: Double
    /// The interval's upper end.
    public var high: Double

    /// Creates an interval.
    public init(estimate: Double, low: Double, high: Double) {
      self.estimate = estimate
      self.low = low
      self.high = high
    }

    /// Whether the interval lies wholly below zero (by more than ``Verdict/tolerance``, so rounding
    /// noise around an exact zero is zero).
    public var isBelowZero: Bool { high < -Verdict.tolerance }
    /// Whether the interval lies wholly above zero (by more than ``Verdict/tolerance``).
    public var isAboveZero: Bool { low > Verdict.tolerance }
  }

  /// A stretch of days the model used, and how many of them had pain.
  public struct Days: Sendable, Equatable, Codable {
    /// The first day.
    public var from: CalendarDay
    /// The last day.
    public var to: CalendarDay
    /// The days with pain data among them.
    public var days: Int

    /// Creates a stretch of days.
    public init(from: CalendarDay, to: CalendarDay, days: Int) {
      self.from = from
      self.to = to
      self.days = days
    }
  }

  /// How the effect was estimated.
  public var method: Method
  /// What the estimate could not allow for, or why it compares levels; empty when nothing is in its
  /// way.
  public var limitations: [Limitation]
  /// The effect in points: observed minus expected pain over the follow-up (negative is less pain).
  public var effect: Interval
  /// The standard error of ``effect``'s estimate, from which its interval was made.
  public var standardError: Double
  /// ``effect`` as a percentage of ``expected`` (-30 is 30% less pain than expected); nil when the
  /// expected pain is not above 0.
  @NullWhenAbsent public var percent: Double?
  /// The mean pain expected over the follow-up's days with data had the course before continued:
  /// ``observed`` minus the effect.
  public var expected: Double
  /// The mean of daily pain over the follow-up's days with data.
  public var observed: Double
  /// The trend before the treatment in points a week, with its interval; nil when too few days before
  /// had data to estimate one.
  @NullWhenAbsent public var trendBefore: Interval?
  /// How far the mean pain of the last week before the treatment stood above the mean of the
  /// pre-period's days before it, in points; nil when either had fewer than 3 days with data.
  @NullWhenAbsent public var lastWeekBefore: Double?
  /// The estimated correlation of the errors of consecutive days.
  public var autocorrelation: Double
  /// The painkillers the model allowed for: each one logged that varied over the model's days, unless
  /// it could not be told apart from the treatment's own terms; empty when none.
  public var adjustedFor: [Adjustment]
  /// The pre-period the model used.
  public var before: Days
  /// The follow-up days the model used.
  public var after: Days
  /// The surgery in whose recovery period the pre-period or follow-up falls (its own follow-up
  /// window), when there is one; the treatment judged is never its own.
  @NullWhenAbsent public var recoveryFrom: TreatmentReference?

  /// Creates an estimate from its parts.
  public init(
    method: Method, limitations: [Limitation], effect: Interval, standardError: Double, percent: Double?,
    expected: Double,
    observed: Double, trendBefore: Interval?, lastWeekBefore: Double?, autocorrelation: Double,
    adjustedFor: [Adjustment] = [], before: Days, after: Days, recoveryFrom: TreatmentReference?
  ) {
    self.method = method
    self.limitations = limitations
    self.effect = effect
    self.standardError = standardError
    self.percent = percent
    self.expected = expected
    self.observed = observed
    self.trendBefore = trendBefore
    self.lastWeekBefore = lastWeekBefore
    self.autocorrelation = autocorrelation
    self.adjustedFor = adjustedFor
    self.before = before
    self.after = after
    self.recoveryFrom = recoveryFrom
  }

  /// The fewest days with pain before a treatment for a trend to be estimated: with fewer, levels are
  /// compared.
  public static let minimumTrendDays = 12

  /// The smallest trend, in points a week, that counts as pain already falling or rising when levels
  /// are compared: a slope the data tell from zero but too small to matter over the weeks of a
  /// follow-up (a diary of identical scores has a slope of 1e-14 with no uncertainty) does not.
  public static let minimumTrendPerWeek = 0.1

  /// How much higher than the pain before it the last week before a treatment must be, in points, to
  /// count as a flare: with daily scores that vary by about a point from day to day, a week's mean
  /// reaches it by chance in a few diaries in a hundred.
  public static let flarePoints = 1.5

  /// Whether a limitation stops an improvement being put down to the treatment.
  public var blocksImprovement: Bool {
    limitations.contains { [.alreadyFalling, .surgeryRecovery, .flare].contains($0) }
  }

  /// Whether a limitation stops a worsening being put down to the treatment.
  public var blocksWorsening: Bool {
    limitations.contains(.alreadyRising)
  }
}
