import RecoveryModel

extension CohortDocumentBuilder {
  /// The share of each judged verdict per treatment kind with judged responses, each bar of n judged
  /// responses (the table beside it lists the other kinds); nil when nothing was judged.
  func verdictChart() -> Block? {
    guard cohort.treatments.contains(where: { $0.outcome.judged > 0 }) else { return nil }
    return .stackedBars(
      ReportDocument.StackedBarChart(
        title: "Share of judged responses by verdict",
        segmentLabels: Self.judgedVerdicts.map { ReportPhrases.capitalized($0.label) },
        bars: cohort.treatments.filter { $0.outcome.judged > 0 }.map { treatment in
          ReportDocument.StackedBarChart.Bar(
            label: ReportPhrases.capitalized(treatment.kind.label), n: treatment.outcome.judged,
            counts: Self.judgedVerdicts.map(treatment.outcome.count))
        }, warningSegment: Self.judgedVerdicts.firstIndex(of: .worse)))
  }

  /// The crutch days per surgery kind: range, quartiles and median.
  func crutchChart() -> Block? {
    .boxPlot(
      ReportDocument.BoxPlot(
        title: "Days on crutches after each surgery", unit: "days",
        groups: cohort.crutchDays.map { total in
          ReportDocument.BoxPlot.Group(
            label: ReportPhrases.capitalized(total.kind.label), n: total.days.n, min: total.days.min,
            q1: total.days.q1, median: total.days.median, q3: total.days.q3, max: total.days.max)
        }))
  }
}
