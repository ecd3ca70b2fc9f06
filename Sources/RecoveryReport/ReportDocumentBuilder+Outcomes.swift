import RecoveryModel

/// The questionnaire and milestone sections, and their lines at a glance.
extension ReportDocumentBuilder {
  /// Each questionnaire: its scores with their day after the surgery each belongs to, a chart of them
  /// with the surgeries marked, and the change after each surgery against the instrument's threshold.
  func questionnaires() -> Section? {
    guard !report.scores.isEmpty else { return nil }
    var blocks: [Block] = []
    for summary in report.scores {
      blocks.append(
        .paragraph(Paragraph([Span(ReportPhrases.instrumentHeading(summary.instrument), emphasis: .strong)])))
      if !summary.scores.isEmpty {
        var columns = [Column("Date"), Column("Score", alignment: .trailing)]
        let counted = summary.scores.map { $0.surgery?.surgery }
        let named = Set(counted.compactMap { $0?.uid })
        // One surgery for every score names it in the heading; several, in each cell.
        let single = named.count == 1 ? counted.compactMap { $0 }.first : nil
        if !named.isEmpty { columns.append(Column(single.map { "After \($0.label)" } ?? "After surgery")) }
        let rows = zip(summary.scores, counted).map { score, surgery in
          var cells: [Cell] = [
            Cell(.day(score.date)),
            Cell(
              .number(Number(score.value, decimals: Self.decimals(summary.instrument))),
              note: summary.instrument == .hoosJR ? score.raw.map { "raw \($0)" } : nil),
          ]
          if !named.isEmpty {
            cells.append(
              .text(
                surgery.map { ReportPhrases.dayAfter(score.date, surgery: $0, named: single == nil) } ?? ""))
          }
          return Row(cells)
        }
        blocks.append(.table(Table(columns: columns, rows: rows)))
        if let chart = scoreChart(summary) { blocks.append(.chart(chart)) }
      }
      if !summary.changes.isEmpty {
        let decimals = Self.decimals(summary.instrument)
        let rows = summary.changes.map { change in
          Row([
            .text("\(change.surgery.label) \(change.surgery.date)"),
            Cell(
              .number(Number(change.baseline.value, decimals: decimals)),
              note: change.baseline.date.description),
            Cell(
              .number(Number(change.latest.value, decimals: decimals)), note: change.latest.date.description),
            .text(Rounding.change(change.change, decimals: decimals, threshold: change.threshold)),
            .text("\(Rounding.whole(change.threshold)) (\(change.thresholdKind.abbreviation))"),
            .text(ReportPhrases.reached(change)),
          ])
        }
        blocks.append(
          .table(
            Table(
              columns: [
                Column("Surgery"), Column("Before", alignment: .trailing),
                Column("Latest", alignment: .trailing),
                Column("Change", alignment: .trailing), Column("Threshold", alignment: .trailing),
                Column("Reached"),
              ], rows: rows)))
      }
    }
    if report.scores.contains(where: { !$0.changes.isEmpty }) {
      blocks.append(.paragraph(Paragraph(ReportPhrases.scoreChanges, role: .note)))
    }
    return Section(id: .questionnaires, title: "Questionnaires", blocks: blocks)
  }

  /// Per surgery, each milestone reached or targeted: the day reached, the target day, and how far
  /// ahead or behind; one not yet reached shows its days so far and whether it is overdue. Targets
  /// whose surgery was removed are named apart.
  func milestones() -> Section? {
    guard !report.milestones.isEmpty || !report.orphanedTargets.isEmpty else { return nil }
    var blocks: [Block] = []
    for surgery in report.milestones {
      blocks.append(
        .paragraph(Paragraph([Span(ReportPhrases.afterSurgery(surgery.surgery), emphasis: .strong)])))
      let rows = surgery.milestones.map { milestone in
        Row([
          .text(ReportPhrases.milestone(milestone.kind)),
          reached(milestone, in: surgery),
          .text(milestone.target.map { "day \($0)" } ?? ""),
          .text(ReportPhrases.againstTarget(milestone, in: surgery, asOf: report.asOf)),
        ])
      }
      blocks.append(
        .table(
          Table(
            columns: [Column("Milestone"), Column("Reached"), Column("Target"), Column("Against target")],
            rows: rows)))
    }
    if !report.orphanedTargets.isEmpty {
      blocks.append(
        .paragraph(
          Paragraph(
            ReportPhrases.orphanedTargets(report.orphanedTargets), role: .alert)))
    }
    return Section(id: .milestones, title: "Milestones", blocks: blocks)
  }

  /// When a milestone was reached: "day 14" noted with its date; "day 28 so far" until it is; or that
  /// no crutch period was logged, for off crutches the diary cannot date.
  func reached(_ milestone: SurgeryMilestones.Milestone, in surgery: SurgeryMilestones) -> Cell {
    if milestone.unknown { return .text(ReportPhrases.unknownOffCrutches) }
    guard let day = milestone.day, let date = milestone.date else {
      return .text(ReportPhrases.notReached(surgery, asOf: report.asOf))
    }
    return Cell(.text("day \(day)"), note: date.description)
  }

  /// The latest surgery's questionnaire changes and its milestones with a target.
  func outcomesAtAGlance() -> [Paragraph] {
    guard let latest = report.latestSurgery?.surgery else { return [] }
    var items: [Paragraph] = []
    for summary in report.scores {
      guard let change = summary.changes.last(where: { $0.surgery.uid == latest.uid }) else { continue }
      items.append(Paragraph(ReportPhrases.scoreChange(summary.instrument, change)))
    }
    if let surgery = report.milestones.last(where: { $0.surgery.uid == latest.uid }) {
      let targeted = surgery.milestones.filter { $0.target != nil }
      if !targeted.isEmpty {
        items.append(
          Paragraph(
            "Milestones after \(latest.label): "
              + targeted.map { ReportPhrases.milestoneAtAGlance($0, in: surgery, asOf: report.asOf) }
              .joined(separator: "; ") + "."))
      }
    }
    return items
  }

  /// A questionnaire's scores over the days from the first score's month to the report's last day,
  /// the surgeries in those days marked; nil without a score.
  func scoreChart(_ summary: ScoreSummary) -> Chart? {
    guard let first = summary.scores.first?.date else { return nil }
    let through = min(report.until ?? report.asOf, report.asOf)
    let from = first.firstOfMonth
    let points = summary.scores.map { score in
      Chart.Point(
        label: score.date.description, from: score.date, through: score.date, value: score.value,
        detail: Rounding.decimal(score.value, places: Self.decimals(summary.instrument)))
    }
    let range = summary.instrument.scoreRange
    return Chart(
      title:
        "\(Self.scoresName(summary.label)) from \(from) to \(through), \(Rounding.whole(range.lowerBound)) to"
        + " \(Rounding.whole(range.upperBound))",
      caption: "\(summary.label) on each day it was recorded, \(ReportPhrases.scale(summary.instrument)).",
      axis: .days(from: from, through: through), maximum: range.upperBound,
      series: [Chart.Series(name: Self.scoreName(summary.label), style: .line, points: points)],
      markers: markers(from: from, through: through).filter { $0.category == .surgery })
  }

  /// Decimals a score shows with: the Oxford total is whole, the others one decimal.
  static func decimals(_ instrument: Instrument) -> Int {
    instrument == .oxford ? 0 : 1
  }

  /// "HOOS JR score", but "Oxford Hip Score" for a questionnaire whose name says score already.
  static func scoreName(_ label: String) -> String {
    label.hasSuffix("Score") ? label : label + " score"
  }

  /// "HOOS JR scores", "Oxford Hip Scores".
  static func scoresName(_ label: String) -> String {
    label.hasSuffix("Score") ? label + "s" : label + " scores"
  }
}
