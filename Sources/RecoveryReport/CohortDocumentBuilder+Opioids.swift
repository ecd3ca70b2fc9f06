import RecoveryModel

extension CohortDocumentBuilder {
  /// Days to opioid-free after each surgery kind, how many are still on opioids, and the share on
  /// opioids at 6 weeks.
  func opioids() -> Section? {
    guard !cohort.opioids.isEmpty else { return nil }
    let rows = cohort.opioids.map { outcome in
      if outcome.suppressed { return suppressedRow(outcome.kind, cells: 5) }
      let figures: [Cell] =
        outcome.daysToOpioidFree.map { days in
          [
            .text(Self.days(days.median)),
            .text("\(Self.days(days.q1)) to \(Self.days(days.q3))"),
          ]
        } ?? [Cell(.empty), Cell(.empty)]
      let share =
        outcome.shareOnOpioidsAtSixWeeks.map {
          "\(outcome.onOpioidsAtSixWeeks) of \(outcome.followedSixWeeks) (\(Rounding.whole($0 * 100))%)"
        } ?? "none followed 6 weeks"
      return Row(
        [
          .text(ReportPhrases.capitalized(outcome.kind.label)),
          Cell(.integer(outcome.daysToOpioidFree?.n ?? 0)),
        ]
          + figures + [Cell(.integer(outcome.stillOnOpioids)), .text(share)])
    }
    let columns = [
      Column("Surgery"), Column("Surgeries", alignment: .trailing),
      Column("Median day opioid-free", alignment: .trailing), Column("Quartiles", alignment: .trailing),
      Column("Still on opioids", alignment: .trailing), Column("On opioids at 6 weeks", alignment: .trailing),
    ]
    return Section(
      id: .cohortOpioids, title: "Coming off opioids after surgery",
      blocks: [
        .table(Table(columns: columns, rows: rows)),
        .paragraph(
          Paragraph(
            "Surgeries of patients who logged medications. The day opioid-free is the day after the last"
              + " opioid, counted from the surgery (0 without opioids), for surgeries off opioids on the report"
              + " day; those still on opioids are counted apart. On opioids at 6 weeks: an opioid on day 42,"
              + " among surgeries followed that long.", role: .note)),
      ])
  }
}

extension ReportDocument.Section.ID {
  /// Days to opioid-free and opioids at 6 weeks per surgery kind.
  public static let cohortOpioids: Self = "cohort-opioids"
}
