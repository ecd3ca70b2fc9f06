import RecoveryModel

/// Draws a body map description as inline SVG: an outline of the pelvis and thighs from the front and
/// from behind, each place a shape at its anatomical spot, shaded by its mean and with the number
/// written on it.
///
/// Sides are the patient's own: from the front their right is on the viewer's left, from behind on
/// the viewer's right, and each drawing says so with "R" and "L". Trigger points are circles with a
/// dark ring, so they stand apart from the body locations around them; the upper psoas point sits
/// beside the navel, the lower psoas point just inside the front point of the hip bone (ASIS), and the
/// iliacus point below the groin, where the muscle leaves the pelvis's inner rim for the inner thigh.
/// Shades step from light to dark in one hue, so they read in greyscale and for red-green colour
/// blindness; the numbers carry the values without them.
enum HTMLBodyMap {
  typealias Figure = ReportDocument.BodyMapFigure

  /// Room each side of the body's drawing for the places' names.
  static let margin = 40.0
  /// The drawing's size in SVG units; the page scales it. The body is drawn in a box 240 wide.
  static let width = 240.0 + 2 * margin
  static let height = 352.0
  /// The body's midline.
  static let middle = width / 2

  /// The shades, lightest (lowest) first: one per fifth of the scale.
  static let shades = ["#fff0e0", "#fdc48a", "#f4883a", "#c94c0c", "#7a2805"]

  /// The shade for a value on a scale from 0 to `maximum`, and whether its number needs light ink.
  static func shade(_ value: Double, maximum: Double) -> (fill: String, dark: Bool) {
    let top = maximum > 0 ? maximum : 1
    let index = min(shades.count - 1, max(0, Int(value / top * Double(shades.count))))
    return (shades[index], index >= 3)
  }

  /// A place's shape, placed for the patient's right side: `dx` is the distance from the midline
  /// towards that side, mirrored for the left.
  enum Shape {
    /// An ellipse turned by `angle` degrees (clockwise, on the patient's right).
    case ellipse(dx: Double, y: Double, rx: Double, ry: Double, angle: Double)
    /// A circle.
    case circle(dx: Double, y: Double, r: Double)
  }

  /// Where each place is drawn.
  static func shape(_ site: BodyMap.Site) -> Shape {
    switch site {
    case .location(let location):
      switch location {
      case .abdomen: .ellipse(dx: 31, y: 104, rx: 15, ry: 10.5, angle: 0)
      case .groin: .ellipse(dx: 22, y: 154, rx: 20, ry: 9.5, angle: 51)
      case .hip: .circle(dx: 53, y: 152, r: 11)
      case .lateralHip: .ellipse(dx: 73, y: 172, rx: 8.5, ry: 18, angle: 0)
      case .genitals: .circle(dx: 8, y: 182, r: 8)
      case .frontThigh: .ellipse(dx: 45, y: 236, rx: 14, ry: 32, angle: 0)
      case .innerThigh: .ellipse(dx: 17, y: 230, rx: 8.5, ry: 22, angle: 0)
      case .knee: .circle(dx: 41, y: 302, r: 13)
      case .lowerBack: .ellipse(dx: 19, y: 84, rx: 15, ry: 16, angle: 0)
      case .buttock: .ellipse(dx: 36, y: 166, rx: 30, ry: 27, angle: 0)
      }
    case .triggerPoint(let point):
      switch point {
      case .upperPsoas: .circle(dx: 17, y: 80, r: 10.5)
      case .lowerPsoas: .circle(dx: 42, y: 127, r: 10.5)
      case .iliacus: .circle(dx: 31, y: 185, r: 10.5)
      }
    }
  }

  /// The whole figure: each panel's views in a row that wraps on a narrow screen, its caption and the
  /// key to the shades.
  static func figure(_ figure: Figure) -> String {
    let pair = figure.panels.count > 1
    var html = "<figure class=\"bodymap\(pair ? " pair" : "")\"><div class=\"bm-panels\">"
    for panel in figure.panels {
      html += "<div class=\"bm-panel\">"
      if pair { html += "<p class=\"bm-title\">\(HTMLRenderer.prose(panel.title))</p>" }
      html += "<div class=\"bm-views\">"
      for view in panel.views {
        html += svg(
          view, spots: panel.spots, maximum: figure.maximum, title: figure.title, panel: panel.title)
      }
      html += "</div></div>"
    }
    html +=
      "</div><figcaption>\(HTMLRenderer.prose(figure.caption)) " + key(figure) + "</figcaption></figure>"
    return html
  }

  /// The key: the shades with their ranges, and what a ring and a dashed outline mean.
  static func key(_ figure: Figure) -> String {
    let step = figure.maximum / Double(shades.count)
    var html = "<span class=\"bm-key\">"
    for (index, shade) in shades.enumerated() {
      let low = Rounding.whole(step * Double(index))
      let high = Rounding.whole(step * Double(index + 1))
      html +=
        "<span class=\"bm-shade\"><span class=\"swatch\" style=\"background:\(shade)\"></span>\(low)-\(high)</span> "
    }
    let spots = figure.panels.flatMap(\.spots)
    if spots.contains(where: { if case .triggerPoint = $0.site { true } else { false } }) {
      html += "<span class=\"bm-shade\"><span class=\"swatch ring\"></span>trigger point</span> "
    }
    if spots.contains(where: { $0.value == nil }) {
      html += "<span class=\"bm-shade\"><span class=\"swatch empty\"></span>no entries or not rated</span>"
    }
    return html + "</span>"
  }

  /// One view as an `<svg>`: outline, landmarks, side letters, the places on it, and their names in
  /// the margin on their own side.
  static func svg(
    _ view: Figure.View, spots: [Figure.Spot], maximum: Double, title: String, panel: String
  ) -> String {
    let shown = spots.filter { Figure.View.showing($0.site) == view }
    let name = view == .front ? "Front" : "Back"
    let described = shown.isEmpty ? "nothing logged" : shown.map(\.label).joined(separator: "; ")
    let label = "\(name) view, \(panel): \(described)"
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\""
      + " aria-label=\"\(HTMLRenderer.escape(label))\"><title>"
      + HTMLRenderer.escape("\(title): \(name.lowercased()) view") + "</title>"
    svg += "<g transform=\"translate(\(n(margin)) 0)\"><path class=\"bm-body\" d=\"\(outline)\"/>"
    svg += "<path class=\"bm-line\" d=\"\(contour)\"/>"
    svg += (view == .front ? frontLandmarks : backLandmarks) + "</g>"
    // The patient's right is on the viewer's left from the front, on the right from behind.
    let (leftLetter, rightLetter) = view == .front ? ("R", "L") : ("L", "R")
    svg += "<text class=\"bm-view\" x=\"\(n(middle))\" y=\"14\" text-anchor=\"middle\">\(name)</text>"
    svg +=
      "<text class=\"bm-side\" x=\"\(n(margin + 46))\" y=\"46\" text-anchor=\"middle\">\(leftLetter)</text>"
    svg +=
      "<text class=\"bm-side\" x=\"\(n(width - margin - 46))\" y=\"46\" text-anchor=\"middle\">"
      + "\(rightLetter)</text>"
    let placed = shown.map { Placed($0, view: view) }
    svg += names(placed.filter { $0.x < middle }, onLeft: true)
    svg += names(placed.filter { $0.x >= middle }, onLeft: false)
    // Larger shapes first, so a small one that touches them is drawn on top.
    for place in placed.sorted(by: { area(shape($0.spot.site)) > area(shape($1.spot.site)) }) {
      svg += self.spot(place, maximum: maximum)
    }
    return svg + "</svg>"
  }

  /// A spot at its place on one view.
  struct Placed {
    var spot: Figure.Spot
    /// The centre.
    var x: Double
    var y: Double
    /// The turn of an ellipse, in degrees clockwise.
    var angle: Double

    init(_ spot: Figure.Spot, view: Figure.View) {
      self.spot = spot
      // From the front the patient's right is on the viewer's left.
      let towardsRight = (spot.side == .right) == (view == .front) ? -1.0 : 1.0
      switch shape(spot.site) {
      case .ellipse(let dx, let cy, _, _, let turn):
        x = middle + towardsRight * dx
        y = cy
        // Turned the other way on the mirrored side.
        angle = -towardsRight * turn
      case .circle(let dx, let cy, _):
        x = middle + towardsRight * dx
        y = cy
        angle = 0
      }
    }
  }

  /// The places' names in the margin on their side, spread so they never overlap, each with a thin
  /// line to its place's centre, drawn before the places so that they cover its end.
  static func names(_ places: [Placed], onLeft: Bool) -> String {
    let sorted = places.sorted { $0.y < $1.y }
    var ys = sorted.map(\.y)
    let gap = 12.0
    for index in ys.indices.dropFirst() { ys[index] = max(ys[index], ys[index - 1] + gap) }
    if let last = ys.indices.last, ys[last] > height - 6 {
      ys[last] = height - 6
      for index in ys.indices.reversed().dropFirst() { ys[index] = min(ys[index], ys[index + 1] - gap) }
    }
    let textX = onLeft ? margin + 36 : width - margin - 36
    var svg = ""
    for (place, y) in zip(sorted, ys) {
      let lineStart = onLeft ? textX + 2 : textX - 2
      svg +=
        "<path class=\"bm-leader\" d=\"M\(n(lineStart)) \(n(y - 3))L\(n(place.x)) \(n(place.y))\"/>"
        + "<text class=\"bm-name\" x=\"\(n(textX))\" y=\"\(n(y))\" text-anchor=\"\(onLeft ? "end" : "start")\">"
        + HTMLRenderer.escape(place.spot.site.label) + "</text>"
    }
    return svg
  }

  /// One place: its shape, shaded, with the number on it and its description as a tooltip.
  static func spot(_ place: Placed, maximum: Double) -> String {
    let spot = place.spot
    var classes = ["spot"]
    if case .triggerPoint = spot.site { classes.append("point") }
    var fill = "none"
    if let value = spot.value {
      let shade = shade(value, maximum: maximum)
      fill = shade.fill
      if shade.dark { classes.append("dark") }
    } else {
      classes.append("empty")
    }
    var svg =
      "<g class=\"\(classes.joined(separator: " "))\" data-place=\"\(spot.site.rawValue)\""
      + " data-side=\"\(spot.side.rawValue)\"><title>\(HTMLRenderer.escape(spot.label))</title>"
    let (x, y) = (place.x, place.y)
    switch shape(spot.site) {
    case .ellipse(_, _, let rx, let ry, _):
      let turn = place.angle == 0 ? "" : " transform=\"rotate(\(n(place.angle)) \(n(x)) \(n(y)))\""
      svg +=
        "<ellipse cx=\"\(n(x))\" cy=\"\(n(y))\" rx=\"\(n(rx))\" ry=\"\(n(ry))\" fill=\"\(fill)\"\(turn)/>"
    case .circle(_, _, let r):
      svg += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(fill)\"/>"
    }
    svg +=
      "<text x=\"\(n(x))\" y=\"\(n(y + 3.5))\" text-anchor=\"middle\">\(HTMLRenderer.escape(spot.text))</text>"
    return svg + "</g>"
  }

  static func area(_ shape: Shape) -> Double {
    switch shape {
    case .ellipse(_, _, let rx, let ry, _): rx * ry
    case .circle(_, _, let r): r * r
    }
  }

  /// The body from the waist to below the knees, the same from either side.
  static let outline =
    "M64 30C60 70 46 112 40 150C36 190 44 252 54 290C56 310 56 330 57 346L101 346C101 330 102 310 104 290"
    + "C108 256 112 226 116 202Q120 194 124 202C128 226 132 256 136 290C138 310 139 330 139 346L183 346"
    + "C184 330 184 310 186 290C196 252 204 190 200 150C194 112 180 70 176 30Z"

  /// The outline's edges, left open where the drawing cuts the body at the waist and below the knees.
  static let contour =
    "M64 30C60 70 46 112 40 150C36 190 44 252 54 290C56 310 56 330 57 346"
    + "M101 346C101 330 102 310 104 290C108 256 112 226 116 202Q120 194 124 202C128 226 132 256 136 290"
    + "C138 310 139 330 139 346M183 346C184 330 184 310 186 290C196 252 204 190 200 150C194 112 180 70 176 30"

  /// The navel, the crest of each hip bone down to its front point (ASIS), the groin crease, and the
  /// kneecaps.
  static let frontLandmarks =
    "<circle class=\"bm-mark\" cx=\"120\" cy=\"80\" r=\"2.2\"/>"
    + "<path class=\"bm-faint\" d=\"M52 96Q62 104 70 118M188 96Q178 104 170 118"
    + "M70 118L112 170M170 118L128 170\"/>"
    + "<circle class=\"bm-faint\" cx=\"79\" cy=\"301\" r=\"14\"/><circle class=\"bm-faint\" cx=\"161\" cy=\"301\" r=\"14\"/>"

  /// The spine, the cleft and folds of the buttocks, and the backs of the knees.
  static let backLandmarks =
    "<path class=\"bm-faint\" d=\"M120 32V128M120 142V194M118 196Q98 206 72 196M122 196Q142 206 168 196"
    + "M70 304H90M150 304H170\"/>"

  /// A coordinate with one decimal.
  private static func n(_ value: Double) -> String {
    Rounding.oneDecimal(value)
  }

  /// The map's style, added to the page's.
  static let css = """
    .bodymap .bm-panels{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;justify-content:center}
    .bm-panel{flex:1 1 100%}
    .bodymap.pair .bm-panel{flex:1 1 18rem;max-width:24rem}
    .bm-title{margin:.2rem 0;font-weight:600;font-size:.9rem;text-align:center}
    .bm-views{display:flex;flex-wrap:wrap;justify-content:center;gap:.25rem 1rem}
    .bm-views svg{flex:1 1 18rem;max-width:25rem;height:auto}
    .bodymap.pair .bm-views svg{max-width:24rem}
    svg .bm-body{fill:#f4f1ed}
    svg .bm-line{fill:none;stroke:#8d939b;stroke-width:1.4;stroke-linejoin:round}
    svg .bm-faint{fill:none;stroke:#c4c8cd;stroke-width:1;stroke-dasharray:3 3}
    svg .bm-mark{fill:#8d939b}
    svg .bm-view{font-size:12px;font-weight:600;fill:var(--muted)}
    svg .bm-side{font-size:20px;font-weight:700;fill:var(--ink)}
    svg .spot ellipse,svg .spot circle{stroke:#5b4636;stroke-width:1}
    svg .spot.point circle{stroke:#1d1d1f;stroke-width:2.4}
    svg .spot.empty ellipse,svg .spot.empty circle{fill:#fff;stroke:#8d939b;stroke-dasharray:3 2}
    svg .spot text{font-size:10.5px;font-weight:700;fill:var(--ink)}
    svg .spot.point text{font-size:8.5px;letter-spacing:-.2px}
    svg .bm-name{font-size:10px;fill:var(--muted)}
    svg .bm-leader{fill:none;stroke:#9aa0a6;stroke-width:.8}
    svg .spot.dark text{fill:#fff}
    .bm-key{display:inline-block}
    .bm-shade{white-space:nowrap;margin-right:.6rem}
    .swatch.ring{border-radius:50%;border:2px solid #1d1d1f;background:#fdc48a}
    .swatch.empty{border:1px dashed #8d939b;background:#fff}
    @media print{.bm-views svg{max-width:20rem}.bodymap.pair .bm-panel{flex-basis:15rem}}
    """
}
