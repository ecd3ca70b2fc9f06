import RecoveryModel

extension HTMLCharts {
  /// The stacked bars' fills, dark to light: one hue whose lightness alone tells the segments apart,
  /// so they keep their order in greyscale and for every kind of colour blindness.
  static let shades = ["#0b2f5b", "#1f5c99", "#3d86c6", "#6fa6d6", "#a3c6e6", "#d2e3f2"]

  /// The share of the drawing's width a bar may take; its `n` follows it in the rest, about 60
  /// pixels on a phone.
  static let barSpan = 84.0

  /// The fill of a segment that stands for a bad outcome: red, the colour of the report's alerts.
  static let warningShade = (color: "#b3261e", dark: true)

  /// The fill of segment `index` of `chart`: ``warningShade`` for its warning segment, else
  /// ``shade(_:of:)`` among the others.
  static func shade(_ index: Int, in chart: ReportDocument.StackedBarChart) -> (color: String, dark: Bool) {
    if index == chart.warningSegment { return warningShade }
    let others = chart.segmentLabels.count - (chart.warningSegment == nil ? 0 : 1)
    let position = chart.warningSegment.map { index > $0 ? index - 1 : index } ?? index
    return shade(position, of: others)
  }

  /// The fill of segment `index` of `count`, spread over ``shades`` so that few segments differ
  /// the most; and whether text on it should be light.
  static func shade(_ index: Int, of count: Int) -> (color: String, dark: Bool) {
    let last = shades.count - 1
    let step = count > 1 ? Double(last) / Double(count - 1) : 0
    let slot = count > shades.count ? index % shades.count : Int((Double(index) * step).rounded())
    return (shades[slot], slot < 3)
  }

  /// The id of segment `index`'s pattern in the chart `id`, for the bars and the legend's swatches.
  static func patternID(_ id: String, _ index: Int) -> String {
    "\(id)-s\(index)"
  }

  /// One pattern per segment: its shade, and every second and third segment also hatched or dotted,
  /// so that neighbours differ in texture as well as in lightness.
  static func patterns(_ chart: ReportDocument.StackedBarChart, id: String) -> String {
    var defs = "<defs>"
    for index in chart.segmentLabels.indices {
      let shade = shade(index, in: chart)
      let ink = shade.dark ? "#ffffff" : "#0b2f5b"
      defs +=
        "<pattern id=\"\(patternID(id, index))\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"6\" height=\"6\" fill=\"\(shade.color)\"/>"
      switch index % 3 {
      case 1:
        defs +=
          "<path d=\"M-1 1L1 -1M0 6L6 0M5 7L7 5\" stroke=\"\(ink)\" stroke-opacity=\".45\" stroke-width=\"1.2\"/>"
      case 2: defs += "<circle cx=\"3\" cy=\"3\" r=\"1.1\" fill=\"\(ink)\" fill-opacity=\".5\"/>"
      default: break
      }
      defs += "</pattern>"
    }
    return defs + "</defs>"
  }

  /// The chart as one `<svg>` element that takes the page's width: a group's label above its bar, the
  /// bar split into its shares (each wide enough written on it), and `n` at the bar's right.
  ///
  /// Positions across are percentages of the drawing's width and everything else is in pixels, so the
  /// text keeps its size on a phone and on paper while the bars stretch.
  static func stackedBars(_ chart: ReportDocument.StackedBarChart, id: String) -> String {
    let row = 50.0
    let barTop = 18.0
    let barHeight = 22.0
    let height = Double(chart.bars.count) * row
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"\(n(height))\" role=\"img\""
      + " aria-label=\"\(escape(chart.title))\">"
    svg += patterns(chart, id: id)
    for (index, bar) in chart.bars.enumerated() {
      let top = Double(index) * row
      let middle = top + barTop + barHeight / 2
      svg += "<text class=\"label\" x=\"0\" y=\"\(n(top + 13))\">\(escape(bar.label))</text>"
      svg +=
        "<rect class=\"track\" x=\"0\" y=\"\(n(top + barTop))\" width=\"\(percent(barSpan))\""
        + " height=\"\(n(barHeight))\"/>"
      var start = 0.0
      for segment in chart.segmentLabels.indices {
        let share = bar.share(segment)
        guard share > 0 else { continue }
        let x = min(start, 1) * barSpan
        let width = min(share, 1 - min(start, 1)) * barSpan
        start += share
        let count = bar.counts[segment]
        let words =
          "\(bar.label): \(chart.segmentLabels[segment]), \(count) of \(bar.n) (\(wholePercent(share)))"
        svg +=
          "<rect class=\"segment\" x=\"\(percent(x))\" y=\"\(n(top + barTop))\" width=\"\(percent(width))\""
          + " height=\"\(n(barHeight))\" fill=\"url(#\(patternID(id, segment)))\"><title>\(escape(words))</title></rect>"
        // A share of a tenth is about 30 pixels on a phone, room enough for "10%".
        if share >= 0.1 {
          let shade = shade(segment, in: chart)
          svg +=
            "<text class=\"share\(shade.dark ? " on-dark" : "")\" x=\"\(percent(x + width / 2))\""
            + " y=\"\(n(middle + 4))\" text-anchor=\"middle\" stroke=\"\(shade.color)\">"
            + "\(wholePercent(share))</text>"
        }
      }
      svg +=
        "<text class=\"n\" x=\"\(percent(barSpan))\" dx=\"6\" y=\"\(n(middle + 4))\">n = \(bar.n)</text>"
    }
    return svg + "</svg>"
  }

  /// The segments' names, each after a swatch filled like its segment.
  static func stackedBarsLegend(_ chart: ReportDocument.StackedBarChart, id: String) -> String {
    var html = "<ul class=\"key\">"
    for (index, label) in chart.segmentLabels.enumerated() {
      html +=
        "<li><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chip\" width=\"14\" height=\"14\""
        + " aria-hidden=\"true\"><rect width=\"14\" height=\"14\" fill=\"url(#\(patternID(id, index)))\"/>"
        + "</svg>\(HTMLRenderer.prose(label))</li>"
    }
    return html + "</ul>"
  }

  /// A share as a whole percentage: "25%".
  static func wholePercent(_ share: Double) -> String {
    Rounding.whole(share * 100) + "%"
  }

  /// A position across the drawing, in percent of its width: "42.17%".
  static func percent(_ value: Double) -> String {
    Rounding.decimal(value, places: 2) + "%"
  }
}
