import RecoveryCommandLine
import RecoveryModel
import RecoveryReport

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Picks the renderer for a cohort in the format asked for.
enum CohortRendering {
  static func render(_ cohort: Cohort, format: ReportOutputOptions.Format, color: Bool) throws -> String {
    switch format {
    case .text: TextRenderer(color: color).render(ReportDocument(cohort, charts: false))
    case .markdown: MarkdownRenderer().render(ReportDocument(cohort, charts: false))
    case .html: HTMLRenderer().render(ReportDocument(cohort))
    case .json: try json(cohort)
    }
  }

  /// The cohort as JSON, keys sorted so the output is stable for scripts and diffs.
  static func json(_ cohort: Cohort) throws -> String {
    String(decoding: try JSONEncoder.recovery(indented: true).encode(cohort), as: UTF8.self) + "\n"
  }
}

extension ReportOutputOptions {
  /// Renders and writes (or prints) a cohort, as ``emit(_:)`` does a report.
  func emit(_ cohort: Cohort) throws {
    let format = try resolvedFormat()
    let color =
      format == .text && output == nil && FileHandleOutput.isTerminal(1) && !FileHandleOutput.noColorRequested
    try write(try CohortRendering.render(cohort, format: format, color: color), what: "cohort")
  }
}
