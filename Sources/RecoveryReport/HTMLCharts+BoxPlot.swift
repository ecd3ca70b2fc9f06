import RecoveryModel

extension HTMLCharts {
  /// The axis of a box plot: from 0 (or the lowest value, when below) to a round number at or above
  /// the highest value, with ticks at steps of 1, 2 or 5 times a power of ten.
  struct ValueAxis {
    /// The value at the left edge.
    var low: Double
    /// The value at the right edge.
    var high: Double
    /// The distance between ticks.
    var step: Double

    /// An axis for values between `lowest` and `highest`, with at most about six ticks.
    init(lowest: Double, highest: Double) {
      let low = Swift.min(0, lowest.isFinite ? lowest : 0)
      let high = Swift.max(low, highest.isFinite ? highest : 0)
      let span = high - low > 0 ? high - low : 1
      var power = 1.0
      while power * 10 <= span / 5 { power *= 10 }
      while power > span / 5 && power > 1e-6 { power /= 10 }
      step = [1.0, 2, 5, 10].map { $0 * power }.first { span / $0 <= 5 } ?? power * 10
      self.low = (low / step).rounded(.down) * step
      self.high = Swift.max(self.low + step, (high / step).rounded(.up) * step)
    }

    /// The values at the ticks, from ``low`` to ``high``.
    var ticks: [Double] {
      let count = Int(((high - low) / step).rounded())
      return (0...count).map { low + Double($0) * step }
    }

    /// Where `value` sits across the drawing, in percent: ``inset`` to 100 minus ``inset``.
    func x(_ value: Double) -> Double {
      let clamped = Swift.min(Swift.max(value, low), high)
      return inset + (clamped - low) / (high - low) * (100 - 2 * inset)
    }

    /// Room at either end, in percent, so the first and last tick labels are not cut.
    let inset = 2.0
  }

  /// The plot as one `<svg>` element that takes the page's width: a group's label above its row with
  /// its median and `n` at the right, whiskers from the lowest to the highest value, the box from the
  /// first to the third quartile and a line at the median; a shared axis with the unit at the bottom.
  ///
  /// As with ``stackedBars(_:id:)``, positions across are percentages and the rest pixels.
  static func boxPlot(_ plot: ReportDocument.BoxPlot) -> String {
    let row = 52.0
    let shown = plot.groups.filter { $0.n > 0 }
    let axis = ValueAxis(
      lowest: shown.map(\.min).min() ?? 0, highest: shown.map(\.max).max() ?? 0)
    let plotBottom = Double(plot.groups.count) * row
    let height = plotBottom + 34
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"\(n(height))\" role=\"img\""
      + " aria-label=\"\(escape(plot.titleWithUnit))\">"
    let ticks = axis.ticks
    for tick in ticks {
      let x = percent(axis.x(tick))
      svg += "<line class=\"grid\" x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(n(plotBottom + 4))\"/>"
      svg +=
        "<text class=\"tick\" x=\"\(x)\" y=\"\(n(plotBottom + 17))\" text-anchor=\"middle\">"
        + "\(figure(tick))</text>"
    }
    if !plot.unit.isEmpty {
      svg +=
        "<text class=\"unit\" x=\"50%\" y=\"\(n(plotBottom + 31))\" text-anchor=\"middle\">"
        + "\(escape(plot.unit))</text>"
    }
    for (index, group) in plot.groups.enumerated() {
      let top = Double(index) * row
      let middle = top + 32
      svg += "<text class=\"label\" x=\"0\" y=\"\(n(top + 13))\">\(escape(group.label))</text>"
      let summary =
        group.n > 0 ? "median \(figure(group.median)) · n = \(group.n)" : "no data · n = 0"
      svg += "<text class=\"n\" x=\"100%\" y=\"\(n(top + 13))\" text-anchor=\"end\">\(escape(summary))</text>"
      guard group.n > 0 else { continue }
      let words =
        "\(group.label): n = \(group.n), lowest \(figure(group.min)), quartiles \(figure(group.q1))"
        + " to \(figure(group.q3)), median \(figure(group.median)), highest \(figure(group.max))"
        + (plot.unit.isEmpty ? "" : " \(plot.unit)")
      let (low, q1, median, q3, high) = (
        axis.x(group.min), axis.x(group.q1), axis.x(group.median), axis.x(group.q3), axis.x(group.max)
      )
      svg += "<g class=\"box\"><title>\(escape(words))</title>"
      svg +=
        "<line class=\"whisker\" x1=\"\(percent(low))\" y1=\"\(n(middle))\" x2=\"\(percent(high))\""
        + " y2=\"\(n(middle))\"/>"
      for end in [low, high] {
        svg +=
          "<line class=\"whisker\" x1=\"\(percent(end))\" y1=\"\(n(middle - 6))\" x2=\"\(percent(end))\""
          + " y2=\"\(n(middle + 6))\"/>"
      }
      svg +=
        "<rect class=\"quartiles\" x=\"\(percent(q1))\" y=\"\(n(middle - 10))\""
        + " width=\"\(percent(q3 - q1))\" height=\"20\"/>"
      svg +=
        "<line class=\"median\" x1=\"\(percent(median))\" y1=\"\(n(middle - 10))\""
        + " x2=\"\(percent(median))\" y2=\"\(n(middle + 10))\"/>"
      svg += "</g>"
    }
    return svg + "</svg>"
  }

  /// A box plot's figure as the table shows it: "14", "12.5".
  static func figure(_ value: Double) -> String {
    ReportDocument.BoxPlot.number(value).formatted
  }
}
