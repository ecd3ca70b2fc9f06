extension ReportDocument {
  /// One piece of a section: a paragraph, a list, a table, a chart, a body map or a figure.
  public enum Block: Sendable, Equatable, Codable {
    /// Running text.
    case paragraph(Paragraph)
    /// Items in order, each a short paragraph.
    case list([Paragraph])
    /// Rows and columns of typed cells.
    case table(Table)
    /// A chart's description: series of points, markers and bands.
    case chart(Chart)
    /// A body map's description: places shaded by their means. Only a renderer with graphics shows
    /// it; a table beside it carries the same numbers.
    case bodyMap(BodyMapFigure)
    /// Shares of a whole, one stacked bar per group.
    case stackedBars(StackedBarChart)
    /// The spread of a value, one box and whiskers per group.
    case boxPlot(BoxPlot)

    private enum CodingKeys: String, CodingKey {
      case type, paragraph, items, table, chart, bodyMap, stackedBars, boxPlot
    }

    private enum Kind: String, Codable {
      case paragraph, list, table, chart, bodyMap, stackedBars, boxPlot
    }

    // `{"type": "table", "table": {...}}`: the kind is named, so a reader can skip what it does not know.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      switch self {
      case .paragraph(let paragraph):
        try container.encode(Kind.paragraph, forKey: .type)
        try container.encode(paragraph, forKey: .paragraph)
      case .list(let items):
        try container.encode(Kind.list, forKey: .type)
        try container.encode(items, forKey: .items)
      case .table(let table):
        try container.encode(Kind.table, forKey: .type)
        try container.encode(table, forKey: .table)
      case .chart(let chart):
        try container.encode(Kind.chart, forKey: .type)
        try container.encode(chart, forKey: .chart)
      case .bodyMap(let figure):
        try container.encode(Kind.bodyMap, forKey: .type)
        try container.encode(figure, forKey: .bodyMap)
      case .stackedBars(let chart):
        try container.encode(Kind.stackedBars, forKey: .type)
        try container.encode(chart, forKey: .stackedBars)
      case .boxPlot(let plot):
        try container.encode(Kind.boxPlot, forKey: .type)
        try container.encode(plot, forKey: .boxPlot)
      }
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      switch try container.decode(Kind.self, forKey: .type) {
      case .paragraph: self = .paragraph(try container.decode(Paragraph.self, forKey: .paragraph))
      case .list: self = .list(try container.decode([Paragraph].self, forKey: .items))
      case .table: self = .table(try container.decode(Table.self, forKey: .table))
      case .chart: self = .chart(try container.decode(Chart.self, forKey: .chart))
      case .bodyMap: self = .bodyMap(try container.decode(BodyMapFigure.self, forKey: .bodyMap))
      case .stackedBars:
        self = .stackedBars(try container.decode(StackedBarChart.self, forKey: .stackedBars))
      case .boxPlot: self = .boxPlot(try container.decode(BoxPlot.self, forKey: .boxPlot))
      }
    }

    /// Whether only a renderer with graphics shows the block: a body map, whose numbers a table
    /// beside it repeats, or a chart of daily amounts alone, whose figures the text beside it gives.
    public var isDrawingOnly: Bool {
      switch self {
      case .bodyMap: true
      // A chart of daily amounts alone has nothing to abbreviate: the text around it gives its figures.
      case .chart(let chart): chart.summarySeries == nil
      default: false
      }
    }
  }
}
