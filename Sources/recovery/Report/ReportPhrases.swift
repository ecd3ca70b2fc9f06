import RecoveryModel

/// The words every report format shares, so text, Markdown and HTML say the same thing the same way.
enum ReportPhrases {
  /// The sentence every format ends with.
  static let disclaimer =
    "This report records and computes what was logged; it is not medical advice."

  /// How responses are judged, in one paragraph.
  static let method =
    "Daily pain is the highest score logged that day. Each treatment compares the mean of daily pain"
    + " before it with the mean in a follow-up window after it; injections of the same kind and side"
    + " under 8 weeks apart are judged as one course, from before the first to after the last."
    + " A drop of 2 points or 30% counts as meaningful, 50% as substantial; a rise of 2 points or 30%"
    + " as worse. Fewer than 3 days with data in either window: insufficient data."

  /// "meaningful improvement", with "(so far)" for an interim verdict.
  static func verdict(_ response: TreatmentResponse) -> String {
    response.verdict.label + (response.partial ? " (so far)" : "")
  }

  /// The report's subject line: "as of 2024-11-25, day 28 after psoas release".
  static func asOfLine(_ report: Report) -> String {
    var line = "As of \(report.asOf)"
    if let latest = report.latestSurgery {
      line += ", day \(latest.days) after \(latest.surgery.label)"
      if let side = latest.surgery.side { line += " (\(side.rawValue))" }
    }
    return line
  }

  /// Which pain counts: "all locations and sides", "groin, right side".
  static func painFilter(_ filter: PainFilter) -> String {
    switch (filter.location, filter.side) {
    case (nil, nil): "all locations and sides"
    case (let location?, nil): "\(location.label) only"
    case (nil, let side?): "\(side.rawValue) side only"
    case (let location?, let side?): "\(location.label), \(side.rawValue) side only"
    }
  }

  /// The range shown, when limited: "2024-01-01 to 2024-06-30".
  static func range(_ report: Report) -> String? {
    switch (report.since, report.until) {
    case (nil, nil): nil
    case (let since?, nil): "from \(since)"
    case (nil, let until?): "up to \(until)"
    case (let since?, let until?): "\(since) to \(until)"
    }
  }

  /// The details worth printing beside a treatment: target, guidance, agent, round, level, finding.
  static func details(_ treatment: Treatment) -> String {
    var parts: [String] = []
    if treatment.kind != .other, let name = treatment.name, !name.isEmpty { parts.append(name) }
    if let target = treatment.target { parts.append(target.label) }
    if let guidance = treatment.guidance, guidance != .none { parts.append("\(guidance.label) guided") }
    let agent = [treatment.agent, treatment.dose].compactMap { $0 }.joined(separator: " ")
    if !agent.isEmpty { parts.append(agent) }
    if let round = treatment.round { parts.append("round \(round)") }
    if let approach = treatment.approach { parts.append(approach.label) }
    if let level = treatment.level { parts.append("at the \(level.label)") }
    if let finding = treatment.finding, !finding.isEmpty { parts.append("finding: \(finding)") }
    return parts.joined(separator: ", ")
  }

  /// "day 23 after psoas release", counted from the latest earlier surgery, or "" when none.
  static func afterSurgery(_ entry: Timeline.Entry) -> String {
    guard let offset = entry.afterSurgeries.last else { return "" }
    return "day \(offset.days) after \(offset.surgery.label)"
  }

  /// A mean with its days: "5.6 (13 days)", "no data".
  static func mean(_ mean: Double?, days: Int, partial: Bool = false) -> String {
    guard let mean else { return partial ? "no data yet" : "no data" }
    return Rounding.oneDecimal(mean) + " (" + daysText(days) + (partial ? " so far" : "") + ")"
  }

  /// "1 day", "12 days".
  static func daysText(_ days: Int) -> String {
    days == 1 ? "1 day" : "\(days) days"
  }

  /// "-3.2 (-58%)", or "-3.2" without a percentage, or "" without a change.
  static func change(_ response: TreatmentResponse) -> String {
    guard let change = response.change else { return "" }
    let points = Rounding.signedOneDecimal(change)
    guard let percent = response.percentChange else { return points }
    return points + " (" + Rounding.signedPercent(percent) + ")"
  }

  /// The windows used, for the kinds in the report: "cortisone injection 7-42, psoas release 14-42".
  static func windows(_ report: Report) -> String {
    var seen: [TreatmentKind] = []
    for response in report.responses where !seen.contains(response.kind) { seen.append(response.kind) }
    let followUps = seen.map { "\($0.label) \(report.windows.followUp(for: $0))" }
    return "Before: days \(report.windows.baseline) from the (first) treatment. After, in days from the"
      + " (last) treatment: " + followUps.joined(separator: ", ") + "."
  }

  /// The verdict groups in the order a reader wants them: what helped, what made things worse, what
  /// changed nothing, and what cannot be judged yet.
  static let verdictOrder: [Verdict] = [
    .substantialImprovement, .meaningfulImprovement, .worse, .noMeaningfulChange, .insufficientData, .pending,
  ]

  /// One line per verdict for the "at a glance" summary, such as
  /// "No meaningful change: cortisone injection (2023-06-05), PRP injection (2023-11-20)".
  static func glance(_ report: Report) -> [(verdict: Verdict, text: String)] {
    verdictOrder.compactMap { verdict in
      let matching = report.responses.filter { $0.verdict == verdict }
      guard !matching.isEmpty else { return nil }
      let items = matching.map { response in
        var item = dated(response)
        if verdict.isImprovement || verdict == .worse, let before = response.baseline.mean,
          let after = response.followUp.mean
        {
          item += ": pain \(Rounding.oneDecimal(before)) to \(Rounding.oneDecimal(after))"
          if response.partial { item += " so far" }
        }
        return item
      }
      let name = verdict.label
      return (verdict, name.prefix(1).uppercased() + name.dropFirst() + ": " + items.joined(separator: "; "))
    }
  }

  /// "cortisone injection (2023-06-05)", or "prolotherapy (3 rounds, 2024-03-04 to 2024-04-29)".
  static func dated(_ response: TreatmentResponse) -> String {
    guard response.isCourse, let name = response.treatments.first?.label else {
      return "\(response.label) (\(response.date))"
    }
    return "\(name) (\(response.treatments.count) rounds, \(response.firstDate) to \(response.date))"
  }

  /// Symptoms before and after the latest surgery, for the summary:
  /// "catching: 2.8/day before psoas release, 0.0/day after (12 days so far)".
  static func symptomsAroundLatestSurgery(_ report: Report) -> [String] {
    guard let latest = report.latestSurgery else { return [] }
    return report.symptoms.compactMap { summary in
      guard
        let comparison = summary.aroundSurgeries.last(where: { $0.surgery.uid == latest.surgery.uid }),
        shows(comparison), let after = comparison.followUp
      else { return nil }
      return "\(symptom(summary.kind)): \(rate(comparison.baseline)) before \(latest.surgery.label),"
        + " \(rate(after, partial: comparison.partial)) after"
    }
  }

  /// Whether a before/after comparison has anything to show: an episode on either side.
  static func shows(_ comparison: SymptomSummary.AroundSurgery) -> Bool {
    comparison.baseline.episodes > 0 || (comparison.followUp?.episodes ?? 0) > 0
  }

  /// Episodes per diary day: "2.8/day (12 days)", "no entries".
  static func rate(_ rate: SymptomSummary.Rate?, partial: Bool = false) -> String {
    guard let rate else { return "not begun" }
    guard let perDay = rate.perDay else { return "no entries" }
    return Rounding.oneDecimal(perDay) + "/day (" + daysText(rate.diaryDays) + (partial ? " so far" : "")
      + ")"
  }

  /// What the weekly chart shows: the latest surgery, the baseline before it when it had data, and its
  /// latest weeks.
  struct WeeklyChart {
    /// The surgery the weeks count from.
    var surgery: TreatmentReference
    /// The baseline window before it, when it had data.
    var baseline: TreatmentResponse.Window?
    /// The weeks shown, at most ``chartWeeks``.
    var weeks: [PainSummary.Period]
    /// How many earlier weeks were left out.
    var omitted: Int
  }

  /// The most weeks a chart shows; a surgery years ago would otherwise fill pages with bars.
  static let chartWeeks = 26

  /// The weekly chart of pain since the latest surgery, or nil without one.
  static func weeklyChart(_ report: Report) -> WeeklyChart? {
    guard let latest = report.latestSurgery,
      let series = report.pain.weekly.last(where: { $0.surgery.uid == latest.surgery.uid }),
      !series.weeks.isEmpty
    else { return nil }
    let response = report.responses.first { $0.treatments.contains { $0.uid == latest.surgery.uid } }
    let baseline = response.flatMap { $0.baseline.mean == nil ? nil : $0.baseline }
    let omitted = max(0, series.weeks.count - chartWeeks)
    return WeeklyChart(
      surgery: latest.surgery, baseline: baseline, weeks: Array(series.weeks.dropFirst(omitted)),
      omitted: omitted)
  }

  /// "12 days", with " so far" for a week still running.
  static func weekDays(_ week: PainSummary.Period) -> String {
    daysText(week.days) + (week.to < week.from.adding(days: 6) ? " so far" : "")
  }

  /// "two crutches", "cane".
  static func aid(_ aid: WalkingAid) -> String { aid.label }

  /// The symptom's name: "catching", "trigger point".
  static func symptom(_ kind: SymptomKind) -> String { kind.label }

  /// Crutch days after each surgery: "35 days after hip resurfacing; 14 days after psoas release".
  static func crutchDays(_ report: Report) -> String? {
    let parts = report.crutchDays.filter { $0.days > 0 }.map {
      "\(daysText($0.days)) after \($0.surgery.label) (\($0.surgery.date))"
    }
    return parts.isEmpty ? nil : "Days on crutches: " + parts.joined(separator: "; ") + "."
  }
}
