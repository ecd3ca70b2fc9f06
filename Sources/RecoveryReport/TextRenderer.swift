import RecoveryModel

/// Writes a report document for a terminal: titled sections, aligned tables, and charts abbreviated
/// to bars (a chart of categories) or a sparkline (a chart over time); stacked bars and box plots
/// become tables of their numbers. Body maps are left out: the table beside each carries its numbers.
///
/// ANSI colour is used only when ``color`` is true; a command-line tool decides (a terminal, and
/// `NO_COLOR` not set). Verdicts are coloured by direction only: the words carry the meaning without
/// colour. Control characters in the text become spaces or `?` (see `String.oneLine`), so a pasted
/// escape sequence cannot restyle the terminal and a line break cannot split a table row.
///
/// ```swift
/// print(TextRenderer(color: false).render(ReportDocument(report)), terminator: "")
/// ```
public struct TextRenderer: Sendable {
  /// Whether to use ANSI colour.
  public var color: Bool

  /// Width of a full bar in a chart of categories.
  static let barWidth = 30
  /// Where running text wraps.
  static let lineWidth = 100

  /// Creates a renderer.
  public init(color: Bool = false) {
    self.color = color
  }

  /// The whole document as text ending in a newline.
  public func render(_ document: ReportDocument) -> String {
    var text = style(document.title.oneLine, .bold) + "\n"
    for line in document.summary {
      text += wrap(spans(line), indent: "", continuation: "  ")
    }
    for section in document.sections {
      text += "\n" + style(section.title.oneLine.uppercased(), .bold) + "\n"
      let blocks = section.blocks.filter { !$0.isDrawingOnly }
      for (index, item) in blocks.enumerated() {
        // A list follows the paragraph that introduces it without a blank line.
        if index > 0, !Self.isList(item) || !Self.isParagraph(blocks[index - 1]) { text += "\n" }
        text += block(item)
      }
    }
    return text + "\n" + style(document.footer.oneLine, .dim) + "\n"
  }

  // MARK: Blocks

  func block(_ block: ReportDocument.Block) -> String {
    switch block {
    case .paragraph(let paragraph):
      let text = wrap(spans(paragraph), continuation: "  ")
      return paragraph.role == .alert ? style(text, .red) : text
    case .list(let items):
      return items.map { wrap(spans($0)) }.joined()
    case .table(let table):
      return self.table(table)
    case .chart(let chart):
      return self.chart(chart)
    case .bodyMap:
      return ""
    case .stackedBars(let chart):
      return wrap(chart.title.oneLine, continuation: "  ") + table(chart.table)
    case .boxPlot(let plot):
      return wrap(plot.titleWithUnit.oneLine, continuation: "  ") + table(plot.table)
    }
  }

  static func isList(_ block: ReportDocument.Block) -> Bool {
    if case .list = block { true } else { false }
  }

  static func isParagraph(_ block: ReportDocument.Block) -> Bool {
    if case .paragraph = block { true } else { false }
  }

  func table(_ table: ReportDocument.Table) -> String {
    var columns = TextColumns(header: table.columns.map { $0.title.oneLine })
    columns.rightAligned = Set(table.columns.indices.filter { table.columns[$0].alignment == .trailing })
    // One cell per column: a short row is padded, and cells beyond the columns are left out.
    let width = table.columns.count
    columns.rows = table.rows.map { row in
      let cells =
        Array(row.cells.prefix(width))
        + Array(repeating: ReportDocument.Cell(.empty), count: max(0, width - row.cells.count))
      return cells.enumerated().map { index, cell in
        let text = cell.plainText.oneLine
        if case .verdict(let verdict, _) = cell.value { return styled(text, verdict) }
        return row.alert && index == 0 ? style(text, .red) : text
      }
    }
    return columns.render(styleHeader: { style($0, .dim) })
  }

  func chart(_ chart: ReportDocument.Chart) -> String {
    let caption = wrap(chart.caption.oneLine, continuation: "  ")
    guard let series = chart.summarySeries, !series.points.isEmpty else { return caption }
    switch chart.axis {
    case .categories:
      let scale = "0" + String(repeating: " ", count: Self.barWidth - 3) + Rounding.whole(chart.maximum)
      var columns = TextColumns(header: ["", "from", scale, "mean", "data"])
      columns.rightAligned = [3]
      columns.rows = series.points.map { point in
        [
          point.label.oneLine, point.from.description,
          point.value.map { style(chart.bar($0, width: Self.barWidth), .cyan) } ?? "",
          point.value.map(Rounding.oneDecimal) ?? "no data", point.detail.oneLine,
        ]
      }
      return columns.render(styleHeader: { style($0, .dim) }) + caption
    case .days:
      let first = series.points[0].label.oneLine
      let last = series.points[series.points.count - 1].label.oneLine
      let spark = style(chart.sparkline(series), series.alert ? .red : .cyan)
      return "  \(first) \(spark) \(last)\n" + caption
    }
  }

  // MARK: Pieces

  /// A paragraph's words, verdict names in their colour.
  func spans(_ paragraph: ReportDocument.Paragraph) -> String {
    paragraph.spans.map { span in
      let text = span.text.oneLine
      switch span.emphasis {
      case .verdict(let verdict): return styled(text, verdict)
      case .strong: return style(text, .bold)
      case nil: return text
      }
    }.joined()
  }

  func styled(_ text: String, _ verdict: Verdict) -> String {
    switch verdict {
    case .substantialImprovement, .meaningfulImprovement: style(text, .green)
    case .worse: style(text, .red)
    case .noMeaningfulChange: style(text, .yellow)
    case .cannotTell: style(text, .cyan)
    case .pending, .insufficientData: style(text, .dim)
    }
  }

  /// Words wrapped at ``lineWidth`` visible columns, the first line indented by `indent` and the rest
  /// by `continuation`.
  func wrap(_ text: String, indent: String = "  ", continuation: String = "    ") -> String {
    var lines: [String] = []
    var line = indent
    var lineIndent = indent
    for word in text.split(separator: " ") {
      let width = TextColumns.visibleCount(line) + TextColumns.visibleCount(String(word)) + 1
      if width > Self.lineWidth, line != lineIndent {
        lines.append(line)
        lineIndent = continuation
        line = continuation
      }
      line += (line == lineIndent ? "" : " ") + word
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }

  enum Style: String {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
  }

  /// The text in a style, line by line, so a colour never runs past a line break into the next.
  func style(_ text: String, _ style: Style) -> String {
    guard color else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in line.isEmpty ? "" : "\u{1B}[\(style.rawValue)m\(line)\u{1B}[0m" }
      .joined(separator: "\n")
  }
}
