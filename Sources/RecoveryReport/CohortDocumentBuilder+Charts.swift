import RecoveryModel

extension CohortDocumentBuilder {
  /// The share of each verdict per treatment kind with final responses, each bar of n final responses
  /// (the table beside it lists the other kinds and the responses counted apart); nil when none is
  /// final.
  func verdictChart() -> Block? {
    guard cohort.treatments.contains(where: { $0.outcome.final > 0 }) else { return nil }
    return .stackedBars(
      ReportDocument.StackedBarChart(
        title: "Share of final responses by verdict",
        segmentLabels: Self.judgedVerdicts.map { ReportPhrases.capitalized($0.label) },
        bars: cohort.treatments.filter { $0.outcome.final > 0 }.map { treatment in
          ReportDocument.StackedBarChart.Bar(
            label: ReportPhrases.capitalized(treatment.kind.label), n: treatment.outcome.final,
            counts: Self.judgedVerdicts.map(treatment.outcome.finalCount))
        }, warningSegment: Self.judgedVerdicts.firstIndex(of: .worse)))
  }

  /// The crutch days per surgery kind whose crutch use had ended: range, quartiles and median; nil
  /// when every surgery was still on crutches.
  func crutchChart() -> Block? {
    guard cohort.crutchDays.contains(where: { $0.days != nil }) else { return nil }
    return .boxPlot(
      ReportDocument.BoxPlot(
        title: "Days on crutches after each surgery", unit: "days",
        groups: cohort.crutchDays.compactMap { total in
          total.days.map { days in
            ReportDocument.BoxPlot.Group(
              label: ReportPhrases.capitalized(total.kind.label), n: days.n, min: days.min, q1: days.q1,
              median: days.median, q3: days.q3, max: days.max)
          }
        }))
  }
}
