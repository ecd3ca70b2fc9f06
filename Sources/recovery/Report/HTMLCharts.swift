import RecoveryModel

/// The inline SVG charts of the HTML report: daily pain with treatment markers and shaded walking-aid
/// periods, weekly pain since the latest surgery, and symptom episodes per month.
///
/// Every chart shares one time axis, so a marker or a month lines up across charts. Coordinates are in
/// the SVG's own units (``width`` wide) and the page scales the drawing; all text is escaped.
enum HTMLCharts {
  /// The drawing width in SVG units.
  static let width = 720.0
  /// Room left of the plot for the y-axis labels.
  static let left = 34.0
  /// Room right of the plot.
  static let right = 10.0

  /// Days mapped to x positions between ``left`` and ``width`` - ``right``.
  struct TimeAxis {
    /// The first day drawn.
    var start: CalendarDay
    /// The last day drawn.
    var end: CalendarDay

    /// The x position of the start of `day`; `end` plus one day maps to the right edge.
    func x(_ day: CalendarDay) -> Double {
      let span = Double(max(1, end.days(since: start) + 1))
      return left + Double(day.days(since: start)) / span * (width - left - right)
    }

    /// The axis for a report: from its first entry to its last day, or nil when there is nothing.
    init?(_ report: Report) {
      let last = min(report.until ?? report.asOf, report.asOf)
      let firsts =
        [report.pain.daily.first?.date, report.treatments.first?.treatment.day, report.aids.first?.from]
        + report.symptoms.map { $0.daily.first?.date }
      guard let first = firsts.compactMap({ $0 }).min(), first <= last else { return nil }
      start = max(first, report.since ?? first).firstOfMonth
      end = last
    }
  }

  /// Colours by treatment category, picked to stay apart for the common colour-vision deficiencies.
  static func color(_ category: TreatmentCategory) -> String {
    switch category {
    case .surgery: "#b3261e"
    case .injection: "#1f5fbf"
    case .therapy: "#6a3d9a"
    }
  }

  /// The shading for a walking aid.
  static func color(_ aid: WalkingAid) -> String {
    switch aid {
    case .twoCrutches: "#f6c89f"
    case .oneCrutch: "#fbe0c4"
    case .cane: "#d6e4f5"
    case .walker: "#e4d7f0"
    }
  }

  // MARK: Charts

  /// Daily pain (dots), monthly means (steps), treatments (numbered lines) and aid periods (bands).
  static func dailyPain(_ report: Report, axis: TimeAxis) -> String {
    let top = 30.0
    let bottom = 220.0
    func y(_ score: Double) -> Double { bottom - score / 10 * (bottom - top) }
    var svg = open(height: 250, label: "Daily pain from \(axis.start) to \(axis.end), 0 to 10")
    for aid in report.aids {
      let from = max(aid.from, axis.start)
      let to = min(aid.to ?? report.asOf, axis.end.adding(days: 1))
      guard to >= from else { continue }
      let x = axis.x(from)
      svg +=
        "<rect class=\"aid\" x=\"\(n(x))\" y=\"\(n(top))\" width=\"\(n(max(1.5, axis.x(to) - x)))\""
        + " height=\"\(n(bottom - top))\" fill=\"\(color(aid.aid))\"><title>"
        + HTMLReportRenderer.escape(
          "\(aid.aid.label) from \(aid.from) to \(aid.to?.description ?? "now") (\(aid.days) days)")
        + "</title></rect>"
    }
    svg += grid(top: top, bottom: bottom, maximum: 10, step: 2)
    svg += monthTicks(axis, y: bottom)
    for day in report.pain.daily {
      svg +=
        "<circle class=\"day\" cx=\"\(n(axis.x(day.date) + 0.5))\" cy=\"\(n(y(Double(day.score))))\""
        + " r=\"1.8\"/>"
    }
    var steps = ""
    for month in report.pain.monthly {
      guard let mean = month.mean, month.to >= axis.start else { continue }
      let x1 = axis.x(max(month.from, axis.start))
      let x2 = axis.x(month.to.adding(days: 1))
      steps += "M\(n(x1)) \(n(y(mean)))H\(n(x2))"
    }
    if !steps.isEmpty { svg += "<path class=\"mean\" d=\"\(steps)\"/>" }
    svg += markers(report, axis: axis, top: top, bottom: bottom)
    return svg + "</svg>"
  }

  /// Weekly mean pain since the latest surgery as bars, with the baseline before it as the first bar.
  static func weeklyPain(_ report: Report) -> String? {
    guard let chart = ReportPhrases.weeklyChart(report) else { return nil }
    var bars: [(label: String, mean: Double?, note: String)] = []
    if let baseline = chart.baseline {
      bars.append(
        (
          "pre", baseline.mean,
          "before, days \(report.windows.baseline), \(ReportPhrases.daysText(baseline.days))"
        ))
    }
    for week in chart.weeks {
      bars.append(
        (
          "\(week.week ?? 0)", week.mean,
          "week \(week.week ?? 0), \(week.from) to \(week.to), \(ReportPhrases.weekDays(week))"
        ))
    }
    let top = 16.0
    let bottom = 150.0
    var svg = open(height: 180, label: "Weekly mean pain since \(chart.surgery.label)")
    svg += grid(top: top, bottom: bottom, maximum: 10, step: 2)
    let slot = (width - left - right) / Double(max(bars.count, 6))
    for (index, bar) in bars.enumerated() {
      let x = left + Double(index) * slot + slot * 0.15
      let label = HTMLReportRenderer.escape(bar.label)
      svg +=
        "<text class=\"tick\" x=\"\(n(x + slot * 0.35))\" y=\"\(n(bottom + 16))\" text-anchor=\"middle\">\(label)</text>"
      guard let mean = bar.mean else { continue }
      let height = mean / 10 * (bottom - top)
      let barClass = index == 0 && bar.label == "pre" ? "bar before" : "bar"
      svg +=
        "<rect class=\"\(barClass)\" x=\"\(n(x))\" y=\"\(n(bottom - height))\" width=\"\(n(slot * 0.7))\""
        + " height=\"\(n(height))\"><title>"
        + HTMLReportRenderer.escape("\(bar.label): \(Rounding.oneDecimal(mean)) (\(bar.note))")
        + "</title></rect>"
      svg +=
        "<text class=\"value\" x=\"\(n(x + slot * 0.35))\" y=\"\(n(bottom - height - 4))\""
        + " text-anchor=\"middle\">\(Rounding.oneDecimal(mean))</text>"
    }
    return svg + "</svg>"
  }

  /// One symptom's episodes per diary day, month by month, on the shared time axis.
  static func symptom(_ summary: SymptomSummary, report: Report, axis: TimeAxis) -> String {
    let top = 30.0
    let bottom = 130.0
    let peak = summary.monthly.compactMap(\.perDay).max() ?? 0
    let maximum = max(1, peak.rounded(.up))
    var svg = open(
      height: 160, label: "\(summary.kind.label): episodes per diary day by month")
    svg += grid(
      top: top, bottom: bottom, maximum: maximum, step: maximum <= 4 ? 1 : (maximum / 4).rounded(.up))
    svg += monthTicks(axis, y: bottom)
    let barClass = summary.highlight ? "bar alert" : "bar"
    for month in summary.monthly {
      guard let perDay = month.perDay, month.to >= axis.start else { continue }
      let x1 = axis.x(max(month.from, axis.start)) + 0.5
      let x2 = axis.x(month.to.adding(days: 1)) - 0.5
      let height = perDay / maximum * (bottom - top)
      svg +=
        "<rect class=\"\(barClass)\" x=\"\(n(x1))\" y=\"\(n(bottom - height))\" width=\"\(n(max(0.5, x2 - x1)))\""
        + " height=\"\(n(max(height, 0)))\"><title>"
        + HTMLReportRenderer.escape(
          "\(month.month ?? ""): \(Rounding.oneDecimal(perDay)) a day (\(month.episodes) episodes,"
            + " \(ReportPhrases.daysText(month.diaryDays)) with entries)")
        + "</title></rect>"
    }
    svg += markers(report, axis: axis, top: top, bottom: bottom)
    return svg + "</svg>"
  }

  // MARK: Pieces

  private static func open(height: Double, label: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\""
      + " aria-label=\"\(HTMLReportRenderer.escape(label))\">"
  }

  /// Horizontal grid lines with their values on the left.
  private static func grid(top: Double, bottom: Double, maximum: Double, step: Double) -> String {
    var svg = ""
    var value = 0.0
    while value <= maximum + 1e-9 {
      let y = bottom - value / maximum * (bottom - top)
      svg +=
        "<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(width - right))\" y2=\"\(n(y))\"/>"
      svg +=
        "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(Rounding.whole(value))</text>"
      value += step
    }
    return svg
  }

  /// Month labels under the plot, thinned so they never crowd.
  private static func monthTicks(_ axis: TimeAxis, y: Double) -> String {
    var months: [CalendarDay] = []
    var month = axis.start.firstOfMonth
    while month <= axis.end {
      months.append(month)
      month = month.firstOfNextMonth
    }
    let step = [1, 2, 3, 4, 6, 12, 24, 60, 120].first { months.count / $0 <= 8 } ?? 240
    var svg = ""
    for (index, month) in months.enumerated() where index % step == 0 {
      let x = axis.x(month)
      svg += "<line class=\"tickline\" x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x))\" y2=\"\(n(y + 4))\"/>"
      svg +=
        "<text class=\"tick\" x=\"\(n(x))\" y=\"\(n(y + 16))\" text-anchor=\"middle\">\(month.monthLabel)</text>"
    }
    return svg
  }

  /// A line and a numbered disc at each treatment; the numbers match the list under the chart.
  private static func markers(_ report: Report, axis: TimeAxis, top: Double, bottom: Double) -> String {
    var svg = ""
    for (index, entry) in report.treatments.enumerated() {
      let treatment = entry.treatment
      guard treatment.day >= axis.start, treatment.day <= axis.end else { continue }
      let x = axis.x(treatment.day) + 0.5
      let stroke = color(treatment.category)
      let title = HTMLReportRenderer.escape("\(index + 1). \(treatment.day) \(treatment.label)")
      svg += "<g class=\"marker\"><title>\(title)</title>"
      svg +=
        "<line x1=\"\(n(x))\" y1=\"\(n(top - 6))\" x2=\"\(n(x))\" y2=\"\(n(bottom))\" stroke=\"\(stroke)\""
        + (treatment.category == .therapy ? " stroke-dasharray=\"3 3\"" : "") + "/>"
      svg += "<circle cx=\"\(n(x))\" cy=\"\(n(top - 15))\" r=\"8\" fill=\"\(stroke)\"/>"
      svg +=
        "<text x=\"\(n(x))\" y=\"\(n(top - 11.5))\" text-anchor=\"middle\" class=\"marker-number\">"
        + "\(index + 1)</text></g>"
    }
    return svg
  }

  /// A coordinate with one decimal.
  private static func n(_ value: Double) -> String {
    Rounding.oneDecimal(value)
  }
}
