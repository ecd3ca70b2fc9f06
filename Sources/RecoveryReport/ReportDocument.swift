import RecoveryModel

/// The recovery report laid out for people: a title, a few summary lines, ordered sections of
/// paragraphs, lists, tables and charts, and a closing line.
///
/// Built once from `RecoveryModel`'s `Report` with ``init(_:)``, it is what every renderer walks:
/// ``TextRenderer``, ``MarkdownRenderer`` and ``HTMLRenderer`` only choose how each block looks, so
/// the three formats show the same sections in the same order with the same words. An app can walk it
/// too, or store it: the document is `Codable`, and ``version`` changes whenever its shape does.
///
/// ```swift
/// let report = try Report.make(history: history, asOf: day)
/// let document = ReportDocument(report)
/// print(MarkdownRenderer().render(document))
/// ```
public struct ReportDocument: Sendable, Equatable, Codable {
  /// The version of the document's shape that this library writes.
  public static let currentVersion = 2

  /// The version of the document's shape; ``currentVersion`` for a document built by this library.
  public var version: Int
  /// The report's title: "Recovery report: demo".
  public var title: String
  /// The lines under the title: the report day, the days since each surgery, the range shown and the
  /// pain counted; or, for a report with nothing in it, the sentence saying so.
  public var summary: [Paragraph]
  /// The sections, in reading order.
  public var sections: [Section]
  /// The closing line, shown last and quieter than the rest.
  public var footer: String

  /// Creates a document from its parts.
  public init(
    version: Int = ReportDocument.currentVersion, title: String, summary: [Paragraph],
    sections: [Section], footer: String
  ) {
    self.version = version
    self.title = title
    self.summary = summary
    self.sections = sections
    self.footer = footer
  }

  /// The section with this identifier, if the document has one.
  public func section(_ id: Section.ID) -> Section? {
    sections.first { $0.id == id }
  }
}
