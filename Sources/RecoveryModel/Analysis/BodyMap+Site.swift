extension BodyMap {
  /// What a place on the map is: a body location where pain was logged, or a trigger point that was
  /// tender when pressed.
  public enum Site: Sendable, Hashable, CaseIterable, Codable {
    /// A body location, shaded by its mean pain.
    case location(BodyLocation)
    /// A psoas or iliacus trigger point, shaded by its mean tenderness.
    case triggerPoint(TriggerPoint)

    /// Every body location in vocabulary order, then every trigger point.
    public static var allCases: [Site] {
      BodyLocation.allCases.map(Site.location) + TriggerPoint.allCases.map(Site.triggerPoint)
    }

    /// The location or point as a word: "front-thigh", "lower-psoas".
    public var rawValue: String {
      switch self {
      case .location(let location): location.rawValue
      case .triggerPoint(let point): point.rawValue
      }
    }

    /// The location or point in words: "front thigh", "lower psoas".
    public var label: String {
      switch self {
      case .location(let location): location.label
      case .triggerPoint(let point): point.label
      }
    }

    private enum CodingKeys: String, CodingKey {
      case location, point
    }

    // `{"location": "groin"}` or `{"point": "iliacus"}`.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      switch self {
      case .location(let location): try container.encode(location, forKey: .location)
      case .triggerPoint(let point): try container.encode(point, forKey: .point)
      }
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      if let point = try container.decodeIfPresent(TriggerPoint.self, forKey: .point) {
        self = .triggerPoint(point)
      } else {
        self = .location(try container.decode(BodyLocation.self, forKey: .location))
      }
    }
  }
}
