import RecoveryModel

extension Instrument {
  /// The instrument's rule for its answers, as the command line takes them, for error messages:
  /// "HOOS JR takes 6 answers, each 0-4 (0 none ... 4 extreme) in this order: stairs, ...".
  ///
  /// Only HOOS JR's items are named, by short labels; the Oxford and iHOT-12 wording is not shipped.
  package var rule: String {
    switch self {
    case .hoosJR:
      "HOOS JR takes 6 answers, each 0-4 (0 none ... 4 extreme) in this order:"
        + " \(Instrument.hoosJRItems.joined(separator: ", "))"
    case .ihot12:
      "iHOT-12 takes 12 answers, each 0-100 (0 worst ... 100 best) in the questionnaire's order"
    case .oxford:
      "Oxford Hip Score takes 12 answers, each 0-4 (0 worst ... 4 best) in the questionnaire's order, or"
        + " --total N from 0 to 48"
    }
  }

  /// " (stairs)" after a HOOS JR answer's number (from 1); empty for the other instruments.
  package func itemLabel(_ index: Int) -> String {
    guard self == .hoosJR, Instrument.hoosJRItems.indices.contains(index - 1) else { return "" }
    return " (\(Instrument.hoosJRItems[index - 1]))"
  }
}
