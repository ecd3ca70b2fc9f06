import RecoveryModel

extension CohortDocumentBuilder {
  /// Each treatment kind's effect pooled across patients, with what it rests on and what was left out.
  func pooledEffects() -> Section? {
    guard !cohort.pooledEffects.isEmpty else { return nil }
    let rows = cohort.pooledEffects.map { pooled in
      if pooled.suppressed { return suppressedRow(pooled.kind, cells: 6) }
      let effect: Cell =
        pooled.pooled.map { result in
          let meaningful = Verdict.meaningfulPoints
          return .text(
            Rounding.effect(result.effect, meaningful: meaningful) + " ("
              + Rounding.effect(result.low, meaningful: meaningful) + " to "
              + Rounding.effect(result.high, meaningful: meaningful) + ")")
        } ?? .text("none final")
      let spread: Cell =
        pooled.pooled.map { Cell(.number(Number($0.betweenVariance.squareRoot(), decimals: 2))) }
        ?? Cell(.empty)
      return Row(
        [
          .text(ReportPhrases.capitalized(pooled.kind.label)), Cell(.integer(pooled.patients)), effect,
          spread,
          Cell(.integer(pooled.final)), Cell(.integer(pooled.interim)), Cell(.integer(pooled.confounded)),
          Cell(.integer(pooled.limited)),
        ])
    }
    let columns = [
      Column("Treatment"), Column("Patients", alignment: .trailing),
      Column("Pooled effect (95% interval)", alignment: .trailing),
      Column("Between patients (SD)", alignment: .trailing), Column("Final", alignment: .trailing),
      Column("Interim", alignment: .trailing), Column("In the way", alignment: .trailing),
      Column("Limited", alignment: .trailing),
    ]
    let note =
      "Each patient's final effect estimates (points against the pain expected had the course before"
      + " continued; a patient's several estimates of one kind combined first) pooled by a random-effects"
      + " meta-analysis (DerSimonian-Laird): the pooled effect with its 95% interval, and the standard"
      + " deviation of the effect between patients. Interim estimates (follow-up still running), those with"
      + " another treatment in the way, and those limited by a recovery trend, a flare or pain already"
      + " changing are counted apart and not pooled."
    return Section(
      id: .cohortPooled, title: "Effect across patients, allowing for the course before",
      blocks: [.table(Table(columns: columns, rows: rows)), .paragraph(Paragraph(note, role: .note))])
  }
}

extension ReportDocument.Section.ID {
  /// The cohort's effects pooled across patients by treatment kind.
  public static let cohortPooled: Self = "cohort-pooled"
}
