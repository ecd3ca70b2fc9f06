import RecoveryModel

extension ReportDocument {
  /// Shares of a whole, one horizontal bar per group: how many responses to each treatment kind
  /// reached each verdict, say.
  ///
  /// Each bar is split into one segment per ``segmentLabels`` entry, as wide as its count's share of
  /// the bar's ``Bar/n``, and the bar's `n` is written beside it. The HTML renderer draws it as inline
  /// SVG; the text and Markdown renderers write its numbers as a table (see ``table``).
  ///
  /// ```swift
  /// let chart = ReportDocument.StackedBarChart(
  ///   title: "Verdicts by treatment",
  ///   segmentLabels: ["improved", "no meaningful change", "worse"],
  ///   bars: [.init(label: "cortisone", n: 12, counts: [3, 7, 2])])
  /// ```
  public struct StackedBarChart: Sendable, Equatable, Codable {
    /// One group's bar.
    public struct Bar: Sendable, Equatable, Codable {
      /// The group: "cortisone".
      public var label: String
      /// The whole that the shares are of; usually the sum of ``counts``. A bar whose counts add up
      /// to less leaves the rest of its length empty.
      public var n: Int
      /// One count per ``StackedBarChart/segmentLabels`` entry, in the same order.
      public var counts: [Int]

      /// Creates a bar.
      public init(label: String, n: Int, counts: [Int]) {
        self.label = label
        self.n = n
        self.counts = counts
      }

      /// The share of ``n`` that the count at `index` makes, between 0 and 1; 0 for a missing count
      /// or a bar with `n` of 0.
      public func share(_ index: Int) -> Double {
        guard n > 0, counts.indices.contains(index) else { return 0 }
        return min(1, max(0, Double(counts[index]) / Double(n)))
      }
    }

    /// What the chart shows, in one line: "Verdicts by treatment".
    public var title: String
    /// The segments' names, in the order they are stacked and listed in the legend.
    public var segmentLabels: [String]
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// The segment that stands for a bad outcome ("worse"), drawn in a colour that reads as bad
    /// rather than in the lightest shade; nil when none does.
    public var warningSegment: Int?

    /// Creates a chart.
    public init(title: String, segmentLabels: [String], bars: [Bar], warningSegment: Int? = nil) {
      self.title = title
      self.segmentLabels = segmentLabels
      self.bars = bars
      self.warningSegment = warningSegment
    }

    /// The chart's numbers as a table, for a format without graphics: a row per bar with its `n`
    /// and each segment's count, its share of `n` as a note ("3 (25%)").
    public var table: Table {
      let columns =
        [Table.Column(""), Table.Column("n", alignment: .trailing)]
        + segmentLabels.map { Table.Column($0, alignment: .trailing) }
      let rows = bars.map { bar in
        let segments = segmentLabels.indices.map { index in
          let count = bar.counts.indices.contains(index) ? bar.counts[index] : 0
          return Cell(.integer(count), note: bar.n > 0 ? Rounding.whole(bar.share(index) * 100) + "%" : nil)
        }
        return Table.Row([.text(bar.label), Cell(.integer(bar.n))] + segments)
      }
      return Table(columns: columns, rows: rows)
    }
  }
}
