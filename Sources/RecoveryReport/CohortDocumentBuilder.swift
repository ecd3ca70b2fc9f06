import RecoveryModel

/// Builds the ``ReportDocument`` of a ``Cohort``: the counts, the verdicts of each treatment kind, the
/// changes, the breakdowns by level and target, the crutch days, the questionnaire changes after
/// surgery, and how they are counted.
///
/// Only counts, kinds and the controlled words of levels and targets appear: no name of a treatment
/// logged as `other`, no note, provider or finding. Patients are named only in the list of those
/// without entries, by the names the cohort was given (pseudonyms when anonymized).
struct CohortDocumentBuilder {
  typealias Block = ReportDocument.Block
  typealias Cell = ReportDocument.Cell
  typealias Column = ReportDocument.Table.Column
  typealias Number = ReportDocument.Number
  typealias Paragraph = ReportDocument.Paragraph
  typealias Row = ReportDocument.Table.Row
  typealias Section = ReportDocument.Section
  typealias Table = ReportDocument.Table

  /// The judged verdicts, in the order their columns and bar segments show them.
  static let judgedVerdicts: [Verdict] = [
    .substantialImprovement, .meaningfulImprovement, .noMeaningfulChange, .worse,
  ]

  /// The cohort laid out.
  var cohort: Cohort
  /// Whether to add the figures (verdict shares, crutch days) beside the tables that hold their numbers.
  var charts: Bool

  /// The whole document.
  func document() -> ReportDocument {
    let title = "Cohort report"
    guard cohort.patients > 0 else {
      return ReportDocument(
        title: title, summary: [Paragraph("No patients in this database yet.")], sections: [],
        footer: ReportMethod.disclaimer)
    }
    let sections = [verdicts(), changes(), breakdowns(), crutches(), questionnaires(), method()]
    return ReportDocument(
      title: title, summary: summary(), sections: sections.compactMap { $0 }, footer: ReportMethod.disclaimer)
  }

  // MARK: Sections

  func summary() -> [Paragraph] {
    var lines = [
      Paragraph(
        "As of \(cohort.asOf): \(Self.count(cohort.patients, "patient")),"
          + " \(cohort.patientsWithoutEntries) without entries in range")
    ]
    switch (cohort.since, cohort.until) {
    case (nil, nil): break
    case (let since?, nil): lines.append(Paragraph("Treatments from \(since)", role: .note))
    case (nil, let until?): lines.append(Paragraph("Treatments up to \(until)", role: .note))
    case (let since?, let until?):
      lines.append(Paragraph("Treatments from \(since) to \(until)", role: .note))
    }
    if let kinds = cohort.kinds {
      lines.append(Paragraph("Kinds: " + ReportPhrases.series(kinds.map(\.label)), role: .note))
    }
    if !cohort.withoutEntries.isEmpty {
      lines.append(
        Paragraph("Without entries in range: " + cohort.withoutEntries.joined(separator: ", "), role: .note))
    }
    return lines
  }

  func verdicts() -> Section {
    let title = "What helped: verdicts by treatment"
    guard !cohort.treatments.isEmpty else {
      return Section(
        id: .cohortVerdicts, title: title, blocks: [.paragraph(Paragraph("No treatments to judge."))])
    }
    var blocks: [Block] = []
    if charts, let chart = verdictChart() { blocks.append(chart) }
    let rows = cohort.treatments.map { treatment in
      let outcome = treatment.outcome
      return Row(
        [
          .text(ReportPhrases.capitalized(treatment.kind.label)), Cell(.integer(outcome.patients)),
          Cell(.integer(outcome.responses)),
        ]
          + Self.judgedVerdicts.map { Self.share(outcome, $0) }
          + [Cell(.integer(outcome.count(.pending))), Cell(.integer(outcome.count(.insufficientData)))])
    }
    let columns =
      [
        Column("Treatment"), Column("Patients", alignment: .trailing),
        Column("Responses", alignment: .trailing),
      ]
      + ["Substantial", "Meaningful", "No change", "Worse", "Pending", "Too few days"].map {
        Column($0, alignment: .trailing)
      }
    return Section(
      id: .cohortVerdicts, title: title,
      blocks: blocks + [
        .table(Table(columns: columns, rows: rows)),
        .paragraph(
          Paragraph(
            "Substantial and meaningful improvement, no meaningful change and worse, with their share of the"
              + " judged responses; pending and too few days with data are counted apart.", role: .note)),
      ])
  }

  func changes() -> Section? {
    guard !cohort.treatments.isEmpty else { return nil }
    let rows = cohort.treatments.map { treatment in
      Row(
        [.text(ReportPhrases.capitalized(treatment.kind.label)), Cell(.integer(treatment.outcome.judged))]
          + Self.changeCells(treatment.outcome))
    }
    return Section(
      id: .cohortChange, title: "How much pain changed",
      blocks: [
        .table(
          Table(
            columns: [Column("Treatment"), Column("Judged", alignment: .trailing)] + Self.changeColumns,
            rows: rows))
      ])
  }

  /// A level or target word as the report words it: `central-compartment` → "central compartment".
  static func valueLabel(_ word: String) -> String {
    ReleaseLevel(rawValue: word)?.label ?? InjectionTarget(rawValue: word)?.label ?? word
  }

  func breakdowns() -> Section? {
    let rows = cohort.treatments.flatMap { treatment in
      (treatment.byLevel + treatment.byTarget).map { group in
        Row(
          [
            .text(ReportPhrases.capitalized(treatment.kind.label)),
            .text(group.value.map(Self.valueLabel) ?? "none given"),
            Cell(.integer(group.outcome.patients)), Cell(.integer(group.outcome.responses)),
            Self.improved(group.outcome),
          ] + Self.changeCells(group.outcome).prefix(1))
      }
    }
    guard !rows.isEmpty else { return nil }
    let columns = [
      Column("Treatment"), Column("Level or target"), Column("Patients", alignment: .trailing),
      Column("Responses", alignment: .trailing), Column("Improved", alignment: .trailing),
      Column("Median change", alignment: .trailing),
    ]
    return Section(
      id: .cohortBreakdown, title: "Psoas releases by level, injections by target",
      blocks: [
        .table(Table(columns: columns, rows: rows)),
        .paragraph(
          Paragraph(
            "Improved: substantial or meaningful improvement, with its share of the judged responses. A course"
              + " of injections counts under the target of its first injection.", role: .note)),
      ])
  }

  func crutches() -> Section? {
    guard !cohort.crutchDays.isEmpty else { return nil }
    var blocks: [Block] = []
    if charts, let chart = crutchChart() { blocks.append(chart) }
    let rows = cohort.crutchDays.map { total in
      Row([
        .text(ReportPhrases.capitalized(total.kind.label)), Cell(.integer(total.days.n)),
        Cell(
          .number(
            Number(total.days.median, decimals: total.days.median == total.days.median.rounded() ? 0 : 1))),
        .text("\(Self.days(total.days.q1)) to \(Self.days(total.days.q3))"),
        .text("\(Self.days(total.days.min)) to \(Self.days(total.days.max))"),
      ])
    }
    let columns = [
      Column("Surgery"), Column("Surgeries", alignment: .trailing),
      Column("Median days", alignment: .trailing),
      Column("Quartiles", alignment: .trailing), Column("Range", alignment: .trailing),
    ]
    return Section(
      id: .cohortCrutches, title: "Days on crutches after surgery",
      blocks: blocks + [.table(Table(columns: columns, rows: rows))])
  }

  func method() -> Section {
    var text =
      "Every figure adds up what each patient's own report shows for the same report day and range: each"
      + " treatment or course of injections in range is one response, judged as in the single-patient report."
      + " Percentages are of the judged responses (not pending, and with enough days of data); changes are"
      + " those of the judged responses. Medians and quartiles are interpolated linearly between the sorted"
      + " values (numpy's default): the quartiles of 1, 2, 3 and 4 are 1.75 and 3.25, the median 2.5."
      + " Crutch days count every surgery of the kind, 0 for one without crutches."
    if !cohort.questionnaires.isEmpty { text += " " + ReportMethod.questionnaires }
    return Section(
      id: .method, title: "How this is counted",
      blocks: [
        .paragraph(Paragraph(text, role: .note)),
        .paragraph(Paragraph(ReportMethod.rules(cohort.windows), role: .note)),
      ])
  }

  // MARK: Cells

  static let changeColumns = [
    Column("Median change", alignment: .trailing), Column("Quartiles", alignment: .trailing),
    Column("Median change %", alignment: .trailing), Column("Quartiles %", alignment: .trailing),
  ]

  /// The median and quartiles of the change in points and in percent, empty without any.
  static func changeCells(_ outcome: Cohort.Outcome) -> [Cell] {
    func cells(_ quartiles: Quartiles?, unit: String) -> [Cell] {
      guard let quartiles else { return [Cell(.empty), Cell(.empty)] }
      let format = { (value: Double) in Number(value, signed: true, unit: unit).formatted }
      return [
        Cell(.number(Number(quartiles.median, signed: true, unit: unit))),
        .text("\(format(quartiles.q1)) to \(format(quartiles.q3))"),
      ]
    }
    return cells(outcome.change, unit: "") + cells(outcome.percentChange, unit: "%")
  }

  /// A judged verdict's count with its share of the judged responses: "3 (43%)".
  static func share(_ outcome: Cohort.Outcome, _ verdict: Verdict) -> Cell {
    let count = outcome.count(verdict)
    return Cell(.integer(count), note: percent(count, of: outcome.judged))
  }

  /// The improvements, substantial or meaningful, with their share of the judged responses.
  static func improved(_ outcome: Cohort.Outcome) -> Cell {
    let count = outcome.count(.substantialImprovement) + outcome.count(.meaningfulImprovement)
    return Cell(.integer(count), note: percent(count, of: outcome.judged))
  }

  /// "43%", or nil when nothing was judged.
  static func percent(_ count: Int, of total: Int) -> String? {
    total > 0 ? Rounding.whole(Double(count) / Double(total) * 100) + "%" : nil
  }

  /// A number of days, with a decimal only when it has one: "12", "12.5".
  static func days(_ value: Double) -> String {
    value == value.rounded() ? Rounding.whole(value) : Rounding.decimal(value, places: 1)
  }

  /// "1 patient", "12 patients".
  static func count(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}

extension ReportDocument.Section.ID {
  /// The cohort's verdicts by treatment kind.
  public static let cohortVerdicts: Self = "cohort-verdicts"
  /// The cohort's changes in pain by treatment kind.
  public static let cohortChange: Self = "cohort-change"
  /// The cohort's psoas releases by level and injections by target.
  public static let cohortBreakdown: Self = "cohort-breakdown"
  /// The cohort's crutch days by surgery kind.
  public static let cohortCrutches: Self = "cohort-crutches"
}

extension ReportDocument {
  /// Lays out a cohort: the sentences, tables and, with `charts`, the figures of verdict shares and
  /// crutch days (for a page; the tables beside them hold the same numbers).
  public init(_ cohort: Cohort, charts: Bool = true) {
    self = CohortDocumentBuilder(cohort: cohort, charts: charts).document()
  }
}
