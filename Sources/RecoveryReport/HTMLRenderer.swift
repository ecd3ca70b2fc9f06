import RecoveryModel

/// Writes a report document as one self-contained HTML page: no external requests and no scripts,
/// inline SVG charts, readable on a phone and printable on A4 or Letter.
///
/// The markup is also well-formed XML (every element closed, attributes quoted, only XML's own
/// entities), so it can be checked with any XML parser. Everything is escaped, after being put on one
/// line (see `String.oneLine`).
///
/// ```swift
/// try HTMLRenderer().render(ReportDocument(report)).write(to: url, atomically: true, encoding: .utf8)
/// ```
public struct HTMLRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The whole page, ending in a newline.
  public func render(_ document: ReportDocument) -> String {
    var body = "<header><h1>\(Self.escape(document.title))</h1>"
    for line in document.summary {
      body += "<p class=\"\(line.role == .body ? "subject" : "muted")\">\(spans(line))</p>"
    }
    body += "</header>"
    var legendShown = false
    var stackedCharts = 0
    var figures = false
    for section in document.sections {
      body += "<section id=\"\(Self.escape(section.id.rawValue))\"><h2>\(Self.prose(section.title))</h2>"
      for block in section.blocks {
        switch block {
        case .paragraph(let paragraph): body += self.paragraph(paragraph)
        case .list(let items): body += "<ul>" + items.map { "<li>\(spans($0))</li>" }.joined() + "</ul>"
        case .table(let table): body += self.table(table)
        case .chart(let chart):
          body += figure(chart)
          // The numbered treatments and the aid colours are listed once, under the first chart that
          // draws them.
          if !legendShown, !chart.markers.isEmpty || !chart.bands.isEmpty {
            body += legend(chart)
            legendShown = true
          }
        case .bodyMap(let figure): body += HTMLBodyMap.figure(figure)
        case .stackedBars(let chart):
          stackedCharts += 1
          figures = true
          body += stackedBars(chart, id: "stacked-\(stackedCharts)")
        case .boxPlot(let plot):
          figures = true
          body += boxPlot(plot)
        }
      }
      body += "</section>"
    }
    body += "<footer><p>\(Self.escape(document.footer))</p></footer>"
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>\(Self.escape(document.title))</title>
      <style>\(Self.css)
      \(HTMLBodyMap.css)\(figures ? "\n" + Self.figureCSS : "")</style>
      </head>
      <body>
      <main>
      \(body)
      </main>
      </body>
      </html>

      """
  }

  // MARK: Blocks

  func paragraph(_ paragraph: ReportDocument.Paragraph) -> String {
    switch paragraph.role {
    case .body: "<p>\(spans(paragraph))</p>"
    case .note: "<p class=\"muted\">\(spans(paragraph))</p>"
    case .alert: "<p class=\"alert\">\(spans(paragraph))</p>"
    }
  }

  func table(_ table: ReportDocument.Table) -> String {
    var html = "<div class=\"table-wrap\"><table class=\"stack\"><thead><tr>"
    for column in table.columns {
      html += column.alignment == .trailing ? "<th class=\"num\">" : "<th>"
      html += Self.escape(column.title) + "</th>"
    }
    html += "</tr></thead><tbody>"
    for row in table.rows {
      html += row.alert ? "<tr class=\"alert\">" : "<tr>"
      for (index, cell) in row.cells.enumerated() {
        let trailing = index < table.columns.count && table.columns[index].alignment == .trailing
        html += self.cell(
          cell, trailing: trailing, column: index < table.columns.count ? table.columns[index].title : "")
      }
      html += "</tr>"
    }
    return html + "</tbody></table></div>"
  }

  /// One cell, labelled with its column's title for the narrow-screen layout, where each row becomes a
  /// card of "title: value" lines.
  func cell(_ cell: ReportDocument.Cell, trailing: Bool, column: String) -> String {
    var classes: [String] = []
    if trailing { classes.append("num") }
    let content: String
    switch cell.value {
    case .day(let day):
      classes.append("date")
      content = day.description
    case .verdict(let verdict, _): content = badge(verdict, text: cell.valueText)
    case .number, .integer:
      if !trailing { classes.append("num") }
      content = Self.escape(cell.valueText)
    case .text, .empty: content = Self.prose(cell.valueText)
    }
    let note = cell.note.map { " <span class=\"muted\">(\(Self.prose($0)))</span>" } ?? ""
    let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
    // One element for the value and its note, so the narrow layout keeps them together.
    let value = content.isEmpty && note.isEmpty ? "" : "<span>\(content)\(note)</span>"
    return "<td\(classAttribute) data-label=\"\(Self.escape(column))\">\(value)</td>"
  }

  func figure(_ chart: ReportDocument.Chart) -> String {
    var key: [String] = []
    if case .days = chart.axis {
      for series in chart.series where !series.points.isEmpty {
        switch series.style {
        case .dots: key.append("dots: \(series.name)")
        case .steps: key.append("line: \(series.name)")
        case .line: key.append("dots joined by a line: \(series.name)")
        case .spikes: key.append("bars: \(series.name)")
        case .bars: continue
        }
      }
      if !chart.markers.isEmpty { key.append("numbered lines: treatments") }
      if chart.bands.contains(where: { if case .walkingAid = $0.kind { true } else { false } }) {
        key.append("shaded bands: walking aids")
      }
      if chart.bands.contains(where: { if case .drugClass = $0.kind { true } else { false } }) {
        key.append("strips under the months: days on each drug class")
      }
    }
    var caption = Self.prose(chart.caption)
    if !key.isEmpty {
      caption += " " + Self.escape(ReportPhrases.capitalized(key.joined(separator: "; ")) + ".")
    }
    // A chart of a few categories, or of a few scores joined by a line, fits a phone; a chart of daily
    // values over years scrolls sideways there instead.
    let line = chart.series.allSatisfy { $0.style == .line }
    let kind = chart.axis == .categories ? "chart few" : line ? "chart few line" : "chart"
    return "<figure class=\"\(kind)\">\(HTMLCharts.svg(chart))<figcaption>\(caption)</figcaption></figure>"
  }

  /// Stacked bars under their title and legend. `id` names the chart's fill patterns, which the
  /// legend's swatches share, so it must be unique in the page.
  func stackedBars(_ chart: ReportDocument.StackedBarChart, id: String) -> String {
    "<figure class=\"shares\"><figcaption class=\"figure-title\">\(Self.prose(chart.title))</figcaption>"
      + HTMLCharts.stackedBarsLegend(chart, id: id) + HTMLCharts.stackedBars(chart, id: id) + "</figure>"
  }

  /// A box plot under its title.
  func boxPlot(_ plot: ReportDocument.BoxPlot) -> String {
    "<figure class=\"boxes\"><figcaption class=\"figure-title\">\(Self.prose(plot.title))</figcaption>"
      + HTMLCharts.boxPlot(plot) + "</figure>"
  }

  /// The numbered treatments behind a chart's markers, and the colours of its bands.
  func legend(_ chart: ReportDocument.Chart) -> String {
    var html = ""
    if !chart.markers.isEmpty {
      html += "<ol class=\"markers\">"
      for marker in chart.markers {
        html +=
          "<li value=\"\(marker.number)\"><span class=\"dot\" style=\"background:"
          + "\(HTMLCharts.color(marker.category))\"></span>\(Self.prose(marker.label))</li>"
      }
      html += "</ol>"
    }
    var aids: [WalkingAid] = []
    for band in chart.bands {
      if case .walkingAid(let aid) = band.kind, !aids.contains(aid) { aids.append(aid) }
    }
    if !aids.isEmpty {
      html += "<p class=\"legend\">"
      for aid in WalkingAid.allCases where aids.contains(aid) {
        html +=
          "<span class=\"swatch\" style=\"background:\(HTMLCharts.color(aid))\"></span>"
          + "\(Self.escape(aid.label)) "
      }
      html += "</p>"
    }
    return html
  }

  // MARK: Pieces

  /// A paragraph's spans: verdicts as coloured badges, strong spans in bold, dates kept on one line.
  func spans(_ paragraph: ReportDocument.Paragraph) -> String {
    paragraph.spans.map { span in
      switch span.emphasis {
      case .verdict(let verdict): badge(verdict, text: span.text)
      case .strong: "<strong>\(Self.prose(span.text))</strong>"
      case nil: Self.prose(span.text)
      }
    }.joined()
  }

  func badge(_ verdict: Verdict, text: String) -> String {
    "<span class=\"verdict v-\(verdict.rawValue)\">\(Self.escape(text))</span>"
  }

  /// Escapes running text and keeps each `YYYY-MM-DD` date on one line, since browsers break lines
  /// at hyphens and "2024-\n10-28" reads badly on a phone.
  static func prose(_ text: some StringProtocol) -> String {
    let characters = Array(String(text))
    var html = ""
    var plain = ""
    var index = 0
    func isDigit(_ offset: Int) -> Bool {
      offset < characters.count && characters[offset].isASCII && characters[offset].isNumber
    }
    while index < characters.count {
      let isDate =
        index + 10 <= characters.count
        && (0..<10).allSatisfy { offset in
          offset == 4 || offset == 7 ? characters[index + offset] == "-" : isDigit(index + offset)
        }
      if isDate {
        html += escape(plain) + "<span class=\"date\">" + String(characters[index..<index + 10]) + "</span>"
        plain = ""
        index += 10
      } else {
        plain.append(characters[index])
        index += 1
      }
    }
    return html + escape(plain)
  }

  /// Escapes text for an HTML (and XML) text node or quoted attribute, after putting it on one line
  /// (see `String.oneLine`); the noncharacters U+FFFE and U+FFFF, which XML forbids, become U+FFFD.
  static func escape(_ text: some StringProtocol) -> String {
    var escaped = ""
    for scalar in String(text).oneLine.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      case "\u{FFFE}", "\u{FFFF}": escaped += "\u{FFFD}"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// The page's style: system fonts, tables that scroll sideways on a phone, and a print layout that
  /// fits A4 and Letter alike (only margins are set, never the paper size).
  static let css = """
    :root{--ink:#1d1d1f;--muted:#5b6068;--line:#d5d9de;--good:#17692f;--bad:#a3221b;--same:#7a5c00;--none:#5f636b}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
    main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 2rem}
    h1{font-size:1.55rem;margin:.5rem 0 .25rem}
    h2{font-size:1.15rem;margin:1.75rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
    h3{font-size:1rem;margin:1.25rem 0 .4rem}
    p{margin:.4rem 0}
    .subject{font-size:1.05rem;margin:.25rem 0}
    .muted,figcaption{color:var(--muted);font-size:.88rem}
    main ul{padding-left:1.1rem;margin:.25rem 0}
    main ul li{margin:.3rem 0}
    .verdict{display:inline-block;padding:.05rem .5rem;border-radius:.7rem;font-size:.85rem;font-weight:600;white-space:nowrap}
    .v-substantial-improvement,.v-meaningful-improvement{background:#e2f3e7;color:var(--good)}
    .v-worse{background:#fbe4e2;color:var(--bad)}
    .v-no-meaningful-change{background:#f8efcf;color:var(--same)}
    td .verdict{white-space:normal}
    .v-cannot-tell{background:#e3edf7;color:#1f4e79}
    .v-insufficient-data,.v-pending{background:#eceef1;color:var(--none)}
    .table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
    table{border-collapse:collapse;width:100%;font-size:.9rem}
    th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
    th{font-weight:600;color:var(--muted);font-size:.82rem}
    .num{text-align:right;font-variant-numeric:tabular-nums}
    .date,.num{white-space:nowrap}
    tr.alert td,.alert{color:var(--bad)}
    p.alert{border-left:4px solid var(--bad);background:#fdf1f0;padding:.4rem .75rem;font-weight:600}
    figure{margin:.5rem 0 1rem}
    .chart{overflow-x:auto}
    .chart svg{display:block;width:100%;min-width:520px;height:auto}
    svg text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--muted)}
    svg .grid{stroke:#e6e8eb;stroke-width:1}
    svg .tickline{stroke:#9aa0a6}
    svg .aid{opacity:.75}
    svg .spike{fill:#d55e00}
    svg .day{fill:#4a6fa5;fill-opacity:.45}
    svg .mean{fill:none;stroke:#1d3f73;stroke-width:2.2}
    svg .bar{fill:#4a6fa5}
    svg .bar.before{fill:#9aa7b8}
    svg .bar.alert{fill:var(--bad)}
    svg .score-line{fill:none;stroke:#1d3f73;stroke-width:2}
    svg .score{fill:#fff;stroke:#1d3f73;stroke-width:2}
    svg .value{fill:var(--ink);font-weight:600}
    svg .marker line{stroke-width:1.5}
    svg .marker-number{fill:#fff;font-size:10px;font-weight:700}
    .markers{columns:2 18rem;font-size:.86rem;margin:.25rem 0 .5rem;padding-left:1.6rem}
    .markers li{break-inside:avoid}
    .dot,.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.35rem;vertical-align:-.05rem}
    .swatch{border-radius:.15rem;border:1px solid #c9b9a6}
    .legend{font-size:.86rem;color:var(--muted)}
    footer{margin-top:2rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
    @media (max-width:640px){body{font-size:14px}main{padding:.75rem .75rem 1.5rem}th,td{padding:.3rem .35rem}h1{font-size:1.3rem}
    table.stack thead{display:none}
    table.stack tr{display:block;padding:.4rem 0;border-bottom:1px solid var(--line)}
    table.stack td{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;border:0;padding:.1rem .25rem;text-align:right;white-space:normal}
    table.stack td:first-child{font-weight:600}
    table.stack td::before{content:attr(data-label);color:var(--muted);font-size:.82rem;font-weight:600;text-align:left;white-space:nowrap}
    table.stack td:empty{display:none}
    .chart.few svg{min-width:0}
    .chart.few:not(.line) svg text{font-size:21px}
    .chart.line svg .tick,.chart.line svg .value{font-size:15px}
    .chart:not(.few){direction:rtl}
    .chart:not(.few)>*{direction:ltr}
    .chart:not(.few)::before{content:"Newest on the right: scroll sideways for earlier months.";display:block;direction:ltr;text-align:left;font-size:.8rem;color:var(--muted)}
    }
    @page{margin:14mm}
    @media print{
    body{font-size:10pt}
    main{max-width:none;padding:0}
    .chart,.table-wrap{overflow:visible}
    .chart svg{min-width:0}
    figure,tr,main ul li,.markers li{break-inside:avoid}
    h2,h3{break-after:avoid;break-inside:avoid}
    h2::after,h3::after{content:"";display:block;height:6rem;margin-bottom:-6rem}
    .chart:not(.few)::before{content:none}
    *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    }
    """

  /// The style of stacked bars and box plots, added only to a page that has one. Their drawings take
  /// the page's width with text at a fixed size (see `HTMLCharts.stackedBars`), so they need no
  /// narrow-screen or print rules of their own.
  static let figureCSS = """
    .figure-title{color:var(--ink);font-size:.95rem;font-weight:600;margin-bottom:.3rem}
    .shares svg,.boxes svg{display:block;overflow:visible}
    .shares svg text,.boxes svg text{font-size:12px}
    svg .label{fill:var(--ink);font-weight:600}
    svg .n{fill:var(--muted)}
    svg .track{fill:#f4f5f7;stroke:#c3c8ce;stroke-width:1}
    svg .segment{stroke:#fff;stroke-width:1}
    svg .share{fill:#0b2f5b;font-weight:700;paint-order:stroke;stroke-width:3px;stroke-linejoin:round}
    svg .share.on-dark{fill:#fff}
    svg .whisker{stroke:var(--ink);stroke-width:1.5}
    svg .quartiles{fill:#b0cfe8;stroke:#0b2f5b;stroke-width:1.5}
    svg .median{stroke:#0b2f5b;stroke-width:3.5}
    .key{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.2rem 0 .5rem;padding:0;font-size:.86rem;color:var(--muted)}
    .key li{display:flex;align-items:center;gap:.35rem;margin:0}
    .key .chip{flex:none;border:1px solid #c3c8ce}
    """
}
