/// What a questionnaire's threshold measures, so that thresholds of different kinds are never read
/// as one.
///
/// - A minimal clinically important difference (MCID) is the smallest change patients notice as
///   important, usually set for a group.
/// - A minimal important change (MIC) is set for one patient's own change over time.
/// - A substantial clinical benefit (SCB) is a larger change that patients rate as much better; it
///   is defined between scores taken at set times around a surgery.
public enum ThresholdKind: String, Sendable, Codable, CaseIterable {
  /// Minimal clinically important difference.
  case mcid
  /// Minimal important change, within one patient.
  case mic
  /// Substantial clinical benefit.
  case scb

  /// The abbreviation: "MCID", "MIC", "SCB".
  public var abbreviation: String {
    rawValue.uppercased()
  }

  /// The name in full: "minimal clinically important difference".
  public var label: String {
    switch self {
    case .mcid: "minimal clinically important difference"
    case .mic: "minimal important change"
    case .scb: "substantial clinical benefit"
    }
  }
}
