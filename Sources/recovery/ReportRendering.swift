import RecoveryModel
import RecoveryReport

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Picks the renderer for the format asked for.
enum ReportRendering {
  static func render(_ report: Report, format: ReportOutputOptions.Format, color: Bool) throws -> String {
    switch format {
    case .text: TextRenderer(color: color).render(ReportDocument(report))
    case .markdown: MarkdownRenderer().render(ReportDocument(report))
    case .html: HTMLRenderer().render(ReportDocument(report))
    case .json: try json(report)
    }
  }

  /// The whole report as JSON, keys sorted so the output is stable for scripts and diffs.
  static func json(_ report: Report) throws -> String {
    String(decoding: try JSONEncoder.recovery(indented: true).encode(report), as: UTF8.self) + "\n"
  }
}
