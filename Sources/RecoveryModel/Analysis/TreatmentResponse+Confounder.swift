extension TreatmentResponse {
  /// Another treatment whose effect overlaps a response's windows, so its verdict cannot be put down
  /// to the treatment alone.
  ///
  /// In JSON it is the treatment's reference (`id`, `uid`, `kind`, `label`, `date`, `side`) with a
  /// `reason` beside it.
  public struct Confounder: Sendable, Equatable, Codable {
    /// Which of the response's windows the other treatment touches.
    public enum Reason: String, Vocabulary {
      /// Given before the treatment, with a follow-up (up to its planned end) reaching into the
      /// baseline window: the baseline mixes pain before and after it.
      case baseline
      /// Given on or after the (first) treatment and up to the follow-up window's planned end: its
      /// effect lands in the follow-up.
      case followUp = "follow-up"

      public static var vocabularyName: String { "confounder reason" }
    }

    /// The other treatment.
    public var treatment: TreatmentReference
    /// Which window it touches.
    public var reason: Reason

    /// Creates a confounder.
    public init(treatment: TreatmentReference, reason: Reason) {
      self.treatment = treatment
      self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
      case reason
    }

    // The reference's keys and `reason` side by side in one object.
    public func encode(to encoder: any Encoder) throws {
      try treatment.encode(to: encoder)
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(reason, forKey: .reason)
    }

    public init(from decoder: any Decoder) throws {
      treatment = try TreatmentReference(from: decoder)
      reason = try decoder.container(keyedBy: CodingKeys.self).decode(Reason.self, forKey: .reason)
    }
  }
}
