import RecoveryModel

extension CohortDocumentBuilder {
  /// Per surgery kind and questionnaire: the patients and surgeries with a change, the median change
  /// with its quartiles, the threshold with its kind, how many changes were judged against it and how
  /// many of those reached it; nil without any change.
  func questionnaires() -> Section? {
    let rows = cohort.questionnaires.flatMap { surgery in
      surgery.instruments.map { outcome in
        if outcome.suppressed {
          return Row(
            [
              .text(ReportPhrases.capitalized(surgery.kind.label)), .text(outcome.instrument.label),
              .text(suppressedText),
            ] + Array(repeating: Cell(.empty), count: 6))
        }
        return Row([
          .text(ReportPhrases.capitalized(surgery.kind.label)), .text(outcome.instrument.label),
          Cell(.integer(outcome.patients)), Cell(.integer(outcome.n)),
          .text(Self.scoreChange(outcome.change.median, outcome.instrument)),
          .text(
            "\(Self.scoreChange(outcome.change.q1, outcome.instrument)) to"
              + " \(Self.scoreChange(outcome.change.q3, outcome.instrument))"),
          .text("\(Rounding.whole(outcome.threshold)) (\(outcome.thresholdKind.abbreviation))"),
          Cell(.integer(outcome.judged)),
          Cell(.integer(outcome.reached), note: Self.percent(outcome.reached, of: outcome.judged)),
        ])
      }
    }
    guard !rows.isEmpty else { return nil }
    let columns = [
      Column("Surgery"), Column("Questionnaire"), Column("Patients", alignment: .trailing),
      Column("Surgeries", alignment: .trailing), Column("Median change", alignment: .trailing),
      Column("Quartiles", alignment: .trailing), Column("Threshold", alignment: .trailing),
      Column("Judged", alignment: .trailing), Column("Reached", alignment: .trailing),
    ]
    return Section(
      id: .cohortQuestionnaires, title: "Questionnaires after surgery",
      blocks: [
        .table(Table(columns: columns, rows: rows)),
        .paragraph(
          Paragraph(
            "Surgeries with a score on or before the surgery's day and a later one; the change runs from the"
              + " last score on or before the surgery's day to the latest after it, before the next surgery;"
              + " positive is better. Thresholds are of different kinds (SCB: substantial clinical benefit,"
              + " MCID: minimal clinically important difference, MIC: minimal important change) and are not"
              + " comparable across questionnaires. Judged: changes between scores taken when the threshold is"
              + " defined for (HOOS JR: 0-90 days before and 270-365 days after surgery; the others: any)."
              + " Reached: judged changes of at least the threshold, with their share of the judged.",
            role: .note)),
      ])
  }

  /// A questionnaire change, or a median or quartile of changes, as the report shows a change: "+12",
  /// "+26.8"; a median between two whole Oxford changes keeps its decimal ("+7.5").
  static func scoreChange(_ value: Double, _ instrument: Instrument) -> String {
    let decimals = value == value.rounded() ? ReportDocumentBuilder.decimals(instrument) : 1
    return Rounding.change(value, decimals: decimals, threshold: instrument.threshold)
  }
}

extension ReportDocument.Section.ID {
  /// The cohort's questionnaire changes by surgery kind.
  public static let cohortQuestionnaires: Self = "cohort-questionnaires"
}
