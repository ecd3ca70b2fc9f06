extension EffectEstimate {
  /// The days and pain an estimate is made from.
  struct Series {
    /// Day numbers counted from the (first) treatment, which is day 0.
    var days: [Int] = []
    /// The daily pain of each day.
    var values: [Double] = []
    /// Each day's painkiller use, by covariate (see ``Covariate/value(_:)``); empty when no medication
    /// was logged.
    var load: [Covariate: [Double]] = [:]

    var count: Int { days.count }
    var mean: Double { values.reduce(0, +) / Double(max(values.count, 1)) }
  }

  /// Estimates the effect of a treatment on `treatmentDay` (the first of a course) from daily pain in
  /// `before` (the pre-period, ending the day before the treatment) and `after` (the follow-up days
  /// counted so far).
  ///
  /// The rules, in order:
  /// 1. With at least ``minimumTrendDays`` days with pain before, a segmented regression is fitted. Its
  ///    trend is carried into the follow-up only as far beyond the treatment as the pre-period's data
  ///    reach before it, and only while it stays within 0-10; otherwise levels are compared, and a
  ///    trend whose 95% interval excludes zero, of at least ``minimumTrendPerWeek``, is reported as
  ///    pain already falling or rising.
  /// 2. With fewer, levels are compared.
  /// 3. Levels compared inside a surgery's recovery period cannot separate an improvement from the
  ///    recovery.
  /// 4. A last week before the treatment whose mean pain is at least ``flarePoints`` above the mean
  ///    of the pre-period's days before it is a flare. A plain difference of means, not a model term:
  ///    a flare of a few days is what an autocorrelated model reads as noise, and a trend reads as a
  ///    slope.
  ///
  /// - Returns: nil when no model can be fitted (too few days, or days that cannot tell the terms
  ///   apart).
  static func estimate(
    before: Series, after: Series, treatmentDay: CalendarDay, recoveryFrom: TreatmentReference?
  ) -> EffectEstimate? {
    guard let firstAfter = after.days.first, let lastAfter = after.days.last,
      let firstBefore = before.days.first,
      let lastBefore = before.days.last
    else { return nil }
    let days = before.days + after.days
    let values = before.values + after.values
    let observed = after.mean
    let load = covariates(before: before, after: after)

    var limitations: [Limitation] = []
    var trendBefore: Interval?
    var chosen: (model: Model, weights: [Double], method: Method)?

    if before.count >= minimumTrendDays {
      // The trend change needs a few days after to be told from the level change.
      let slopeAfter = after.count >= 3
      let meanFromStart = after.days.reduce(0.0) { $0 + Double($1 - firstAfter) } / Double(after.count)
      let model = Self.fit(days: days, values: values, terms: slopeAfter ? 4 : 3, load: load) { day, row in
        let isAfter = day >= firstAfter ? 1.0 : 0.0
        row += [1, Double(day), isAfter]
        if slopeAfter { row.append(isAfter * Double(day - firstAfter)) }
      }
      if let model {
        let fit = model.fit
        let slope = fit.interval95(model.weights(slopeAfter ? [0, 7, 0, 0] : [0, 7, 0]))
        trendBefore = Interval(estimate: slope.estimate, low: slope.low, high: slope.high)
        let line = { (day: Int) in fit.coefficients[0] + fit.coefficients[1] * Double(day) }
        let reachBefore = -firstBefore
        let reachAfter = lastAfter
        if reachAfter > reachBefore { limitations.append(.trendTooFar) }
        if [line(firstAfter), line(lastAfter)].contains(where: { $0 < 0 || $0 > 10 }) {
          limitations.append(.trendOutOfRange)
        }
        if limitations.isEmpty {
          chosen = (
            model, model.weights(slopeAfter ? [0, 0, 1, meanFromStart] : [0, 0, 1]), .segmentedRegression
          )
        } else if slope.high < 0, slope.estimate <= -minimumTrendPerWeek {
          limitations.append(.alreadyFalling)
        } else if slope.low > 0, slope.estimate >= minimumTrendPerWeek {
          limitations.append(.alreadyRising)
        }
      }
    } else {
      limitations.append(.shortBefore)
    }

    if chosen == nil {
      let model = Self.fit(days: days, values: values, terms: 2, load: load) { day, row in
        row += [1, day >= firstAfter ? 1 : 0]
      }
      guard let model else { return nil }
      chosen = (model, model.weights([0, 1]), .levelComparison)
      if recoveryFrom != nil { limitations.append(.surgeryRecovery) }
    }
    guard let chosen else { return nil }

    let lastWeek = lastWeekBefore(before)
    if let lastWeek, lastWeek >= flarePoints - Verdict.tolerance {
      limitations.append(.flare)
    }

    let regression = chosen.model.fit
    let effect = regression.interval95(chosen.weights)
    let standardError = regression.estimate(chosen.weights).standardError
    let expected = observed - effect.estimate
    return EffectEstimate(
      method: chosen.method, limitations: limitations,
      effect: Interval(estimate: effect.estimate, low: effect.low, high: effect.high),
      standardError: standardError,
      percent: expected > 0 ? effect.estimate / expected * 100 : nil, expected: expected, observed: observed,
      trendBefore: trendBefore, lastWeekBefore: lastWeek, autocorrelation: regression.autocorrelation,
      adjustedFor: chosen.model.adjustments,
      before: Days(
        from: treatmentDay.adding(days: firstBefore), to: treatmentDay.adding(days: lastBefore),
        days: before.count),
      after: Days(
        from: treatmentDay.adding(days: firstAfter), to: treatmentDay.adding(days: lastAfter),
        days: after.count),
      recoveryFrom: recoveryFrom)
  }

  /// A fitted model: the regression, its own terms' count, and the painkiller covariates after them.
  struct Model {
    var fit: AutocorrelatedRegression
    var terms: Int
    var covariates: [Covariate]

    /// `weights` on the model's own terms, with zeros for the covariates.
    func weights(_ weights: [Double]) -> [Double] {
      weights + Array(repeating: 0, count: covariates.count)
    }

    /// Each covariate's coefficient, with its interval.
    var adjustments: [Adjustment] {
      covariates.enumerated().map { index, covariate in
        var weights = Array(repeating: 0.0, count: terms + covariates.count)
        weights[terms + index] = 1
        let term = fit.interval95(weights)
        return Adjustment(
          covariate: covariate, coefficient: Interval(estimate: term.estimate, low: term.low, high: term.high)
        )
      }
    }
  }

  /// The painkiller columns that vary over the days of `before` and `after`, in ``Covariate`` order: a
  /// drug taken the same way on every day (or never) is part of the level already.
  static func covariates(before: Series, after: Series) -> [(Covariate, [Double])] {
    Covariate.allCases.compactMap { covariate in
      guard let head = before.load[covariate], let tail = after.load[covariate] else { return nil }
      let column = head + tail
      guard let first = column.first, column.contains(where: { $0 != first }) else { return nil }
      return (covariate, column)
    }
  }

  /// Fits the `terms` columns that `row` appends for a day, followed by the painkiller columns of `load`; when the painkillers cannot be told
  /// apart from the other terms (an opioid dose that changes exactly at the treatment, say), fits
  /// without them, so the estimate still stands and the co-intervention rule speaks for the change.
  static func fit(
    days: [Int], values: [Double], terms: Int, load: [(Covariate, [Double])],
    row: (Int, inout [Double]) -> Void
  ) -> Model? {
    for covariates in load.isEmpty ? [load] : [load, []] {
      var design: [Double] = []
      design.reserveCapacity(days.count * (terms + covariates.count))
      for (index, day) in days.enumerated() {
        row(day, &design)
        for (_, column) in covariates { design.append(column[index]) }
      }
      if let fit = AutocorrelatedRegression(
        days: days, values: values, rows: design, width: terms + covariates.count)
      {
        return Model(fit: fit, terms: terms, covariates: covariates.map(\.0))
      }
    }
    return nil
  }

  /// How far the mean of the last week before the treatment (days -7 to -1) stood above the mean of
  /// the pre-period's days before it; nil without at least 3 days with data in each part.
  static func lastWeekBefore(_ before: Series) -> Double? {
    var lastWeek = Series()
    var earlier = Series()
    for (day, value) in zip(before.days, before.values) {
      if day >= -7 {
        lastWeek.days.append(day)
        lastWeek.values.append(value)
      } else {
        earlier.days.append(day)
        earlier.values.append(value)
      }
    }
    guard lastWeek.count >= 3, earlier.count >= 3 else { return nil }
    return lastWeek.mean - earlier.mean
  }
}
