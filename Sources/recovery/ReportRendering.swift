import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Turns a report into the text of the format asked for.
enum ReportRendering {
  static func render(_ report: Report, format: ReportOutputOptions.Format, color: Bool) throws -> String {
    switch format {
    case .text: TextReportRenderer(color: color).render(report)
    case .markdown: MarkdownReportRenderer().render(report)
    case .html: HTMLReportRenderer().render(report)
    case .json: try json(report)
    }
  }

  /// The whole report as JSON, keys sorted so the output is stable for scripts and diffs.
  static func json(_ report: Report) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
  }
}
