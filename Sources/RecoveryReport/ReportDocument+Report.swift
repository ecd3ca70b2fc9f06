import RecoveryModel

extension ReportDocument {
  /// Lays out a report: the sentences, tables and charts every renderer shows.
  ///
  /// A report with nothing in its range becomes a title, one sentence saying so, and the footer.
  public init(_ report: Report) {
    self = ReportDocumentBuilder(report: report).document()
  }
}
