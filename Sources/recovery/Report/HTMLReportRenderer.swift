import RecoveryModel

/// The report as one self-contained HTML page: no external requests and no scripts, with inline SVG
/// charts, readable on a phone and printable on A4 or Letter.
///
/// The markup is also well-formed XML (every element closed, attributes quoted, only XML's own
/// entities), so it can be checked with any XML parser. Everything the patient typed is escaped.
struct HTMLReportRenderer {
  /// Creates a renderer.
  init() {}

  /// The whole page, ending in a newline.
  func render(_ report: Report) -> String {
    var body = header(report)
    if report.isEmpty {
      body +=
        "<p>Nothing logged" + Self.escape(ReportPhrases.range(report).map { " \($0)" } ?? "")
        + " as of \(report.asOf).</p>"
    } else {
      body += glance(report)
      body += painSection(report)
      body += responses(report)
      body += weekly(report)
      body += symptoms(report)
      body += timeline(report)
      body += aids(report)
      body += method(report)
    }
    body += "<footer><p>\(Self.escape(ReportPhrases.disclaimer))</p></footer>"
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>\(Self.escape("Recovery report: \(report.patient), as of \(report.asOf)"))</title>
      <style>\(Self.css)</style>
      </head>
      <body>
      <main>
      \(body)
      </main>
      </body>
      </html>

      """
  }

  // MARK: Sections

  private func header(_ report: Report) -> String {
    var html = "<header><h1>Recovery report: \(Self.escape(report.patient))</h1>"
    html += "<p class=\"subject\">\(Self.prose(ReportPhrases.asOfLine(report)))"
    if report.daysSinceSurgery.count > 1 {
      let clocks = report.daysSinceSurgery.dropLast().map {
        "day \($0.days) after \($0.surgery.label) (\($0.surgery.date))"
      }
      html += "<br/>Also " + Self.prose(clocks.joined(separator: ", "))
    }
    html += "</p><p class=\"muted\">"
    if let range = ReportPhrases.range(report) { html += "Showing \(Self.prose(range)). " }
    html += "Pain counted: \(Self.escape(ReportPhrases.painFilter(report.painFilter))).</p></header>"
    return html
  }

  private func glance(_ report: Report) -> String {
    var items = ReportPhrases.glance(report).map { line -> String in
      let parts = line.text.split(separator: ":", maxSplits: 1).map(String.init)
      return "<li>\(badge(line.verdict, text: parts[0]))" + Self.prose(parts.count > 1 ? parts[1] : "")
        + "</li>"
    }
    items += ReportPhrases.symptomsAroundLatestSurgery(report).map {
      "<li>" + Self.prose($0.prefix(1).uppercased() + $0.dropFirst()) + "</li>"
    }
    if let crutches = ReportPhrases.crutchDays(report) { items.append("<li>\(Self.prose(crutches))</li>") }
    return "<section><h2>At a glance</h2><ul class=\"glance\">" + items.joined() + "</ul></section>"
  }

  private func painSection(_ report: Report) -> String {
    guard let axis = HTMLCharts.TimeAxis(report) else { return "" }
    var html = "<section><h2>Daily pain</h2><figure class=\"chart\">"
    html += HTMLCharts.dailyPain(report, axis: axis)
    html +=
      "<figcaption>Dots: the day's highest score (0-10). Line: the month's mean. Numbered lines:"
      + " treatments. Shaded bands: walking aids.</figcaption></figure>"
    html += markerLegend(report)
    let aidKinds = WalkingAid.allCases.filter { kind in report.aids.contains { $0.aid == kind } }
    if !aidKinds.isEmpty {
      html += "<p class=\"legend\">"
      for kind in aidKinds {
        html +=
          "<span class=\"swatch\" style=\"background:\(HTMLCharts.color(kind))\"></span>"
          + "\(Self.escape(kind.label)) "
      }
      html += "</p>"
    }
    return html + "</section>"
  }

  private func markerLegend(_ report: Report) -> String {
    guard !report.treatments.isEmpty else { return "" }
    var html = "<ol class=\"markers\">"
    for entry in report.treatments {
      let treatment = entry.treatment
      let side = treatment.side.map { " (\($0.rawValue))" } ?? ""
      html +=
        "<li><span class=\"dot\" style=\"background:\(HTMLCharts.color(treatment.category))\"></span>"
        + Self.prose("\(treatment.day) \(treatment.label)\(side)") + "</li>"
    }
    return html + "</ol>"
  }

  private func responses(_ report: Report) -> String {
    var html = "<section><h2>Did it help? Pain before and after each treatment</h2>"
    guard !report.responses.isEmpty else { return html + "<p>No treatments to judge.</p></section>" }
    html += "<div class=\"table-wrap\"><table><thead><tr><th>Treatment</th><th>Date</th>"
    html += "<th class=\"num\">Pain before</th><th class=\"num\">Pain after</th><th class=\"num\">Change</th>"
    html += "<th>Verdict</th></tr></thead><tbody>"
    for response in report.responses {
      let after =
        response.verdict == .pending
        ? "from \(response.followUp.from)"
        : ReportPhrases.mean(response.followUp.mean, days: response.followUp.days, partial: response.partial)
      html += "<tr><td>\(Self.escape(response.label))"
      if !response.confounders.isEmpty {
        let others = response.confounders.map { "\($0.label) \($0.date)" }.joined(separator: ", ")
        html += "<br/><span class=\"muted\">not on its own: \(Self.prose(others))</span>"
      }
      html += "</td><td class=\"date\">\(response.date)</td>"
      html +=
        "<td class=\"num\">\(Self.escape(ReportPhrases.mean(response.baseline.mean, days: response.baseline.days)))</td>"
      html += "<td class=\"num\">\(Self.escape(after))</td>"
      html += "<td class=\"num\">\(Self.escape(ReportPhrases.change(response)))</td>"
      html += "<td>\(badge(response.verdict, text: ReportPhrases.verdict(response)))</td></tr>"
    }
    html += "</tbody></table></div>"
    return html + "</section>"
  }

  private func weekly(_ report: Report) -> String {
    guard let chart = ReportPhrases.weeklyChart(report), let svg = HTMLCharts.weeklyPain(report) else {
      return ""
    }
    var caption = "Weekly mean of the daily highest score, by week since the operation (week 1 is days 0-6)"
    if chart.baseline != nil { caption += "; the grey bar (pre) is the baseline before it" }
    if chart.omitted > 0 { caption += "; the latest \(chart.weeks.count) weeks" }
    return "<section><h2>"
      + Self.prose("Pain since \(chart.surgery.label) (\(chart.surgery.date))")
      + "</h2><figure class=\"chart\">\(svg)<figcaption>\(caption).</figcaption></figure></section>"
  }

  private func symptoms(_ report: Report) -> String {
    guard !report.symptoms.isEmpty else { return "" }
    var html = "<section><h2>Symptoms</h2>"
    if report.symptoms.contains(where: \.highlight) {
      html +=
        "<p class=\"alert\">Numbness is listed on its own and never mixed into pain.</p>"
    }
    if let axis = HTMLCharts.TimeAxis(report) {
      for summary in report.symptoms where summary.total.episodes > 0 {
        html += "<figure class=\"chart\"><figcaption><strong>"
        html += Self.escape(summary.kind.label.prefix(1).uppercased() + summary.kind.label.dropFirst())
        html += "</strong>: episodes per diary day, by month</figcaption>"
        html += HTMLCharts.symptom(summary, report: report, axis: axis) + "</figure>"
      }
    }
    html += "<div class=\"table-wrap\"><table><thead><tr><th>Symptom</th><th>First seen</th>"
    html +=
      "<th>Last seen</th><th class=\"num\">Episodes</th><th class=\"num\">Per day</th></tr></thead><tbody>"
    for summary in report.symptoms {
      html += summary.highlight ? "<tr class=\"alert\">" : "<tr>"
      html += "<td>\(Self.escape(summary.kind.label))</td>"
      html += "<td class=\"date\">\(summary.firstSeen?.description ?? "")</td>"
      html += "<td class=\"date\">\(summary.lastSeen?.description ?? "")</td>"
      html += "<td class=\"num\">\(summary.total.episodes)</td>"
      html += "<td class=\"num\">\(summary.total.perDay.map(Rounding.oneDecimal) ?? "")</td></tr>"
    }
    html += "</tbody></table></div>"
    var rows = ""
    for summary in report.symptoms {
      for comparison in summary.aroundSurgeries where ReportPhrases.shows(comparison) {
        rows += "<tr><td>\(Self.escape(summary.kind.label))</td>"
        rows += "<td>\(Self.escape("\(comparison.surgery.label) \(comparison.surgery.date)"))</td>"
        rows += "<td class=\"num\">\(Self.escape(ReportPhrases.rate(comparison.baseline)))</td>"
        rows +=
          "<td class=\"num\">"
          + Self.escape(ReportPhrases.rate(comparison.followUp, partial: comparison.partial)) + "</td></tr>"
      }
    }
    if !rows.isEmpty {
      html += "<h3>Before and after each surgery</h3><div class=\"table-wrap\"><table><thead><tr>"
      html += "<th>Symptom</th><th>Surgery</th><th class=\"num\">Before</th><th class=\"num\">After</th>"
      html += "</tr></thead><tbody>\(rows)</tbody></table></div>"
      html +=
        "<p class=\"muted\">Episodes per day with any diary entry, in the pain windows: days "
        + "\(report.windows.baseline) before and each surgery's follow-up after.</p>"
    }
    return html + "</section>"
  }

  private func timeline(_ report: Report) -> String {
    guard !report.treatments.isEmpty else { return "" }
    var html = "<section><h2>Timeline</h2><div class=\"table-wrap\"><table><thead><tr><th>#</th>"
    html += "<th>Date</th><th>Treatment</th><th>Side</th><th>Timing</th><th>Details</th></tr></thead><tbody>"
    for (index, entry) in report.treatments.enumerated() {
      let treatment = entry.treatment
      var details = Self.escape(ReportPhrases.details(treatment))
      if let note = treatment.note, !note.isEmpty {
        details += (details.isEmpty ? "" : "<br/>") + "<span class=\"muted\">\(Self.escape(note))</span>"
      }
      html += "<tr><td class=\"num\">\(index + 1)</td><td class=\"date\">\(treatment.day)</td>"
      html += "<td>\(Self.escape(treatment.label))</td><td>\(treatment.side?.rawValue ?? "")</td>"
      html +=
        "<td>\(Self.escape(entry.afterSurgeries.map { "day \($0.days) after \($0.surgery.label)" }.joined(separator: "; ")))</td>"
      html += "<td>\(details)</td></tr>"
    }
    return html + "</tbody></table></div></section>"
  }

  private func aids(_ report: Report) -> String {
    guard !report.aids.isEmpty else { return "" }
    var html = "<section><h2>Walking aids</h2><div class=\"table-wrap\"><table><thead><tr><th>Aid</th>"
    html += "<th>From</th><th>To</th><th class=\"num\">Days</th><th>Weight bearing</th></tr></thead><tbody>"
    for aid in report.aids {
      html += "<tr><td><span class=\"swatch\" style=\"background:\(HTMLCharts.color(aid.aid))\"></span>"
      html += "\(Self.escape(aid.aid.label))</td><td class=\"date\">\(aid.from)</td>"
      html +=
        "<td class=\"date\">\(aid.to?.description ?? "still using")</td><td class=\"num\">\(aid.days)</td>"
      html += "<td>\(Self.escape(aid.weightBearing?.label ?? ""))</td></tr>"
    }
    html += "</tbody></table></div>"
    if let crutches = ReportPhrases.crutchDays(report) { html += "<p>\(Self.prose(crutches))</p>" }
    return html + "</section>"
  }

  private func method(_ report: Report) -> String {
    "<section><h2>How the numbers are made</h2><p class=\"muted\">"
      + Self.prose(ReportPhrases.windows(report) + " " + ReportPhrases.method) + "</p></section>"
  }

  // MARK: Pieces

  private func badge(_ verdict: Verdict, text: String) -> String {
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

  /// Escapes text for an HTML (and XML) text node or quoted attribute; control characters, which
  /// XML forbids, become U+FFFD.
  static func escape(_ text: some StringProtocol) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
      case _
      where scalar.properties.generalCategory == .control || scalar.value == 0xFFFE
        || scalar.value == 0xFFFF:
        escaped += "\u{FFFD}"
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
    .glance{padding-left:1.1rem;margin:.25rem 0}
    .glance li{margin:.3rem 0}
    .verdict{display:inline-block;padding:.05rem .5rem;margin-right:.3rem;border-radius:.7rem;font-size:.85rem;font-weight:600;white-space:nowrap}
    .v-substantial-improvement,.v-meaningful-improvement{background:#e2f3e7;color:var(--good)}
    .v-worse{background:#fbe4e2;color:var(--bad)}
    .v-no-meaningful-change{background:#f8efcf;color:var(--same)}
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
    svg .day{fill:#4a6fa5;fill-opacity:.45}
    svg .mean{fill:none;stroke:#1d3f73;stroke-width:2.2}
    svg .bar{fill:#4a6fa5}
    svg .bar.before{fill:#9aa7b8}
    svg .bar.alert{fill:var(--bad)}
    svg .value{fill:var(--ink);font-weight:600}
    svg .marker line{stroke-width:1.5}
    svg .marker-number{fill:#fff;font-size:10px;font-weight:700}
    .markers{columns:2 18rem;font-size:.86rem;margin:.25rem 0 .5rem;padding-left:1.6rem}
    .markers li{break-inside:avoid}
    .dot,.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.35rem;vertical-align:-.05rem}
    .swatch{border-radius:.15rem;border:1px solid #c9b9a6}
    .legend{font-size:.86rem;color:var(--muted)}
    footer{margin-top:2rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
    @media (max-width:640px){body{font-size:14px}main{padding:.75rem .75rem 1.5rem}th,td{padding:.3rem .35rem}h1{font-size:1.3rem}}
    @page{margin:14mm}
    @media print{
    body{font-size:10pt}
    main{max-width:none;padding:0}
    .chart,.table-wrap{overflow:visible}
    .chart svg{min-width:0}
    figure,tr,.glance li,.markers li{break-inside:avoid}
    h2,h3{break-after:avoid}
    *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    }
    """
}
