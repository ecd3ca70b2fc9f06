import RecoveryModel

extension CohortDocumentBuilder {
  /// Per surgery kind and questionnaire: the patients and surgeries with a change, the median change
  /// with its quartiles, the threshold, and how many changes reached it; nil without any change.
  func questionnaires() -> Section? {
    let rows = cohort.questionnaires.flatMap { surgery in
      surgery.instruments.map { outcome in
        Row([
          .text(ReportPhrases.capitalized(surgery.kind.label)), .text(outcome.instrument.label),
          Cell(.integer(outcome.patients)), Cell(.integer(outcome.n)),
          .text(Self.scoreChange(outcome.change.median, outcome.instrument)),
          .text(
            "\(Self.scoreChange(outcome.change.q1, outcome.instrument)) to"
              + " \(Self.scoreChange(outcome.change.q3, outcome.instrument))"),
          .text(Rounding.whole(outcome.threshold)),
          Cell(.integer(outcome.reached), note: Self.percent(outcome.reached, of: outcome.n)),
        ])
      }
    }
    guard !rows.isEmpty else { return nil }
    let columns = [
      Column("Surgery"), Column("Questionnaire"), Column("Patients", alignment: .trailing),
      Column("Surgeries", alignment: .trailing), Column("Median change", alignment: .trailing),
      Column("Quartiles", alignment: .trailing), Column("Threshold", alignment: .trailing),
      Column("Reached", alignment: .trailing),
    ]
    return Section(
      id: .cohortQuestionnaires, title: "Questionnaires after surgery",
      blocks: [
        .table(Table(columns: columns, rows: rows)),
        .paragraph(
          Paragraph(
            "Surgeries with a score on or before the surgery's day and a later one; the change runs from the"
              + " first to the latest, positive is better. Reached: changes of at least the threshold, with"
              + " their share of the surgeries.", role: .note)),
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
