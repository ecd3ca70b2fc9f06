import RecoveryModel

/// Writes a report document as Markdown, to paste into a message to a clinician: headings, pipe
/// tables, and charts abbreviated to bars or a sparkline in code spans, which every Markdown viewer
/// shows in a monospaced font; stacked bars and box plots become tables of their numbers. Body maps
/// are left out: the table beside each carries its numbers.
///
/// Everything is escaped, so a `|` or `*` in a note cannot break a table or start emphasis, and a
/// line break in a note cannot end a table row.
///
/// ```swift
/// print(MarkdownRenderer().render(ReportDocument(report)), terminator: "")
/// ```
public struct MarkdownRenderer: Sendable {
  /// Width of a full bar in a chart of categories.
  static let barWidth = 20

  /// Creates a renderer.
  public init() {}

  /// The whole document as Markdown ending in a newline.
  public func render(_ document: ReportDocument) -> String {
    var text = "# \(Self.escape(document.title))\n\n"
    // Two trailing spaces make a line break inside the paragraph.
    text += document.summary.map(spans).joined(separator: "  \n") + "\n"
    for section in document.sections {
      text += "\n## \(Self.escape(section.title))\n\n"
      text += section.blocks.filter { !$0.isDrawingOnly }.map(block).joined(separator: "\n")
    }
    return text + "\n_\(Self.escape(document.footer))_\n"
  }

  // MARK: Blocks

  func block(_ block: ReportDocument.Block) -> String {
    switch block {
    case .paragraph(let paragraph):
      let text = spans(paragraph)
      return (paragraph.role == .alert ? "**\(text)**" : text) + "\n"
    case .list(let items):
      return items.map { "- " + spans($0) + "\n" }.joined()
    case .table(let table):
      return self.table(table)
    case .chart(let chart):
      return self.chart(chart)
    case .bodyMap:
      return ""
    case .stackedBars(let chart):
      return Self.escape(chart.title) + "\n\n" + table(chart.table)
    case .boxPlot(let plot):
      return Self.escape(plot.titleWithUnit) + "\n\n" + table(plot.table)
    }
  }

  func table(_ table: ReportDocument.Table) -> String {
    Self.table(
      header: table.columns.map(\.title),
      alignments: table.columns.map(\.alignment),
      rows: table.rows.map { row in row.cells.map { Self.escape($0.plainText) } })
  }

  func chart(_ chart: ReportDocument.Chart) -> String {
    let caption = Self.escape(chart.caption) + "\n"
    guard let series = chart.summarySeries, !series.points.isEmpty else { return caption }
    switch chart.axis {
    case .categories:
      let rows = series.points.map { point in
        [
          Self.escape(point.label), point.from.description,
          point.value.map(Rounding.oneDecimal) ?? "no data", Self.escape(point.detail),
          point.value.map { "`\(chart.bar($0, width: Self.barWidth))`" } ?? "",
        ]
      }
      return Self.table(
        header: ["", "From", "Mean", "Data", "0-\(Rounding.whole(chart.maximum))"],
        alignments: [.leading, .leading, .trailing, .leading, .leading], rows: rows) + "\n" + caption
    case .days:
      let first = Self.escape(series.points[0].label)
      let last = Self.escape(series.points[series.points.count - 1].label)
      return "\(first) `\(chart.sparkline(series))` \(last)\n\n" + caption
    }
  }

  // MARK: Pieces

  /// A paragraph's words, verdicts and strong spans in bold.
  func spans(_ paragraph: ReportDocument.Paragraph) -> String {
    paragraph.spans.map { span in
      span.emphasis == nil ? Self.escape(span.text) : "**\(Self.escape(span.text))**"
    }.joined()
  }

  /// A pipe table of cells already escaped (or written as Markdown on purpose, such as code spans).
  static func table(
    header: [String], alignments: [ReportDocument.Table.Column.Alignment], rows: [[String]]
  ) -> String {
    let rule = alignments.map { $0 == .trailing ? "---:" : "---" }
    let lines =
      [
        "| " + header.map(escape).joined(separator: " | ") + " |",
        "| " + rule.joined(separator: " | ") + " |",
      ]
      + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Backslash-escapes the characters Markdown would read as markup, after putting the text on one
  /// line (see `String.oneLine`) so a multi-line note stays in its table cell.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text.oneLine {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "{", "}", "!", "~":
        escaped += "\\" + String(character)
      default:
        escaped.append(character)
      }
    }
    return escaped
  }
}
