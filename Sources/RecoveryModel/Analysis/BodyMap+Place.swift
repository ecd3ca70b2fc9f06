extension BodyMap {
  /// One place on one side, with how much it hurt and how often it was logged.
  public struct Place: Sendable, Equatable, Codable {
    /// The body location or trigger point.
    public var site: Site
    /// The side: `left` or `right`, or nil for entries logged without a side (never `both`: those
    /// count on each side).
    public var side: Side?
    /// The mean of the scores (pain) or severities (tenderness) logged; nil when no entry had one.
    public var mean: Double?
    /// The entries counted here.
    public var entries: Int
    /// The entries with a score or severity, which the mean is taken over.
    public var rated: Int
    /// How many of the entries were logged for both sides, and so count on the other side too.
    public var bothSides: Int

    /// Creates a place.
    public init(site: Site, side: Side?, mean: Double?, entries: Int, rated: Int, bothSides: Int = 0) {
      self.site = site
      self.side = side
      self.mean = mean
      self.entries = entries
      self.rated = rated
      self.bothSides = bothSides
    }

    enum CodingKeys: String, CodingKey {
      case location, point, side, mean, entries, rated, bothSides
    }

    // `{"location": "groin", "point": null, "side": "right", ...}`: one of `location` and `point` is
    // set, and absent values are null so scripts see one shape.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      switch site {
      case .location(let location):
        try container.encode(location, forKey: .location)
        try container.encodeNil(forKey: .point)
      case .triggerPoint(let point):
        try container.encodeNil(forKey: .location)
        try container.encode(point, forKey: .point)
      }
      try container.encode(side, forKey: .side)
      try container.encode(mean, forKey: .mean)
      try container.encode(entries, forKey: .entries)
      try container.encode(rated, forKey: .rated)
      try container.encode(bothSides, forKey: .bothSides)
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      if let point = try container.decodeIfPresent(TriggerPoint.self, forKey: .point) {
        site = .triggerPoint(point)
      } else {
        site = .location(try container.decode(BodyLocation.self, forKey: .location))
      }
      side = try container.decodeIfPresent(Side.self, forKey: .side)
      mean = try container.decodeIfPresent(Double.self, forKey: .mean)
      entries = try container.decode(Int.self, forKey: .entries)
      rated = try container.decode(Int.self, forKey: .rated)
      bothSides = try container.decode(Int.self, forKey: .bothSides)
    }
  }
}
