import RecoveryModel

/// The report for a terminal: titled sections, aligned tables, a bar chart of weekly pain since the
/// latest surgery and a sparkline of monthly pain.
///
/// ANSI colour is used only when `color` is true; the command line decides (a terminal, and `NO_COLOR`
/// not set). Verdicts are coloured by direction only: the words carry the meaning without colour.
struct TextReportRenderer {
  /// Whether to use ANSI colour.
  var color: Bool

  /// Width of a full bar (pain 10/10) in the weekly chart.
  static let barWidth = 30

  /// Creates a renderer.
  init(color: Bool = false) {
    self.color = color
  }

  /// The whole report as text ending in a newline.
  func render(_ report: Report) -> String {
    let report = Self.plain(report)
    if report.isEmpty {
      return "Recovery report for \(report.patient): nothing logged"
        + (ReportPhrases.range(report).map { " \($0)" } ?? "") + " as of \(report.asOf).\n"
    }
    var sections = [header(report)]
    sections.append(glance(report))
    sections.append(timeline(report))
    sections.append(responses(report))
    if let chart = weeklyChart(report) { sections.append(chart) }
    if let months = monthlySparkline(report) { sections.append(months) }
    if !report.symptoms.isEmpty { sections.append(symptoms(report)) }
    if !report.aids.isEmpty { sections.append(aids(report)) }
    sections.append(style(ReportPhrases.disclaimer, .dim) + "\n")
    return sections.joined(separator: "\n")
  }

  // MARK: Sections

  private func header(_ report: Report) -> String {
    var lines = [style("Recovery report: \(report.patient)", .bold)]
    lines.append(ReportPhrases.asOfLine(report))
    if report.daysSinceSurgery.count > 1 {
      let clocks = report.daysSinceSurgery.dropLast().map {
        "day \($0.days) after \($0.surgery.label) (\($0.surgery.date))"
      }
      lines.append("Also " + clocks.joined(separator: ", "))
    }
    if let range = ReportPhrases.range(report) { lines.append("Showing \(range)") }
    lines.append("Pain counted: \(ReportPhrases.painFilter(report.painFilter))")
    return lines.joined(separator: "\n") + "\n"
  }

  private func glance(_ report: Report) -> String {
    var lines = ReportPhrases.glance(report).map { verdictStyled(wrap($0.text), $0.verdict) }
    lines += ReportPhrases.symptomsAroundLatestSurgery(report).map {
      wrap($0.prefix(1).uppercased() + $0.dropFirst())
    }
    if let crutches = ReportPhrases.crutchDays(report) { lines.append(wrap(crutches)) }
    return title("At a glance") + lines.joined()
  }

  private func timeline(_ report: Report) -> String {
    var table = TextColumns(header: ["date", "treatment", "side", "timing", "details"])
    table.rows = report.treatments.map { entry in
      let treatment = entry.treatment
      return [
        treatment.day.description, treatment.label, treatment.side?.rawValue ?? "",
        ReportPhrases.afterSurgery(entry), ReportPhrases.details(treatment),
      ]
    }
    let body = report.treatments.isEmpty ? "  No treatments logged.\n" : table.render(styleHeader: dim)
    return title("Timeline") + body
  }

  private func responses(_ report: Report) -> String {
    guard !report.responses.isEmpty else { return title("Did it help?") + "  No treatments to judge.\n" }
    var table = TextColumns(
      header: ["treatment", "date", "pain before", "pain after", "change", "verdict"])
    table.rows = report.responses.map { response in
      [
        response.label, response.date.description,
        ReportPhrases.mean(response.baseline.mean, days: response.baseline.days),
        response.verdict == .pending
          ? "from \(response.followUp.from)"
          : ReportPhrases.mean(
            response.followUp.mean, days: response.followUp.days, partial: response.partial),
        ReportPhrases.change(response), verdictText(response),
      ]
    }
    var text = title("Did it help? Pain before and after each treatment") + table.render(styleHeader: dim)
    let confounded = report.responses.filter { !$0.confounders.isEmpty }
    if !confounded.isEmpty {
      text += "\n  Not judged on their own (other treatments in the follow-up):\n"
      for response in confounded {
        let others = response.confounders.map { "\($0.label) \($0.date)" }.joined(separator: ", ")
        text += "    \(response.label) \(response.date): \(others)\n"
      }
    }
    text += "\n" + wrap(ReportPhrases.windows(report) + " " + ReportPhrases.method, continuation: "  ")
    return text
  }

  private func weeklyChart(_ report: Report) -> String? {
    guard let chart = ReportPhrases.weeklyChart(report) else { return nil }
    var text = title(
      "Pain since \(chart.surgery.label) (\(chart.surgery.date)): weekly mean of the daily highest score")
    var rows: [[String]] = []
    if let baseline = chart.baseline, let mean = baseline.mean {
      rows.append([
        "before", baseline.from.description, bar(mean), Rounding.oneDecimal(mean),
        ReportPhrases.daysText(baseline.days),
      ])
    }
    for week in chart.weeks {
      rows.append([
        "week \(week.week ?? 0)", week.from.description, week.mean.map(bar) ?? "",
        week.mean.map(Rounding.oneDecimal) ?? "no data", ReportPhrases.weekDays(week),
      ])
    }
    var table = TextColumns(header: [
      "", "from", "0" + String(repeating: " ", count: Self.barWidth - 3) + "10", "mean", "data",
    ])
    table.rows = rows
    table.rightAligned = [3]
    text += table.render(styleHeader: dim)
    if chart.omitted > 0 { text += "  Showing the latest \(chart.weeks.count) weeks.\n" }
    return text
  }

  private func monthlySparkline(_ report: Report) -> String? {
    let months = report.pain.monthly
    guard let first = months.first?.month, let last = months.last?.month, months.count > 1 else {
      return nil
    }
    let levels = Array("▁▂▃▄▅▆▇█")
    let spark = String(
      months.map { month -> Character in
        guard let mean = month.mean else { return " " }
        return levels[min(levels.count - 1, max(0, Int((mean / 10 * Double(levels.count - 1)).rounded())))]
      })
    let means = months.compactMap(\.mean)
    var text = title("Pain by month: mean of the daily highest score, 0-10")
    text += "  \(first) " + style(spark, .cyan) + " \(last)\n"
    if let low = means.min(), let high = means.max() {
      text +=
        "  lowest \(Rounding.oneDecimal(low)), highest \(Rounding.oneDecimal(high)); a gap is a month without data\n"
    }
    return text
  }

  private func symptoms(_ report: Report) -> String {
    var text = title("Symptoms: episodes per day with any diary entry")
    var table = TextColumns(header: ["symptom", "first seen", "last seen", "episodes", "per day"])
    table.rightAligned = [3, 4]
    table.rows = report.symptoms.map { summary in
      let name = ReportPhrases.symptom(summary.kind)
      return [
        summary.highlight ? style(name + " (stands apart)", .red) : name,
        summary.firstSeen?.description ?? "", summary.lastSeen?.description ?? "",
        String(summary.total.episodes), summary.total.perDay.map(Rounding.oneDecimal) ?? "",
      ]
    }
    text += table.render(styleHeader: dim)
    var around = TextColumns(header: ["symptom", "surgery", "before", "after"])
    for summary in report.symptoms {
      for comparison in summary.aroundSurgeries where ReportPhrases.shows(comparison) {
        around.rows.append([
          ReportPhrases.symptom(summary.kind),
          "\(comparison.surgery.label) \(comparison.surgery.date)",
          ReportPhrases.rate(comparison.baseline),
          ReportPhrases.rate(comparison.followUp, partial: comparison.partial),
        ])
      }
    }
    if !around.rows.isEmpty {
      text += "\n" + around.render(styleHeader: dim)
      text +=
        "  Before and after use the pain windows: days \(report.windows.baseline) and each surgery's follow-up.\n"
    }
    if report.symptoms.contains(where: \.highlight) {
      text += "  " + style("Numbness is listed on its own and never mixed into pain.", .red) + "\n"
    }
    return text
  }

  private func aids(_ report: Report) -> String {
    var table = TextColumns(header: ["aid", "from", "to", "days", "weight bearing"])
    table.rightAligned = [3]
    table.rows = report.aids.map { aid in
      [
        ReportPhrases.aid(aid.aid), aid.from.description, aid.to?.description ?? "still using",
        String(aid.days), aid.weightBearing?.label ?? "",
      ]
    }
    var text = title("Walking aids") + table.render(styleHeader: dim)
    if let crutches = ReportPhrases.crutchDays(report) { text += "  \(crutches)\n" }
    return text
  }

  // MARK: Pieces

  /// A horizontal bar for a 0-10 value, in eighths of a character.
  private func bar(_ value: Double) -> String {
    let eighths = Int((min(max(value, 0), 10) / 10 * Double(Self.barWidth * 8)).rounded())
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    let text = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    return style(text, .cyan)
  }

  private func verdictText(_ response: TreatmentResponse) -> String {
    verdictStyled(ReportPhrases.verdict(response), response.verdict)
  }

  private func verdictStyled(_ text: String, _ verdict: Verdict) -> String {
    switch verdict {
    case .substantialImprovement, .meaningfulImprovement: return style(text, .green)
    case .worse: return style(text, .red)
    case .noMeaningfulChange: return style(text, .yellow)
    case .pending, .insufficientData: return style(text, .dim)
    }
  }

  private func title(_ text: String) -> String {
    style(text.uppercased(), .bold) + "\n"
  }

  private func dim(_ text: String) -> String { style(text, .dim) }

  /// Words wrapped at 100 columns, the first line indented by two spaces and the rest by four.
  private func wrap(_ text: String, indent: String = "  ", continuation: String = "    ") -> String {
    var lines: [String] = []
    var line = indent
    var lineIndent = indent
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > 100, line != lineIndent {
        lines.append(line)
        lineIndent = continuation
        line = continuation
      }
      line += (line == lineIndent ? "" : " ") + word
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report with control characters in everything the patient typed turned into spaces, so a
  /// pasted escape sequence cannot restyle the terminal and a line break cannot split a table row.
  private static func plain(_ report: Report) -> Report {
    func plain(_ text: String) -> String {
      var scalars = String.UnicodeScalarView()
      for scalar in text.unicodeScalars {
        scalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
      }
      return String(scalars)
    }
    func clean(_ reference: inout TreatmentReference) { reference.label = plain(reference.label) }
    var report = report
    report.patient = plain(report.patient)
    for index in report.treatments.indices {
      var treatment = report.treatments[index].treatment
      treatment.name = treatment.name.map(plain)
      treatment.agent = treatment.agent.map(plain)
      treatment.dose = treatment.dose.map(plain)
      treatment.finding = treatment.finding.map(plain)
      report.treatments[index].treatment = treatment
      for offset in report.treatments[index].afterSurgeries.indices {
        clean(&report.treatments[index].afterSurgeries[offset].surgery)
      }
    }
    for index in report.daysSinceSurgery.indices { clean(&report.daysSinceSurgery[index].surgery) }
    for index in report.responses.indices {
      for member in report.responses[index].treatments.indices {
        clean(&report.responses[index].treatments[member])
      }
      for other in report.responses[index].confounders.indices {
        clean(&report.responses[index].confounders[other])
      }
    }
    for index in report.pain.weekly.indices { clean(&report.pain.weekly[index].surgery) }
    for index in report.crutchDays.indices { clean(&report.crutchDays[index].surgery) }
    for index in report.symptoms.indices {
      for surgery in report.symptoms[index].aroundSurgeries.indices {
        clean(&report.symptoms[index].aroundSurgeries[surgery].surgery)
      }
    }
    return report
  }

  private enum Style: String {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
  }

  /// The text in a style, line by line, so a colour never runs past a line break into the next.
  private func style(_ text: String, _ style: Style) -> String {
    guard color else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in line.isEmpty ? "" : "\u{1B}[\(style.rawValue)m\(line)\u{1B}[0m" }
      .joined(separator: "\n")
  }
}
