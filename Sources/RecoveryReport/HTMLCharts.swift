import RecoveryModel

/// Draws a chart description as inline SVG: bars, dots or steps for the series, numbered lines at
/// treatments and shaded bands behind everything.
///
/// Charts over days share one mapping from day to x, so a marker or a month lines up across the charts
/// of one report. Coordinates are in the SVG's own units (``width`` wide) and the page scales the
/// drawing; all text is escaped.
enum HTMLCharts {
  /// The drawing width in SVG units.
  static let width = 720.0
  /// Room left of the plot for the y-axis labels.
  static let left = 34.0
  /// Room right of the plot.
  static let right = 10.0

  typealias Chart = ReportDocument.Chart

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

  /// The colour of a drug class's lane.
  static func color(_ drugClass: DrugClass) -> String {
    switch drugClass {
    case .simpleAnalgesic: "#009e73"
    case .nsaid: "#0072b2"
    case .opioid: "#d55e00"
    case .gabapentinoid: "#cc79a7"
    case .other: "#7a7a7a"
    }
  }

  /// The height of one drug class's lane under a plot.
  static let laneHeight = 24.0

  /// The chart as one `<svg>` element.
  static func svg(_ chart: Chart) -> String {
    var chart = chart
    // A chart without a positive top would divide by zero.
    if !(chart.maximum > 0) { chart.maximum = 1 }
    switch chart.axis {
    case .days(let from, let through): return overTime(chart, axis: TimeAxis(start: from, end: through))
    case .categories: return categories(chart)
    }
  }

  // MARK: Charts

  /// A chart over days: bands, grid, month ticks, then the series and the markers on top, and under
  /// the month labels a lane for each drug class with its days.
  static func overTime(_ chart: Chart, axis: TimeAxis) -> String {
    let hasDots = chart.series.contains { $0.style == .dots }
    let hasLine = chart.series.contains { $0.style == .line }
    let top = 30.0
    let bottom = hasDots ? 220.0 : hasLine ? 180.0 : 130.0
    func y(_ value: Double) -> Double {
      bottom - min(max(value, 0), chart.maximum) / chart.maximum * (bottom - top)
    }
    var lanes: [DrugClass] = []
    for band in chart.bands {
      if case .drugClass(let drugClass) = band.kind, !lanes.contains(drugClass) { lanes.append(drugClass) }
    }
    let laneTop = bottom + 30
    var svg = open(height: laneTop + Double(lanes.count) * laneHeight, label: chart.title)
    // Each lane named at both ends, so a phone scrolled to either end still names it.
    for (index, drugClass) in lanes.enumerated() {
      let y = n(laneTop + Double(index) * laneHeight + 10)
      let name = escape(ReportPhrases.drugClass(drugClass))
      svg += "<text class=\"lane\" x=\"\(n(left))\" y=\"\(y)\">\(name)</text>"
      svg += "<text class=\"lane\" x=\"\(n(width - right))\" y=\"\(y)\" text-anchor=\"end\">\(name)</text>"
    }
    for band in chart.bands {
      let from = max(band.from, axis.start)
      let until = min(band.until, axis.end.adding(days: 1))
      guard until >= from else { continue }
      let x = axis.x(from)
      let width = n(max(1.5, axis.x(until) - x))
      switch band.kind {
      case .walkingAid(let aid):
        svg +=
          "<rect class=\"aid\" x=\"\(n(x))\" y=\"\(n(top))\" width=\"\(width)\" height=\"\(n(bottom - top))\""
          + " fill=\"\(color(aid))\"><title>\(escape(band.label))</title></rect>"
      case .drugClass(let drugClass):
        let lane = Double(lanes.firstIndex(of: drugClass) ?? 0)
        svg +=
          "<rect class=\"drug\" x=\"\(n(x))\" y=\"\(n(laneTop + lane * laneHeight + 13))\" width=\"\(width)\""
          + " height=\"8\" fill=\"\(color(drugClass))\"><title>\(escape(band.label))</title></rect>"
      }
    }
    svg += grid(top: top, bottom: bottom, maximum: chart.maximum)
    svg += monthTicks(axis, y: bottom)
    for series in chart.series {
      switch series.style {
      case .dots:
        for point in series.points {
          guard let value = point.value, point.from >= axis.start else { continue }
          svg +=
            "<circle class=\"day\" cx=\"\(n(axis.x(point.from) + 0.5))\" cy=\"\(n(y(value)))\" r=\"1.8\"/>"
        }
      case .steps:
        var steps = ""
        for point in series.points {
          guard let value = point.value, point.through >= axis.start else { continue }
          let x1 = axis.x(max(point.from, axis.start))
          let x2 = axis.x(point.through.adding(days: 1))
          steps += "M\(n(x1)) \(n(y(value)))H\(n(x2))"
        }
        if !steps.isEmpty { svg += "<path class=\"mean\" d=\"\(steps)\"/>" }
      case .line:
        // Drawn after the markers.
        continue
      case .spikes:
        for point in series.points {
          guard let value = point.value, value > 0, point.from >= axis.start, point.from <= axis.end else {
            continue
          }
          let x = axis.x(point.from)
          svg +=
            "<rect class=\"spike\" x=\"\(n(x))\" y=\"\(n(y(value)))\""
            + " width=\"\(n(max(1.2, axis.x(point.from.adding(days: 1)) - x)))\""
            + " height=\"\(n(max(0.5, bottom - y(value))))\"><title>"
            + escape("\(point.label): \(point.detail)") + "</title></rect>"
        }
      case .bars:
        for point in series.points {
          guard let value = point.value, point.through >= axis.start else { continue }
          let x1 = axis.x(max(point.from, axis.start)) + 0.5
          let x2 = axis.x(point.through.adding(days: 1)) - 0.5
          svg +=
            "<rect class=\"\(series.alert ? "bar alert" : "bar")\" x=\"\(n(x1))\" y=\"\(n(y(value)))\""
            + " width=\"\(n(max(0.5, x2 - x1)))\" height=\"\(n(max(0, bottom - y(value))))\"><title>"
            + escape("\(point.label): \(Rounding.oneDecimal(value)) (\(point.detail))") + "</title></rect>"
        }
      }
    }
    svg += markers(chart.markers, axis: axis, top: top, bottom: bottom)
    // Lines and their dots go over the markers, so a score on a surgery's day stays visible.
    for series in chart.series where series.style == .line {
      svg += line(series, axis: axis, y: y)
    }
    return svg + "</svg>"
  }

  /// A series of occasional values: a line through them in order, and a dot with its value at each,
  /// so the values read without colour.
  static func line(_ series: Chart.Series, axis: TimeAxis, y: (Double) -> Double) -> String {
    let shown = series.points.compactMap { point -> (Chart.Point, Double)? in
      guard let value = point.value, point.from >= axis.start, point.from <= axis.end else { return nil }
      return (point, value)
    }
    guard !shown.isEmpty else { return "" }
    var path = ""
    for (index, (point, value)) in shown.enumerated() {
      path += (index == 0 ? "M" : "L") + "\(n(axis.x(point.from) + 0.5)) \(n(y(value)))"
    }
    var svg = "<path class=\"score-line\" d=\"\(path)\"/>"
    // A value above every dot while they stay apart; beyond a dozen they would crowd.
    let labelled = shown.count <= 12
    for (point, value) in shown {
      let x = axis.x(point.from) + 0.5
      svg +=
        "<circle class=\"score\" cx=\"\(n(x))\" cy=\"\(n(y(value)))\" r=\"3.5\"><title>"
        + escape("\(point.label): \(point.detail)") + "</title></circle>"
      if labelled {
        svg +=
          "<text class=\"value\" x=\"\(n(x))\" y=\"\(n(y(value) - 8))\" text-anchor=\"middle\">"
          + "\(escape(point.detail))</text>"
      }
    }
    return svg
  }

  /// A chart of categories: one bar per point, its value above it, reference points in grey.
  static func categories(_ chart: Chart) -> String {
    let points = chart.series.flatMap(\.points)
    let top = 16.0
    let bottom = 150.0
    var svg = open(height: 180, label: chart.title)
    svg += grid(top: top, bottom: bottom, maximum: chart.maximum)
    let slot = (width - left - right) / Double(max(points.count, 6))
    for (index, point) in points.enumerated() {
      let x = left + Double(index) * slot + slot * 0.15
      svg +=
        "<text class=\"tick\" x=\"\(n(x + slot * 0.35))\" y=\"\(n(bottom + 16))\" text-anchor=\"middle\">"
        + "\(escape(point.tick))</text>"
      guard let value = point.value else { continue }
      let height = min(max(value, 0), chart.maximum) / chart.maximum * (bottom - top)
      svg +=
        "<rect class=\"\(point.reference ? "bar before" : "bar")\" x=\"\(n(x))\" y=\"\(n(bottom - height))\""
        + " width=\"\(n(slot * 0.7))\" height=\"\(n(height))\"><title>"
        + escape(
          "\(point.label): \(Rounding.oneDecimal(value)) (\(point.from) to \(point.through), \(point.detail))"
        )
        + "</title></rect>"
      svg +=
        "<text class=\"value\" x=\"\(n(x + slot * 0.35))\" y=\"\(n(bottom - height - 4))\""
        + " text-anchor=\"middle\">\(Rounding.oneDecimal(value))</text>"
    }
    return svg + "</svg>"
  }

  // MARK: Pieces

  static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }

  private static func open(height: Double, label: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\""
      + " aria-label=\"\(escape(label))\">"
  }

  /// Horizontal grid lines with their values on the left: every 2 up to 10, about four steps above.
  private static func grid(top: Double, bottom: Double, maximum: Double) -> String {
    let step = maximum == 10 ? 2 : maximum <= 4 ? 1 : (maximum / 4).rounded(.up)
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

  /// A line and a numbered disc at each treatment; the numbers match the list under the first chart.
  private static func markers(
    _ markers: [Chart.Marker], axis: TimeAxis, top: Double, bottom: Double
  ) -> String {
    var svg = ""
    for marker in markers where marker.day >= axis.start && marker.day <= axis.end {
      let x = axis.x(marker.day) + 0.5
      let stroke = color(marker.category)
      svg += "<g class=\"marker\"><title>\(escape("\(marker.number). \(marker.label)"))</title>"
      svg +=
        "<line x1=\"\(n(x))\" y1=\"\(n(top - 6))\" x2=\"\(n(x))\" y2=\"\(n(bottom))\" stroke=\"\(stroke)\""
        + (marker.category == .therapy ? " stroke-dasharray=\"3 3\"" : "") + "/>"
      svg += "<circle cx=\"\(n(x))\" cy=\"\(n(top - 15))\" r=\"8\" fill=\"\(stroke)\"/>"
      svg +=
        "<text x=\"\(n(x))\" y=\"\(n(top - 11.5))\" text-anchor=\"middle\" class=\"marker-number\">"
        + "\(marker.number)</text></g>"
    }
    return svg
  }

  /// A coordinate with one decimal.
  static func n(_ value: Double) -> String {
    Rounding.oneDecimal(value)
  }
}
