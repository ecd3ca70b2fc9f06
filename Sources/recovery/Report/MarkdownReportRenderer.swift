import RecoveryModel

/// The report as Markdown, to paste into a message to a clinician: headings, pipe tables, and the
/// weekly chart as bars in code spans, which every Markdown viewer shows in a monospaced font.
///
/// Everything the patient typed is escaped, so a `|` or `*` in a note cannot break a table or
/// start emphasis.
struct MarkdownReportRenderer {
  /// Creates a renderer.
  init() {}

  /// The whole report as Markdown ending in a newline.
  func render(_ report: Report) -> String {
    if report.isEmpty {
      return "# Recovery report: \(Self.escape(report.patient))\n\nNothing logged"
        + (ReportPhrases.range(report).map { " \($0)" } ?? "") + " as of \(report.asOf).\n"
    }
    var sections = [header(report), glance(report), timeline(report), responses(report)]
    if let chart = weeklyChart(report) { sections.append(chart) }
    if let months = monthly(report) { sections.append(months) }
    if !report.symptoms.isEmpty { sections.append(symptoms(report)) }
    if !report.aids.isEmpty { sections.append(aids(report)) }
    sections.append("_\(ReportPhrases.disclaimer)_\n")
    return sections.joined(separator: "\n")
  }

  private func header(_ report: Report) -> String {
    var lines: [String] = []
    var subject = ReportPhrases.asOfLine(report) + "."
    if report.daysSinceSurgery.count > 1 {
      subject +=
        " Also "
        + report.daysSinceSurgery.dropLast().map {
          "day \($0.days) after \(Self.escape($0.surgery.label)) (\($0.surgery.date))"
        }.joined(separator: ", ") + "."
    }
    lines.append(subject)
    if let range = ReportPhrases.range(report) { lines.append("Showing \(range).") }
    lines.append("Pain counted: \(ReportPhrases.painFilter(report.painFilter)).")
    // Two trailing spaces make a line break inside the paragraph.
    return "# Recovery report: \(Self.escape(report.patient))\n\n" + lines.joined(separator: "  \n") + "\n"
  }

  private func glance(_ report: Report) -> String {
    var items = ReportPhrases.glance(report).map { line -> String in
      let parts = line.text.split(separator: ":", maxSplits: 1).map(String.init)
      return "- **\(parts[0])**:" + Self.escape(parts.count > 1 ? parts[1] : "")
    }
    items += ReportPhrases.symptomsAroundLatestSurgery(report).map {
      "- " + Self.escape($0.prefix(1).uppercased() + $0.dropFirst())
    }
    if let crutches = ReportPhrases.crutchDays(report) { items.append("- " + Self.escape(crutches)) }
    return "## At a glance\n\n" + items.joined(separator: "\n") + "\n"
  }

  private func timeline(_ report: Report) -> String {
    guard !report.treatments.isEmpty else { return "## Timeline\n\nNo treatments logged.\n" }
    let rows = report.treatments.map { entry in
      let treatment = entry.treatment
      return [
        treatment.day.description, treatment.label, treatment.side?.rawValue ?? "",
        ReportPhrases.afterSurgery(entry), ReportPhrases.details(treatment),
      ]
    }
    return "## Timeline\n\n"
      + Self.table(header: ["Date", "Treatment", "Side", "Timing", "Details"], rows: rows)
  }

  private func responses(_ report: Report) -> String {
    guard !report.responses.isEmpty else { return "## Did it help?\n\nNo treatments to judge.\n" }
    let rows = report.responses.map { response in
      [
        response.label, response.date.description,
        ReportPhrases.mean(response.baseline.mean, days: response.baseline.days),
        response.verdict == .pending
          ? "from \(response.followUp.from)"
          : ReportPhrases.mean(
            response.followUp.mean, days: response.followUp.days, partial: response.partial),
        ReportPhrases.change(response), ReportPhrases.verdict(response),
      ]
    }
    var text =
      "## Did it help? Pain before and after each treatment\n\n"
      + Self.table(
        header: ["Treatment", "Date", "Pain before", "Pain after", "Change", "Verdict"], rows: rows,
        rightAligned: [2, 3, 4])
    let confounded = report.responses.filter { !$0.confounders.isEmpty }
    if !confounded.isEmpty {
      text += "\nNot judged on their own (other treatments in the follow-up):\n\n"
      for response in confounded {
        let others = response.confounders.map { "\($0.label) \($0.date)" }.joined(separator: ", ")
        text += "- " + Self.escape("\(response.label) \(response.date): \(others)") + "\n"
      }
    }
    text += "\n" + Self.escape(ReportPhrases.windows(report) + " " + ReportPhrases.method) + "\n"
    return text
  }

  private func weeklyChart(_ report: Report) -> String? {
    guard let chart = ReportPhrases.weeklyChart(report) else { return nil }
    var rows: [[String]] = []
    if let baseline = chart.baseline, let mean = baseline.mean {
      rows.append([
        "before", baseline.from.description, Rounding.oneDecimal(mean), ReportPhrases.daysText(baseline.days),
        Self.bar(mean),
      ])
    }
    for week in chart.weeks {
      rows.append([
        "week \(week.week ?? 0)", week.from.description, week.mean.map(Rounding.oneDecimal) ?? "no data",
        ReportPhrases.weekDays(week), week.mean.map(Self.bar) ?? "",
      ])
    }
    return "## Pain since \(Self.escape(chart.surgery.label)) (\(chart.surgery.date))\n\n"
      + "Weekly mean of the daily highest score (0-10)"
      + (chart.omitted > 0 ? ", the latest \(chart.weeks.count) weeks" : "") + ".\n\n"
      + Self.table(header: ["Week", "From", "Mean", "Data", "0-10"], rows: rows, rightAligned: [2], raw: [4])
  }

  private func monthly(_ report: Report) -> String? {
    let months = report.pain.monthly
    guard months.count > 1, let first = months.first?.month, let last = months.last?.month else {
      return nil
    }
    let levels = Array("▁▂▃▄▅▆▇█")
    let spark = String(
      months.map { month -> Character in
        guard let mean = month.mean else { return "·" }
        return levels[min(levels.count - 1, max(0, Int((mean / 10 * Double(levels.count - 1)).rounded())))]
      })
    var text = "## Pain by month\n\n\(first) `\(spark)` \(last) (mean of the daily highest score, 0-10"
    text += "; `·` is a month without data)"
    let means = months.compactMap(\.mean)
    if let low = means.min(), let high = means.max() {
      text += ": lowest \(Rounding.oneDecimal(low)), highest \(Rounding.oneDecimal(high))"
    }
    return text + ".\n"
  }

  private func symptoms(_ report: Report) -> String {
    let rows = report.symptoms.map { summary in
      [
        ReportPhrases.symptom(summary.kind) + (summary.highlight ? " (stands apart)" : ""),
        summary.firstSeen?.description ?? "", summary.lastSeen?.description ?? "",
        String(summary.total.episodes), summary.total.perDay.map(Rounding.oneDecimal) ?? "",
      ]
    }
    var text =
      "## Symptoms\n\nEpisodes per day with any diary entry.\n\n"
      + Self.table(
        header: ["Symptom", "First seen", "Last seen", "Episodes", "Per day"], rows: rows,
        rightAligned: [3, 4])
    var around: [[String]] = []
    for summary in report.symptoms {
      for comparison in summary.aroundSurgeries where ReportPhrases.shows(comparison) {
        around.append([
          ReportPhrases.symptom(summary.kind), "\(comparison.surgery.label) \(comparison.surgery.date)",
          ReportPhrases.rate(comparison.baseline),
          ReportPhrases.rate(comparison.followUp, partial: comparison.partial),
        ])
      }
    }
    if !around.isEmpty {
      text += "\n" + Self.table(header: ["Symptom", "Surgery", "Before", "After"], rows: around)
      text +=
        "\nBefore and after use the pain windows: days \(report.windows.baseline) and each surgery's"
        + " follow-up.\n"
    }
    if report.symptoms.contains(where: \.highlight) {
      text += "\n**Numbness is listed on its own and never mixed into pain.**\n"
    }
    return text
  }

  private func aids(_ report: Report) -> String {
    let rows = report.aids.map { aid in
      [
        ReportPhrases.aid(aid.aid), aid.from.description, aid.to?.description ?? "still using",
        String(aid.days), aid.weightBearing?.label ?? "",
      ]
    }
    var text =
      "## Walking aids\n\n"
      + Self.table(header: ["Aid", "From", "To", "Days", "Weight bearing"], rows: rows, rightAligned: [3])
    if let crutches = ReportPhrases.crutchDays(report) { text += "\n" + Self.escape(crutches) + "\n" }
    return text
  }

  // MARK: Pieces

  /// A pipe table; cells are escaped unless their column is listed in `raw`.
  static func table(
    header: [String], rows: [[String]], rightAligned: Set<Int> = [], raw: Set<Int> = []
  ) -> String {
    let rule = header.indices.map { rightAligned.contains($0) ? "---:" : "---" }
    let lines =
      ["| " + header.joined(separator: " | ") + " |", "| " + rule.joined(separator: " | ") + " |"]
      + rows.map { row in
        "| "
          + row.enumerated().map { index, cell in raw.contains(index) ? cell : escape(cell) }
          .joined(separator: " | ") + " |"
      }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A 0-10 value as a bar of block characters in a code span.
  static func bar(_ value: Double) -> String {
    let eighths = Int((min(max(value, 0), 10) / 10 * 160).rounded())
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    let bar = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    return bar.isEmpty ? "" : "`\(bar)`"
  }

  /// Backslash-escapes the characters Markdown would read as markup, and turns line breaks and other
  /// control characters into spaces so a multi-line note stays in its table cell.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "{", "}", "!", "~":
        escaped += "\\" + String(character)
      case _ where character.unicodeScalars.contains { $0.properties.generalCategory == .control }:
        // Line breaks would end a table row, and other control characters show as garbage.
        escaped += " "
      default:
        escaped.append(character)
      }
    }
    return escaped
  }
}
