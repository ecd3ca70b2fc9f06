import RecoveryModel

extension ReportPhrases {
  /// The effect column of a response's row: "-3.5 (-4.3 to -2.6)", or "" without an estimate or when
  /// its figures are not shown.
  static func effectCell(_ response: TreatmentResponse) -> String {
    guard response.showsFigures, let effect = response.effect else { return "" }
    return Rounding.effect(of: effect)
  }

  /// "+0.80 points a week, 95% interval +0.12 to +1.48": two decimals, more where two would put a
  /// value on the other side of zero.
  static func trend(_ trend: EffectEstimate.Interval) -> String {
    let text = { (value: Double) in Rounding.change(value, decimals: 2, threshold: 0) }
    return "\(text(trend.estimate)) points a week, 95% interval \(text(trend.low)) to \(text(trend.high))"
  }

  /// How the trend before a treatment reads: "pain was already falling about 0.8 points a week before
  /// it (95% interval ...)", "pain showed no clear trend before it (...)".
  static func trendBefore(_ trend: EffectEstimate.Interval) -> String {
    let size = Rounding.decimal(abs(trend.estimate), places: 1)
    if trend.isBelowZero { return "pain was already falling about \(size) points a week before it" }
    if trend.isAboveZero { return "pain was already rising about \(size) points a week before it" }
    return "pain showed no clear trend before it (\(self.trend(trend)))"
  }

  /// Why levels were compared, or nil when the trend was allowed for.
  static func levelsOnly(_ effect: EffectEstimate, treatedOn day: CalendarDay) -> String? {
    guard effect.method == .levelComparison else { return nil }
    var reasons: [String] = []
    for limitation in effect.limitations {
      switch limitation {
      case .shortBefore:
        reasons.append(
          "only \(days(effect.before.days)) with pain before it, too few to see a trend (\(EffectEstimate.minimumTrendDays) are needed)"
        )
      case .trendTooFar:
        let ahead = effect.after.to.days(since: day)
        let back = day.days(since: effect.before.from)
        reasons.append(
          "a trend seen over \(days(back)) before it cannot be carried \(days(ahead)) after it")
      case .trendOutOfRange: reasons.append("the trend before it, carried on, would leave the 0-10 scale")
      case .alreadyFalling, .alreadyRising, .surgeryRecovery, .flare: break
      }
    }
    return "levels compared, no trend allowed for" + (reasons.isEmpty ? "" : ": " + series(reasons))
  }

  /// What stands in the way of the change the estimate shows, one phrase each.
  static func obstacles(_ effect: EffectEstimate) -> [String] {
    effect.limitations.compactMap { limitation in
      switch limitation {
      case .alreadyFalling:
        effect.trendBefore.map { "pain was already falling before it (\(trend($0)))" }
          ?? "pain was already falling before it"
      case .alreadyRising:
        effect.trendBefore.map { "pain was already rising before it (\(trend($0)))" }
          ?? "pain was already rising before it"
      case .surgeryRecovery:
        effect.recoveryFrom.map {
          "it falls in the recovery after \($0.label) (\($0.date)), when pain falls by itself"
        } ?? "it falls in the recovery after a surgery"
      case .flare:
        "the week before it was a flare, "
          + Rounding.decimal(effect.lastWeekBefore ?? 0, places: 1)
          + " points above the days before; a flare settles by itself"
      case .shortBefore, .trendTooFar, .trendOutOfRange: nil
      }
    }
  }

  /// The painkillers an estimate allowed for: "the painkillers taken day by day (opioids -0.12 points
  /// per 10 MME a day, 95% interval -0.30 to +0.06; an NSAID +0.80 points on its days, 95% interval
  /// -0.10 to +1.69)", or nil when it allowed for none.
  static func painkillers(_ effect: EffectEstimate) -> String? {
    guard !effect.adjustedFor.isEmpty else { return nil }
    let text = { (value: Double) in Rounding.change(value, decimals: 2, threshold: 0) }
    let terms = effect.adjustedFor.map { adjustment in
      let coefficient = adjustment.coefficient
      let unit =
        switch adjustment.covariate {
        case .opioidMME: "opioids \(text(coefficient.estimate)) points per 10 MME a day"
        case .nsaid: "an NSAID \(text(coefficient.estimate)) points on its days"
        }
      return unit + ", 95% interval \(text(coefficient.low)) to \(text(coefficient.high))"
    }
    return "the painkillers taken day by day (" + terms.joined(separator: "; ") + ")"
  }

  /// The sentence under the responses table for one response: how its verdict was reached.
  ///
  /// "psoas release (2024-10-28): pain showed no clear trend before it (+0.1 points a week, 95% interval
  /// -0.6 to +0.8); allowing for that, the change was -3.5 (95% interval -4.3 to -2.6), -61% of the
  /// expected 5.7: substantial improvement so far."
  static func effectSentence(_ response: TreatmentResponse, sided: Bool = false) -> String? {
    guard response.showsFigures, let effect = response.effect else { return nil }
    var parts: [String] = []
    if effect.method == .segmentedRegression, let trend = effect.trendBefore {
      parts.append(trendBefore(trend) + "; allowing for that")
      if let surgery = effect.recoveryFrom {
        parts[0] += " and for the recovery after \(surgery.label) (\(surgery.date))"
      }
      if let painkillers = painkillers(effect) { parts[0] += " and for \(painkillers)" }
    } else if let levels = levelsOnly(effect, treatedOn: response.firstDate) {
      parts.append(levels)
    }
    let meaningful = Verdict.meaningfulChange(from: effect.expected)
    let interval = effect.effect
    var change = ""
    if effect.method == .levelComparison, let painkillers = painkillers(effect) {
      change = "allowing for \(painkillers), "
    }
    change +=
      "the change was \(Rounding.effect(interval.estimate, meaningful: meaningful)) (95% interval"
      + " \(Rounding.effect(interval.low, meaningful: meaningful)) to \(Rounding.effect(interval.high, meaningful: meaningful)))"
    if let percent = effect.percent {
      change +=
        ", " + Rounding.percentChange(percent) + " of the expected " + Rounding.oneDecimal(effect.expected)
    }
    parts.append(change)
    let obstacles = obstacles(effect)
    let prefix = dated(response, sided: sided) + (inTheWay(response).map { " (\($0))" } ?? "")
    var sentence =
      "\(prefix): "
      + parts.joined(separator: parts.count > 1 && effect.method == .levelComparison ? "; " : ", ")
    if !obstacles.isEmpty { sentence += "; but " + series(obstacles) }
    return sentence + ": " + verdictReading(response) + "."
  }

  /// The verdict as the sentence ends with it: "substantial improvement so far", "no clear effect
  /// (cannot tell)".
  static func verdictReading(_ response: TreatmentResponse) -> String {
    let soFar = response.partial ? " so far" : ""
    switch response.verdict {
    case .cannotTell:
      let blocked = response.effect.map { $0.blocksImprovement || $0.blocksWorsening } ?? false
      return blocked
        ? "cannot tell whether the \(response.kind.label) helped\(soFar)"
        : "no clear effect, the data cannot tell\(soFar)"
    default:
      return response.verdict.label + soFar
    }
  }

  /// Why the data cannot tell, briefly, for the list at a glance: "after a flare", "in the recovery
  /// after hip resurfacing", "95% interval -2.3 to +0.4".
  static func cannotTellReason(_ response: TreatmentResponse) -> String? {
    guard response.verdict == .cannotTell, let effect = response.effect else { return nil }
    if effect.limitations.contains(.surgeryRecovery), let surgery = effect.recoveryFrom {
      return "in the recovery after \(surgery.label)"
    }
    if effect.limitations.contains(.alreadyFalling) { return "pain already falling" }
    if effect.limitations.contains(.alreadyRising) { return "pain already rising" }
    if effect.limitations.contains(.flare) { return "after a flare" }
    let meaningful = Verdict.meaningfulChange(from: effect.expected)
    return "95% interval \(Rounding.effect(effect.effect.low, meaningful: meaningful)) to"
      + " \(Rounding.effect(effect.effect.high, meaningful: meaningful))"
  }
}
