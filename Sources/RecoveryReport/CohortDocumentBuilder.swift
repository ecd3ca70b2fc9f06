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
    .substantialImprovement, .meaningfulImprovement, .noMeaningfulChange, .cannotTell, .worse,
  ]

  /// The cohort laid out.
  var cohort: Cohort
  /// Whether to add the figures (verdict shares, crutch days) beside the tables that hold their numbers.
  var charts: Bool

  /// The whole document.
  func document() -> ReportDocument {
    let title = "Cohort report"
    guard cohort.patients > 0 || cohort.patientsSuppressed else {
      return ReportDocument(
        title: title, summary: [Paragraph("No patients in this database yet.")], sections: [],
        footer: ReportMethod.disclaimer)
    }
    let sections = [
      verdicts(), pooledEffects(), changes(), breakdowns(), crutches(), opioids(), questionnaires(), method(),
    ]
    return ReportDocument(
      title: title, summary: summary(), sections: sections.compactMap { $0 }, footer: ReportMethod.disclaimer)
  }

  // MARK: Sections

  func summary() -> [Paragraph] {
    let without =
      cohort.withoutEntriesSuppressed
      ? "fewer than \(cohort.smallCellMinimum ?? 5)" : "\(cohort.patientsWithoutEntries)"
    var lines = [
      Paragraph(
        "As of \(cohort.asOf): "
          + (cohort.patientsSuppressed
            ? "fewer than \(cohort.smallCellMinimum ?? 5) patients" : Self.count(cohort.patients, "patient"))
          + ", \(without) without entries in range")
    ]
    if let minimum = cohort.smallCellMinimum {
      lines.append(
        Paragraph(
          "Anonymized: figures about fewer than \(minimum) patients are suppressed (\"fewer than \(minimum)\").",
          role: .note))
    }
    let range: String? =
      switch (cohort.since, cohort.until) {
      case (nil, nil): nil
      case (let since?, nil): "from \(since)"
      case (nil, let until?): "up to \(until)"
      case (let since?, let until?): "from \(since) to \(until)"
      }
    if let range {
      lines.append(
        Paragraph(
          "Treatments and surgeries dated \(range): responses, crutch days and questionnaire changes all"
            + " count these, surgeries without crutches included", role: .note))
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
      if outcome.suppressed { return suppressedRow(treatment.kind, cells: 7) }
      return Row(
        [
          .text(ReportPhrases.capitalized(treatment.kind.label)), Cell(.integer(outcome.patients)),
          Cell(.integer(outcome.responses)), Cell(.integer(outcome.final)),
        ] + Self.judgedVerdicts.map { Self.share(outcome, $0) })
    }
    let columns =
      [
        Column("Treatment"), Column("Patients", alignment: .trailing),
        Column("Responses", alignment: .trailing), Column("Final", alignment: .trailing),
      ]
      + ["Substantial", "Meaningful", "No change", "Cannot tell", "Worse"].map {
        Column($0, alignment: .trailing)
      }
    // The responses left out of the shares, in a table of their own so neither grows too wide to read.
    let apart = cohort.treatments.map { treatment in
      let outcome = treatment.outcome
      if outcome.suppressed { return suppressedRow(treatment.kind, cells: 3) }
      return Row([
        .text(ReportPhrases.capitalized(treatment.kind.label)), Cell(.integer(outcome.interim)),
        Cell(.integer(outcome.confounded)), Cell(.integer(outcome.count(.pending))),
        Cell(.integer(outcome.count(.insufficientData))),
      ])
    }
    let apartColumns =
      [Column("Treatment")]
      + ["Interim", "Confounded", "Pending", "Too few days"].map { Column($0, alignment: .trailing) }
    return Section(
      id: .cohortVerdicts, title: title,
      blocks: blocks + [
        .table(Table(columns: columns, rows: rows)),
        .paragraph(
          Paragraph(
            "Final: judged responses whose follow-up had ended on the report day with no other treatment in"
              + " the way. Substantial and meaningful improvement, no meaningful change, cannot tell and worse count the"
              + " final responses, with their share of them.", role: .note)),
        .table(Table(columns: apartColumns, rows: apart)),
        .paragraph(
          Paragraph(
            "Counted apart, in no share: interim (follow-up still running, \"so far\"), confounded (another"
              + " treatment in the way), pending (follow-up not begun) and too few days with data.",
            role: .note)),
      ])
  }

  func changes() -> Section? {
    guard !cohort.treatments.isEmpty else { return nil }
    let rows = cohort.treatments.map { treatment in
      if treatment.outcome.suppressed { return suppressedRow(treatment.kind, cells: 5) }
      return Row(
        [.text(ReportPhrases.capitalized(treatment.kind.label)), Cell(.integer(treatment.outcome.changed))]
          + Self.changeCells(treatment.outcome).prefix(2) + [Cell(.integer(treatment.outcome.percentChanged))]
          + Self.changeCells(treatment.outcome).suffix(2))
    }
    return Section(
      id: .cohortChange, title: "How much pain changed",
      blocks: [
        .table(
          Table(
            columns: [Column("Treatment"), Column("Final", alignment: .trailing)]
              + Self.changeColumns.prefix(2)
              + [Column("With %", alignment: .trailing)] + Self.changeColumns.suffix(2),
            rows: rows)),
        .paragraph(
          Paragraph(
            "Changes of the final responses: Final is how many the change in points rests on, With % how many"
              + " the change in percent rests on (a baseline of 0 has no percentage).", role: .note)),
      ])
  }

  /// A level or target word as the report words it: `central-compartment` → "central compartment".
  static func valueLabel(_ word: String) -> String {
    ReleaseLevel(rawValue: word)?.label ?? InjectionTarget(rawValue: word)?.label ?? word
  }

  func breakdowns() -> Section? {
    let rows = cohort.treatments.flatMap { treatment in
      (treatment.byLevel + treatment.byTarget).map { group in
        if group.outcome.suppressed {
          return Row(
            [
              .text(ReportPhrases.capitalized(treatment.kind.label)), .text(group.value ?? "none given"),
              .text(suppressedText),
            ] + Array(repeating: Cell(.empty), count: 4))
        }
        return Row(
          [
            .text(ReportPhrases.capitalized(treatment.kind.label)),
            .text(group.value.map(Self.valueLabel) ?? "none given"),
            Cell(.integer(group.outcome.patients)), Cell(.integer(group.outcome.responses)),
            Cell(.integer(group.outcome.final)), Self.improved(group.outcome),
          ] + Self.changeCells(group.outcome).prefix(1))
      }
    }
    guard !rows.isEmpty else { return nil }
    let columns = [
      Column("Treatment"), Column("Level or target"), Column("Patients", alignment: .trailing),
      Column("Responses", alignment: .trailing), Column("Final", alignment: .trailing),
      Column("Improved", alignment: .trailing),
      Column("Median change", alignment: .trailing),
    ]
    return Section(
      id: .cohortBreakdown, title: "Psoas releases by level, injections by target",
      blocks: [
        .table(Table(columns: columns, rows: rows)),
        .paragraph(
          Paragraph(
            "Improved: substantial or meaningful improvement, with its share of the final responses. A course"
              + " of injections counts under the target of its first injection.", role: .note)),
      ])
  }

  func crutches() -> Section? {
    guard !cohort.crutchDays.isEmpty else { return nil }
    var blocks: [Block] = []
    if charts, let chart = crutchChart() { blocks.append(chart) }
    let rows = cohort.crutchDays.map { total in
      if total.suppressed { return suppressedRow(total.kind, cells: 4) }
      let figures: [Cell] =
        total.days.map { days in
          [
            Cell(.number(Number(days.median, decimals: days.median == days.median.rounded() ? 0 : 1))),
            .text("\(Self.days(days.q1)) to \(Self.days(days.q3))"),
            .text("\(Self.days(days.min)) to \(Self.days(days.max))"),
          ]
        } ?? [Cell(.empty), Cell(.empty), Cell(.empty)]
      return Row(
        [.text(ReportPhrases.capitalized(total.kind.label)), Cell(.integer(total.days?.n ?? 0))] + figures
          + [Cell(.integer(total.stillOnCrutches))])
    }
    let columns = [
      Column("Surgery"), Column("Surgeries", alignment: .trailing),
      Column("Median days", alignment: .trailing),
      Column("Quartiles", alignment: .trailing), Column("Range", alignment: .trailing),
      Column("Still on crutches", alignment: .trailing),
    ]
    return Section(
      id: .cohortCrutches, title: "Days on crutches after surgery",
      blocks: blocks + [
        .table(Table(columns: columns, rows: rows)),
        .paragraph(
          Paragraph(
            "Surgeries whose crutch use had ended on the report day, 0 for one without crutches; those still on"
              + " crutches are counted apart and left out of the days.", role: .note)),
      ])
  }

  func method() -> Section {
    var text =
      "Every figure adds up what each patient's own report shows for the same report day and range: each"
      + " treatment or course of injections in range is one response, judged as in the single-patient report."
      + " Percentages are of the final responses (judged on enough days of data, follow-up ended, no other"
      + " treatment in the way); changes are those of the final responses, each figure with the number it"
      + " rests on. Medians and quartiles are interpolated linearly between the sorted"
      + " values (numpy's default): the quartiles of 1, 2, 3 and 4 are 1.75 and 3.25, the median 2.5."
      + " Crutch days count every surgery of the kind whose crutch use had ended, 0 for one without"
      + " crutches; surgeries still on crutches are counted apart. With a range, every figure counts the"
      + " treatments and surgeries dated in it."
    if !cohort.questionnaires.isEmpty { text += " " + ReportMethod.questionnaires }
    return Section(
      id: .method, title: "How this is counted",
      blocks: [
        .paragraph(Paragraph(text, role: .note)),
        .paragraph(Paragraph(ReportMethod.rules(cohort.windows), role: .note)),
      ])
  }

  // MARK: Cells

  /// What a suppressed figure shows: "fewer than 5".
  var suppressedText: String { "fewer than \(cohort.smallCellMinimum ?? 5)" }

  /// A row whose figures describe too few patients: the kind, "fewer than 5", and `cells` empty cells.
  func suppressedRow(_ kind: TreatmentKind, cells: Int) -> Row {
    Row(
      [.text(ReportPhrases.capitalized(kind.label)), .text(suppressedText)]
        + Array(repeating: Cell(.empty), count: cells))
  }

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

  /// A verdict's count among the final responses with its share of them: "3 (43%)".
  static func share(_ outcome: Cohort.Outcome, _ verdict: Verdict) -> Cell {
    let count = outcome.finalCount(verdict)
    return Cell(.integer(count), note: percent(count, of: outcome.final))
  }

  /// The final improvements, substantial or meaningful, with their share of the final responses.
  static func improved(_ outcome: Cohort.Outcome) -> Cell {
    let count = outcome.finalCount(.substantialImprovement) + outcome.finalCount(.meaningfulImprovement)
    return Cell(.integer(count), note: percent(count, of: outcome.final))
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
