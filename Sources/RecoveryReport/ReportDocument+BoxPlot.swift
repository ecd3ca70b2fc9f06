extension ReportDocument {
  /// The spread of a value in each group, one horizontal box per group: days on crutches after each
  /// kind of surgery, say.
  ///
  /// Whiskers run from ``Group/min`` to ``Group/max``, the box from ``Group/q1`` to ``Group/q3``, a
  /// line marks the ``Group/median``, and each group's `n` is written beside it. The HTML renderer
  /// draws it as inline SVG; the text and Markdown renderers write its numbers as a table (see
  /// ``table``).
  ///
  /// ```swift
  /// let plot = ReportDocument.BoxPlot(
  ///   title: "Days on crutches after surgery", unit: "days",
  ///   groups: [.init(label: "hip resurfacing", n: 8, min: 14, q1: 21, median: 28, q3: 35, max: 56)])
  /// ```
  public struct BoxPlot: Sendable, Equatable, Codable {
    /// One group's five figures and how many values they summarise.
    public struct Group: Sendable, Equatable, Codable {
      /// The group: "hip resurfacing".
      public var label: String
      /// How many values the figures summarise; a group with none has no box.
      public var n: Int
      /// The smallest value.
      public var min: Double
      /// The first quartile.
      public var q1: Double
      /// The median.
      public var median: Double
      /// The third quartile.
      public var q3: Double
      /// The largest value.
      public var max: Double

      /// Creates a group.
      public init(
        label: String, n: Int, min: Double, q1: Double, median: Double, q3: Double, max: Double
      ) {
        self.label = label
        self.n = n
        self.min = min
        self.q1 = q1
        self.median = median
        self.q3 = q3
        self.max = max
      }
    }

    /// What the plot shows, in one line: "Days on crutches after surgery".
    public var title: String
    /// The values' unit, shown on the axis: "days".
    public var unit: String
    /// The groups, top to bottom.
    public var groups: [Group]

    /// Creates a plot.
    public init(title: String, unit: String, groups: [Group]) {
      self.title = title
      self.unit = unit
      self.groups = groups
    }

    /// The plot's numbers as a table, for a format without graphics: a row per group with its `n`
    /// and five figures, empty for a group without values.
    public var table: Table {
      let titles = ["Min", "Q1", "Median", "Q3", "Max"]
      let columns =
        [Table.Column(""), Table.Column("n", alignment: .trailing)]
        + titles.map { Table.Column($0, alignment: .trailing) }
      let rows = groups.map { group in
        let figures = [group.min, group.q1, group.median, group.q3, group.max].map { value in
          group.n > 0 ? Cell(.number(Self.number(value))) : Cell(.empty)
        }
        return Table.Row([.text(group.label), Cell(.integer(group.n))] + figures)
      }
      return Table(columns: columns, rows: rows)
    }

    /// The title with the unit after it, "Days on crutches after surgery (days)", where a format
    /// without an axis shows the unit.
    var titleWithUnit: String {
      unit.isEmpty ? title : "\(title) (\(unit))"
    }

    /// A figure with as few decimals as show it exactly, at most two: "14", "12.5", "12.25".
    static func number(_ value: Double) -> Number {
      let decimals =
        (0..<2).first { places in
          let scale = [1.0, 10.0][places]
          return abs((value * scale).rounded() - value * scale) < 1e-9
        } ?? 2
      return Number(value, decimals: decimals)
    }
  }
}
