/// Numbers as the report prints them, rounded half away from zero without Foundation's formatters
/// (which would pull in the whole of Foundation and slow the tool's start-up).
///
/// Changes are shown so that rounding never reaches a threshold of ``Verdict`` that the exact figure
/// does not: a drop of 1.95 points reads "-1.95", not "-2.0", and one of 29.63% reads "-29.6%", not
/// "-30%", beside "no meaningful change".
public enum Rounding {
  /// A change in points, as every format shows it: one decimal with a sign ("+1.5", "-1.6"), or two
  /// ("-1.95") when one decimal would round up to the 2-point threshold, or to the 1 point from which
  /// percentages count, that the exact change does not reach, cut toward zero if even two would
  /// ("-1.99" for -1.999).
  public static func change(_ points: Double) -> String {
    let threshold = Verdict.meaningfulPoints
    let floor = Verdict.minimumPercentPoints
    return refined(points, decimals: 1, thresholds: [-threshold, -floor, floor, threshold])
  }

  /// A change in percent, as every format shows it: whole with a sign ("-28%", "+12%"), or with one
  /// decimal ("-29.6%") when the whole number would round up to a threshold (30% either way, 50% down)
  /// the exact change does not reach, cut toward zero if even one decimal would ("-49.9%" for -49.99).
  public static func percentChange(_ percent: Double) -> String {
    let thresholds = [-Verdict.substantialPercent, -Verdict.meaningfulPercent, Verdict.meaningfulPercent]
    return refined(percent, decimals: 0, thresholds: thresholds) + "%"
  }

  /// A questionnaire score's change with a sign and `decimals` decimals ("+26.8", "-3"), or one more
  /// (cut toward zero if need be) when rounding would reach `threshold` the exact change does not: a
  /// change of 21.96 against 22 reads "+21.96", not "+22.0".
  public static func change(_ points: Double, decimals: Int, threshold: Double) -> String {
    refined(points, decimals: decimals, thresholds: [threshold])
  }

  /// A response's change as its table row shows it, "-1.6 (-28%)", or "-1.6" without a percentage; ""
  /// when it has no change or its figures are not shown (``TreatmentResponse/showsFigures``).
  public static func change(of response: TreatmentResponse) -> String {
    guard response.showsFigures else { return "" }
    return changeText(points: response.change, percent: response.percentChange)
  }

  /// An earlier round's interim change, written the way a response's is.
  public static func change(of round: TreatmentResponse.Round) -> String {
    guard round.showsFigures else { return "" }
    return changeText(points: round.change, percent: round.percentChange)
  }

  /// A baseline mean and a follow-up mean as shown side by side: rounded to 1 decimal, or to more when
  /// the difference of the shown means, or its percentage of the shown baseline, would reach a
  /// threshold of ``Verdict`` the exact change does not, or miss one it reaches. Means of 7.0 and 5.03
  /// show as "7.00" and "5.03", not as "7.0" and "5.0" (a 2-point drop) beside "no meaningful change".
  /// Where no number of decimals helps (a drop of exactly 50% from 10/3 to 5/3), the last digits are
  /// rounded toward the verdict instead of to the nearest.
  ///
  /// - Returns: the shown values, already rounded to `decimals` places.
  public static func shownMeans(
    baseline: Double, followUp: Double
  ) -> (baseline: Double, followUp: Double, decimals: Int) {
    guard baseline.isFinite, followUp.isFinite else { return (baseline, followUp, 1) }
    let exact = judged(baseline, followUp)
    let nearest = FloatingPointRoundingRule.toNearestOrAwayFromZero
    for places in 1...maximumMeanDecimals {
      let before = fixed(baseline, decimals: places, rule: nearest).value
      let after = fixed(followUp, decimals: places, rule: nearest).value
      if judged(before, after) == exact { return (before, after, places) }
    }
    let places = maximumMeanDecimals
    let down = FloatingPointRoundingRule.down
    let up = FloatingPointRoundingRule.up
    // Either mean, or both in opposite directions, rounded toward the verdict: a change of exactly 30%
    // from 14/3 to 91/15 needs the baseline rounded down and the follow-up up.
    for (baselineRule, followUpRule) in [
      (nearest, down), (nearest, up), (down, nearest), (up, nearest), (down, up), (up, down),
    ] {
      let before = fixed(baseline, decimals: places, rule: baselineRule).value
      let after = fixed(followUp, decimals: places, rule: followUpRule).value
      if judged(before, after) == exact { return (before, after, places) }
    }
    return (
      fixed(baseline, decimals: places, rule: nearest).value,
      fixed(followUp, decimals: places, rule: nearest).value,
      places
    )
  }

  /// A baseline mean and a follow-up mean as every format shows them side by side
  /// (see ``shownMeans(baseline:followUp:)``): ("7.0", "5.6"), or ("7.00", "5.03").
  public static func means(baseline: Double, followUp: Double) -> (baseline: String, followUp: String) {
    let shown = shownMeans(baseline: baseline, followUp: followUp)
    return (decimal(shown.baseline, places: shown.decimals), decimal(shown.followUp, places: shown.decimals))
  }

  /// `value` with `places` decimals, rounded half away from zero: "5.03" for 5.0278 with 2; "0.00",
  /// never "-0.00".
  public static func decimal(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "n/a" }
    return fixed(value, decimals: max(0, places), rule: .toNearestOrAwayFromZero).text
  }

  /// Enough places for means of daily scores over windows of a few months never to be shown on the
  /// wrong side of a threshold.
  private static let maximumMeanDecimals = 5

  /// What the verdict rules say of a change between two means, however many days they rest on.
  private static func judged(_ baseline: Double, _ followUp: Double) -> Verdict {
    Verdict.judge(
      baselineMean: baseline, baselineDays: 1, followUpMean: followUp, followUpDays: 1, minimumDays: 1)
  }

  private static func changeText(points: Double?, percent: Double?) -> String {
    guard let points, points.isFinite else { return "" }
    guard let percent, percent.isFinite else { return change(points) }
    return change(points) + " (" + percentChange(percent) + ")"
  }

  /// `value` with a sign and `decimals` decimals, or one more (cut toward zero if need be) when the
  /// rounded value would reach a threshold the exact one does not.
  static func refined(_ value: Double, decimals: Int, thresholds: [Double]) -> String {
    guard value.isFinite else { return "n/a" }
    func reaches(_ number: Double, _ threshold: Double) -> Bool {
      threshold < 0 ? number <= threshold + Verdict.tolerance : number >= threshold - Verdict.tolerance
    }
    for places in [decimals, decimals + 1] {
      let shown = fixed(value, decimals: places, rule: .toNearestOrAwayFromZero)
      if thresholds.allSatisfy({ reaches(shown.value, $0) == reaches(value, $0) }) {
        return signed(shown.text)
      }
    }
    // Cut toward zero, a number never reaches a threshold the exact one does not.
    return signed(fixed(value, decimals: decimals + 1, rule: .towardZero).text)
  }

  /// `value` with `decimals` decimals (0 for a whole number), "0" rather than "-0", and the number it
  /// reads as.
  static func fixed(
    _ value: Double, decimals: Int, rule: FloatingPointRoundingRule
  ) -> (text: String, value: Double) {
    var scale = 1
    for _ in 0..<decimals { scale *= 10 }
    let units = Int((value * Double(scale)).rounded(rule))
    let magnitude = units.magnitude
    var text = (units < 0 ? "-" : "") + String(magnitude / UInt(scale))
    if decimals > 0 {
      let fraction = String(magnitude % UInt(scale))
      text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    return (text, Double(units) / Double(scale))
  }

  /// "+" before a number above zero.
  static func signed(_ text: String) -> String {
    text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
  }

  /// One decimal place: `5.64` reads "5.6", `-2` reads "-2.0"; a value that rounds to zero reads
  /// "0.0", never "-0.0".
  public static func oneDecimal(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
    let magnitude = tenths.magnitude
    return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
  }

  /// A whole number: `29.6` reads "30"; a value that rounds to zero reads "0".
  public static func whole(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    let rounded = Int(value.rounded(.toNearestOrAwayFromZero))
    return String(rounded)
  }
}

extension Rounding {
  /// An effect or an end of its interval, in points: one decimal with a sign, or two when one would put
  /// it on the other side of zero or of the meaningful change `meaningful` (either way) than the exact
  /// value: an interval ending at -0.04 reads "-0.04", not "-0.0" beside an improvement.
  public static func effect(_ points: Double, meaningful: Double) -> String {
    // Within the verdict's tolerance of zero is zero: what is left is floating-point noise.
    let points = abs(points) <= Verdict.tolerance ? 0 : points
    var text = refined(points, decimals: 1, thresholds: [-meaningful, meaningful])
    // More decimals where one or two still put the value on the other side of ±meaningful than the
    // exact one (1.8125 against 1.8123 reads "1.8125", not "1.81").
    if Double(text).map({ reachesEither($0, meaningful) != reachesEither(points, meaningful) }) ?? false {
      for places in 3...9 {
        let shown = fixed(points, decimals: places, rule: .toNearestOrAwayFromZero)
        if reachesEither(shown.value, meaningful) == reachesEither(points, meaningful) {
          text = signed(shown.text)
          break
        }
      }
    }
    // The verdict asks whether an interval excludes zero strictly, so a value that is not zero never
    // reads as zero, nor as zero's other side.
    guard points != 0, text.allSatisfy({ "+-0.".contains($0) }) else { return text }
    for places in 2...6 {
      let shown = fixed(points, decimals: places, rule: .towardZero)
      if shown.value != 0 { return signed(shown.text) }
    }
    return points < 0 ? "-0.000001" : "+0.000001"
  }

  /// Whether `value` reaches `-meaningful` or `+meaningful`, and which: -1, +1, or 0 for neither.
  private static func reachesEither(_ value: Double, _ meaningful: Double) -> Int {
    if value <= -meaningful + Verdict.tolerance { return -1 }
    if value >= meaningful - Verdict.tolerance { return 1 }
    return 0
  }

  /// An effect with its interval, as the report's table shows it: "-3.5 (-4.3 to -2.6)".
  public static func effect(of estimate: EffectEstimate) -> String {
    let meaningful = Verdict.meaningfulChange(from: estimate.expected)
    let interval = estimate.effect
    return effect(interval.estimate, meaningful: meaningful) + " ("
      + effect(interval.low, meaningful: meaningful) + " to " + effect(interval.high, meaningful: meaningful)
      + ")"
  }
}
