import RecoveryModel

/// Builds a ``ReportDocument`` from a report, one section at a time. Every section's wording and
/// layout is decided here, once, for all formats.
struct ReportDocumentBuilder {
  typealias Block = ReportDocument.Block
  typealias Cell = ReportDocument.Cell
  typealias Chart = ReportDocument.Chart
  typealias Column = ReportDocument.Table.Column
  typealias Number = ReportDocument.Number
  typealias Paragraph = ReportDocument.Paragraph
  typealias Row = ReportDocument.Table.Row
  typealias Section = ReportDocument.Section
  typealias Span = ReportDocument.Paragraph.Span
  typealias Table = ReportDocument.Table

  /// The most weeks the weekly chart shows; a surgery years ago would otherwise fill pages with bars.
  static let chartWeeks = 26

  /// The report laid out.
  var report: Report

  /// The whole document.
  func document() -> ReportDocument {
    guard !report.isEmpty else {
      return ReportDocument(
        title: ReportPhrases.title(report), summary: [Paragraph(ReportPhrases.nothingLogged(report))],
        sections: [], footer: ReportMethod.disclaimer)
    }
    let sections = [
      glance(), timeline(), responses(), weeklyPain(), painByMonth(), whereItHurts(), questionnaires(),
      milestones(), symptoms(), walkingAids(), medications(), method(),
    ]
    return ReportDocument(
      title: ReportPhrases.title(report), summary: summary(), sections: sections.compactMap { $0 },
      footer: ReportMethod.disclaimer)
  }

  // MARK: Sections

  func summary() -> [Paragraph] {
    var lines = [Paragraph(ReportPhrases.asOfLine(report))]
    if let earlier = ReportPhrases.earlierSurgeries(report) { lines.append(Paragraph(earlier)) }
    if let shown = ReportPhrases.shown(report) { lines.append(Paragraph(shown, role: .note)) }
    lines.append(Paragraph("Pain counted: \(ReportPhrases.painCounted(report.painFilter))", role: .note))
    return lines
  }

  func glance() -> Section? {
    let judged = report.responses.filter { !$0.filteredOut }
    var items: [Paragraph] = ReportPhrases.verdictOrder.compactMap { verdict in
      let matching = judged.filter { $0.verdict == verdict }
      guard !matching.isEmpty else { return nil }
      return Paragraph([
        Span(ReportPhrases.capitalized(verdict.label) + ":", emphasis: .verdict(verdict)),
        Span(
          " "
            + matching.map {
              ReportPhrases.glanceItem($0, sided: ReportPhrases.needsSide($0, among: report.responses))
            }.joined(separator: "; ")),
      ])
    }
    let filteredOut = report.responses.filter(\.filteredOut)
    if !filteredOut.isEmpty {
      items.append(
        Paragraph(
          ReportPhrases.notJudgedUnderFilter(report.painFilter) + ": "
            + filteredOut.map {
              ReportPhrases.dated($0, sided: ReportPhrases.needsSide($0, among: report.responses))
            }.joined(separator: "; ")))
    }
    if let latest = report.latestSurgery {
      for summary in report.symptoms {
        guard
          let comparison = summary.aroundSurgeries.last(where: { $0.surgery.uid == latest.surgery.uid }),
          Self.shows(comparison), let after = comparison.followUp
        else { continue }
        items.append(Paragraph(ReportPhrases.symptomAroundSurgery(summary.kind, comparison, after: after)))
      }
    }
    if let crutches = ReportPhrases.crutchDays(report) { items.append(Paragraph(crutches)) }
    items += outcomesAtAGlance()
    guard !items.isEmpty else { return nil }
    return Section(id: .glance, title: "At a glance", blocks: [.list(items)])
  }

  func timeline() -> Section {
    guard !report.treatments.isEmpty else {
      return Section(
        id: .timeline, title: "Timeline", blocks: [.paragraph(Paragraph(ReportPhrases.noTreatments(report)))])
    }
    let rows = report.treatments.map { entry in
      let treatment = entry.treatment
      return Row([
        Cell(.day(treatment.day)), .text(treatment.label), .text(treatment.side?.rawValue ?? ""),
        .text(ReportPhrases.afterSurgeries(entry)), .text(ReportPhrases.details(treatment)),
      ])
    }
    let table = Table(
      columns: [Column("Date"), Column("Treatment"), Column("Side"), Column("Timing"), Column("Details")],
      rows: rows)
    var blocks: [Block] = [.table(table)]
    // Notes are free text of any length: listed under the table, they leave its columns narrow.
    let notes = report.treatments.compactMap { entry -> Paragraph? in
      guard let note = entry.treatment.note, !note.isEmpty else { return nil }
      return Paragraph("\(entry.treatment.day) \(entry.treatment.label): \(note)")
    }
    if !notes.isEmpty {
      blocks.append(.paragraph(Paragraph("Notes:", role: .note)))
      blocks.append(.list(notes))
    }
    return Section(id: .timeline, title: "Timeline", blocks: blocks)
  }

  /// The responses table and the treatments not judged on their own: every number and word about a
  /// treatment's response is laid out here.
  func responses() -> Section {
    let title = "Did it help? Pain before and after each treatment"
    guard !report.responses.isEmpty else {
      return Section(id: .responses, title: title, blocks: [.paragraph(Paragraph("No treatments to judge."))])
    }
    let rows = report.responses.flatMap { response in
      [row(response)] + response.earlierRounds.map(Self.row)
    }
    let table = Table(
      columns: [
        Column("Treatment"), Column("Date"), Column("Pain before", alignment: .trailing),
        Column("Pain after", alignment: .trailing), Column("Change", alignment: .trailing),
        Column("Effect (95% interval)", alignment: .trailing), Column("Verdict"),
      ], rows: rows)
    var blocks: [Block] = [.table(table)]
    let sentences = report.responses.filter { !$0.filteredOut }.compactMap {
      ReportPhrases.effectSentence($0, sided: ReportPhrases.needsSide($0, among: report.responses))
    }
    if !sentences.isEmpty {
      blocks.append(.paragraph(Paragraph(ReportPhrases.effectsHeading)))
      blocks.append(.list(sentences.map { Paragraph($0) }))
    }
    // A treatment the filter leaves out is not judged at all, so nothing is in its way.
    let confounded = report.responses.filter { $0.isConfounded && !$0.filteredOut }
    if !confounded.isEmpty {
      let painkillers = confounded.contains { !$0.coInterventions.isEmpty }
      blocks.append(
        .paragraph(
          Paragraph(
            (painkillers
              ? ReportPhrases.notJudgedOnTheirOwnWithPainkillers : ReportPhrases.notJudgedOnTheirOwn)
              + ":")))
      blocks.append(
        .list(
          confounded.map {
            Paragraph(
              ReportPhrases.confounders($0, sided: ReportPhrases.needsSide($0, among: report.responses)))
          }))
    }
    return Section(id: .responses, title: title, blocks: blocks)
  }

  func weeklyPain() -> Section? {
    guard let latest = report.latestSurgery,
      let series = report.pain.weekly.last(where: { $0.surgery.uid == latest.surgery.uid }),
      !series.weeks.isEmpty
    else { return nil }
    let response = report.responses.first { $0.treatments.contains { $0.uid == latest.surgery.uid } }
    let baseline = response.flatMap { $0.baseline.mean == nil ? nil : $0.baseline }
    let omitted = max(0, series.weeks.count - Self.chartWeeks)
    let weeks = series.weeks.dropFirst(omitted)
    var points: [Chart.Point] = []
    if let baseline {
      points.append(
        Chart.Point(
          label: "before", tick: "pre", from: baseline.from, through: baseline.to ?? baseline.plannedTo,
          value: baseline.mean,
          detail: ReportPhrases.days(baseline.days), reference: true))
    }
    for week in weeks {
      let number = week.week ?? 0
      points.append(
        Chart.Point(
          label: "week \(number)", tick: "\(number)", from: week.from, through: week.to, value: week.mean,
          detail: ReportPhrases.days(week.days, soFar: week.partial)))
    }
    var caption = "Weekly mean of the daily highest score (0-10); week 1 is days 0-6 after the operation"
    if baseline != nil { caption += "; before (pre) is days \(report.windows.baseline) before it" }
    if let side = ReportPhrases.oneSide(latest.surgery.side) {
      caption += "; \(side) pain, with pain on both sides or no side, as its verdict counts it"
    }
    if omitted > 0 { caption += "; the latest \(weeks.count) weeks" }
    let chart = Chart(
      title: "Weekly mean pain since \(latest.surgery.label)", caption: caption + ".", axis: .categories,
      maximum: 10, series: [Chart.Series(name: "weekly mean", style: .bars, points: points)])
    return Section(
      id: .weeklyPain, title: "Pain since \(latest.surgery.label) (\(latest.surgery.date))",
      blocks: [.chart(chart)])
  }

  func painByMonth() -> Section? {
    let means = report.pain.monthly.compactMap(\.mean)
    guard let axis = timeAxis, let low = means.min(), let high = means.max() else { return nil }
    let daily = report.pain.daily.map { day in
      Chart.Point(
        label: day.date.description, from: day.date, through: day.date, value: Double(day.score))
    }
    let monthly = report.pain.monthly.map { month in
      Chart.Point(
        label: month.month ?? month.from.description, from: month.from, through: month.to, value: month.mean,
        detail: ReportPhrases.days(month.days, soFar: month.partial))
    }
    let chart = Chart(
      title: "Daily pain from \(axis.from) to \(axis.through), 0 to 10",
      caption: "Mean of the daily highest score by month, 0-10; a gap is a month without data.",
      axis: .days(from: axis.from, through: axis.through), maximum: 10,
      series: [
        Chart.Series(name: "daily highest score", style: .dots, points: daily),
        Chart.Series(name: "monthly mean", style: .steps, points: monthly),
      ], markers: markers(from: axis.from, through: axis.through), bands: bands(through: axis.through))
    let range = Paragraph(
      "Lowest month \(Rounding.oneDecimal(low)), highest \(Rounding.oneDecimal(high)).", role: .note)
    return Section(id: .painByMonth, title: "Pain by month", blocks: [.chart(chart), .paragraph(range)])
  }

  func symptoms() -> Section? {
    guard !report.symptoms.isEmpty else { return nil }
    var blocks: [Block] = []
    if report.symptoms.contains(where: \.highlight) {
      blocks.append(.paragraph(Paragraph(ReportPhrases.numbness, role: .alert)))
    }
    blocks.append(.paragraph(Paragraph("Episodes per day with any diary entry.", role: .note)))
    let totals = report.symptoms.map { summary in
      Row(
        [
          .text(summary.kind.label, note: summary.highlight ? "stands apart" : nil),
          summary.firstSeen.map { Cell(.day($0)) } ?? Cell(.empty),
          summary.lastSeen.map { Cell(.day($0)) } ?? Cell(.empty), Cell(.integer(summary.total.episodes)),
          summary.total.perDay.map { Cell(.number(Number($0))) } ?? Cell(.empty),
        ], alert: summary.highlight)
    }
    blocks.append(
      .table(
        Table(
          columns: [
            Column("Symptom"), Column("First seen"), Column("Last seen"),
            Column("Episodes", alignment: .trailing), Column("Per day", alignment: .trailing),
          ], rows: totals)))
    if let axis = timeAxis {
      for summary in report.symptoms where summary.total.episodes > 0 {
        blocks.append(.chart(symptomChart(summary, from: axis.from, through: axis.through)))
      }
    }
    var around: [Row] = []
    for summary in report.symptoms {
      for comparison in summary.aroundSurgeries where Self.shows(comparison) {
        around.append(
          Row([
            .text(summary.kind.label), .text("\(comparison.surgery.label) \(comparison.surgery.date)"),
            Self.rate(comparison.baseline, partial: false),
            Self.rate(comparison.followUp, partial: comparison.partial),
          ]))
      }
    }
    if !around.isEmpty {
      blocks.append(
        .table(
          Table(
            columns: [
              Column("Symptom"), Column("Surgery"), Column("Before", alignment: .trailing),
              Column("After", alignment: .trailing),
            ], rows: around)))
      blocks.append(
        .paragraph(
          Paragraph(
            "Before and after each surgery, in the pain windows: days \(report.windows.baseline) before and"
              + " each surgery's follow-up after.", role: .note)))
    }
    return Section(id: .symptoms, title: "Symptoms", blocks: blocks)
  }

  func walkingAids() -> Section? {
    guard !report.aids.isEmpty else { return nil }
    let rows = report.aids.map { aid in
      Row([
        .text(aid.aid.label), Cell(.day(aid.from)), aid.to.map { Cell(.day($0)) } ?? .text("still using"),
        Cell(.integer(aid.days), note: aid.isOpen ? "so far" : nil), .text(aid.weightBearing?.label ?? ""),
      ])
    }
    var blocks: [Block] = [
      .table(
        Table(
          columns: [
            Column("Aid"), Column("From"), Column("To"), Column("Days", alignment: .trailing),
            Column("Weight bearing"),
          ], rows: rows))
    ]
    if let crutches = ReportPhrases.crutchDays(report) { blocks.append(.paragraph(Paragraph(crutches))) }
    return Section(id: .walkingAids, title: "Walking aids", blocks: blocks)
  }

  func medications() -> Section? {
    let summary = report.medications
    guard !summary.isEmpty || !summary.opioidFree.isEmpty else { return nil }
    var blocks: [Block] = []
    if !summary.classes.isEmpty {
      let rows = summary.classes.map { use in
        Row([
          .text(ReportPhrases.drugClass(use.drugClass)),
          .text(use.drugs.map(\.rawValue).joined(separator: ", ")),
          Cell(.day(use.first)), Cell(.day(use.last)), Cell(.integer(use.days)),
        ])
      }
      blocks.append(
        .table(
          Table(
            columns: [
              Column("Class"), Column("Drugs"), Column("First day"), Column("Last day"),
              Column("Days", alignment: .trailing),
            ], rows: rows)))
    }
    if !summary.dailyMME.isEmpty {
      blocks.append(.paragraph(Paragraph(ReportPhrases.dailyMME(summary.dailyMME))))
    }
    if let axis = timeAxis, !summary.classes.isEmpty {
      blocks.append(.chart(medicationChart(summary, from: axis.from, through: axis.through)))
    }
    if !summary.opioidFree.isEmpty {
      blocks.append(.list(summary.opioidFree.map { Paragraph(ReportPhrases.opioidFree($0)) }))
    }
    blocks.append(.paragraph(Paragraph(ReportMethod.medications, role: .note)))
    return Section(id: .medications, title: "Medications", blocks: blocks)
  }

  func method() -> Section {
    var text = ReportMethod.rules(report.windows)
    if !report.responses.isEmpty { text = ReportPhrases.windows(report) + " " + text }
    if !report.scores.isEmpty { text += " " + ReportMethod.questionnaires }
    if !report.milestones.isEmpty { text += " " + ReportMethod.milestones }
    return Section(
      id: .method, title: "How the numbers are made", blocks: [.paragraph(Paragraph(text, role: .note))])
  }

  // MARK: Pieces

  /// A response's row: its name (with its side when another response on the same day has the same
  /// name), its day or a course's first to last day, its windows, change and verdict. A row without figures (pending, insufficient
  /// data) shows the days with data and no change; a treatment the pain filter leaves out, only that
  /// it is not judged; a confounded verdict, that another treatment is in the way.
  func row(_ response: TreatmentResponse) -> Row {
    let sided = ReportPhrases.needsSide(response, among: report.responses)
    let date = response.isCourse ? .text(ReportPhrases.span(response)) : Cell(.day(response.date))
    let name: [Cell] = [.text(ReportPhrases.name(response, sided: sided)), date]
    guard !response.filteredOut else {
      return Row(
        name + [
          Cell(.empty), Cell(.empty), Cell(.empty), Cell(.empty), .text(ReportPhrases.notJudgedUnderFilter),
        ])
    }
    let figures = response.showsFigures
    let shown = Self.shownMeans(response)
    let after =
      response.verdict == .pending
      ? .text("from \(response.followUp.from)")
      : Self.mean(response.followUp, partial: response.partial, figures: figures, shown: shown?.followUp)
    return Row(
      name + [
        Self.mean(response.baseline, partial: false, figures: figures, shown: shown?.baseline), after,
        Self.change(response.change, percent: response.percentChange, shown: figures),
        .text(ReportPhrases.effectCell(response)),
        Cell(
          .verdict(response.verdict, partial: response.partial),
          note: response.isConfounded ? ReportPhrases.inTheWayNote(response) : nil),
      ])
  }

  /// An earlier round's row under its course: its follow-up up to the next round against the course's
  /// baseline, and an interim verdict.
  static func row(_ round: TreatmentResponse.Round) -> Row {
    Row([
      .text(ReportPhrases.round(round)), Cell(.empty), Cell(.empty),
      mean(round.followUp, partial: false, figures: round.showsFigures),
      change(round.change, percent: round.percentChange, shown: round.showsFigures),
      .text(round.showsFigures ? round.effect.map(Rounding.effect(of:)) ?? "" : ""),
      Cell(.verdict(round.verdict, partial: false), note: "interim"),
    ])
  }

  /// A window's mean with its days: "5.6" noted "13 days", or "no data" ("no data yet" while running).
  /// Without `figures` only the days with data: "2 days with data".
  static func mean(
    _ window: TreatmentResponse.Window, partial: Bool, figures: Bool = true,
    shown: (value: Double, decimals: Int)? = nil
  ) -> Cell {
    guard figures, let mean = window.mean else {
      return .text(ReportPhrases.daysWithData(window.days, soFar: partial))
    }
    let number = shown.map { Number($0.value, decimals: $0.decimals) } ?? Number(mean, decimals: 1)
    return Cell(.number(number), note: ReportPhrases.days(window.days, soFar: partial))
  }

  /// A response's two means as shown (see `Rounding.shownMeans`), so they never read as a change its
  /// verdict does not state; nil unless both windows have a mean.
  static func shownMeans(
    _ response: TreatmentResponse
  ) -> (baseline: (value: Double, decimals: Int), followUp: (value: Double, decimals: Int))? {
    guard let before = response.baseline.mean, let after = response.followUp.mean else { return nil }
    let shown = Rounding.shownMeans(baseline: before, followUp: after)
    return ((shown.baseline, shown.decimals), (shown.followUp, shown.decimals))
  }

  /// Episodes per diary day: "2.8/day" noted "12 days", or "no entries", or "not begun".
  static func rate(_ rate: SymptomSummary.Rate?, partial: Bool) -> Cell {
    guard let rate, let perDay = rate.perDay else { return .text(ReportPhrases.rate(rate)) }
    return Cell(
      .number(Number(perDay, unit: "/day")), note: ReportPhrases.days(rate.diaryDays, soFar: partial))
  }

  /// The change in points, noted with the change in percent when there is one, both as `Rounding`
  /// shows changes ("-1.95", "-29.6%"); empty when there is none or it is not `shown`.
  static func change(_ points: Double?, percent: Double?, shown: Bool) -> Cell {
    guard shown, let points, points.isFinite else { return Cell(.empty) }
    let percent = percent.flatMap { $0.isFinite ? Number($0, decimals: 0, signed: true, unit: "%") : nil }
    return Cell(.number(Number(points, signed: true)), note: percent?.formatted)
  }

  /// Whether a before/after comparison has anything to show: an episode on either side.
  static func shows(_ comparison: SymptomSummary.AroundSurgery) -> Bool {
    comparison.baseline.episodes > 0 || (comparison.followUp?.episodes ?? 0) > 0
  }

  /// The days every time chart spans: from the first month with an entry to the last day shown, or
  /// nil when nothing was logged in the range.
  var timeAxis: (from: CalendarDay, through: CalendarDay)? {
    let last = min(report.until ?? report.asOf, report.asOf)
    let firsts =
      [report.pain.daily.first?.date, report.treatments.first?.treatment.day, report.aids.first?.from]
      + report.symptoms.map { $0.daily.first?.date }
    guard let first = firsts.compactMap({ $0 }).min(), first <= last else { return nil }
    return (max(first, report.since ?? first).firstOfMonth, last)
  }

  /// The treatments on the chart's days, numbered in timeline order.
  func markers(from: CalendarDay, through: CalendarDay) -> [Chart.Marker] {
    report.treatments.enumerated().compactMap { index, entry in
      let treatment = entry.treatment
      guard treatment.day >= from, treatment.day <= through else { return nil }
      let side = treatment.side.map { " (\($0.rawValue))" } ?? ""
      return Chart.Marker(
        number: index + 1, day: treatment.day, label: "\(treatment.day) \(treatment.label)\(side)",
        category: treatment.category)
    }
  }

  /// The walking-aid periods, an open one running to the day after the chart's end.
  func bands(through: CalendarDay) -> [Chart.Band] {
    report.aids.map { aid in
      Chart.Band(
        from: aid.from, until: aid.to ?? max(aid.from, through.adding(days: 1)),
        label: ReportPhrases.aidPeriod(aid), kind: .walkingAid(aid.aid))
    }
  }

  /// The daily opioid load as a bar a day, with the treatments marked, and under it a strip for
  /// each drug class across the days it was taken.
  func medicationChart(_ summary: MedicationSummary, from: CalendarDay, through: CalendarDay) -> Chart {
    let peak = summary.dailyMME.map(\.mme).max() ?? 0
    // A top in twenties up to 200, then in hundreds, so the grid's four steps fall on round numbers.
    let step = peak > 200 ? 100.0 : 20.0
    let points = summary.dailyMME.map { day in
      Chart.Point(
        label: day.day.description, from: day.day, through: day.day, value: day.mme,
        detail: "\(Rounding.decimal(day.mme, places: 1)) MME")
    }
    let bands = summary.classes.flatMap { use in
      use.stretches.map { stretch in
        Chart.Band(
          from: stretch.from, until: stretch.through.adding(days: 1),
          label: "\(ReportPhrases.drugClass(use.drugClass)) from \(stretch.from) to \(stretch.through)"
            + " (\(ReportPhrases.days(stretch.through.days(since: stretch.from) + 1)))",
          kind: .drugClass(use.drugClass))
      }
    }
    return Chart(
      title: "Daily opioid load (estimated MME) from \(from) to \(through), and the days on each drug class",
      caption: "Estimated morphine milligram equivalents a day (CDC 2022 factors), an estimate for"
        + " describing use and never dosing advice; under the months, the days on each drug class.",
      axis: .days(from: from, through: through), maximum: max(step, (peak / step).rounded(.up) * step),
      series: summary.dailyMME.isEmpty
        ? [] : [Chart.Series(name: "daily MME", style: .spikes, points: points)],
      markers: markers(from: from, through: through), bands: bands)
  }

  /// One symptom's episodes per diary day, month by month, with the treatments marked.
  func symptomChart(_ summary: SymptomSummary, from: CalendarDay, through: CalendarDay) -> Chart {
    let peak = summary.monthly.compactMap(\.perDay).max() ?? 0
    let points = summary.monthly.map { month in
      Chart.Point(
        label: month.month ?? month.from.description, from: month.from, through: month.to,
        value: month.perDay,
        detail: "\(month.episodes) episodes, \(ReportPhrases.days(month.diaryDays)) with entries")
    }
    let name = ReportPhrases.capitalized(summary.kind.label)
    return Chart(
      title: "\(name): episodes per diary day by month",
      caption: "\(name): episodes per diary day, by month.",
      axis: .days(from: from, through: through), maximum: max(1, peak.rounded(.up)),
      series: [
        Chart.Series(name: "episodes per diary day", style: .bars, alert: summary.highlight, points: points)
      ], markers: markers(from: from, through: through))
  }
}
