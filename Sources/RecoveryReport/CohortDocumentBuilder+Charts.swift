import RecoveryModel

extension CohortDocumentBuilder {
  /// The share of each judged verdict per treatment kind, as a figure.
  func verdictChart() -> Block? {
    nil
  }

  /// The crutch days per surgery kind, as a figure.
  func crutchChart() -> Block? {
    nil
  }
}
