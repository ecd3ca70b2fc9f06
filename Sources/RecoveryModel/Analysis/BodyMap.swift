/// Where it hurts over a stretch of days: the mean pain at each body location and the mean
/// tenderness of each trigger point, side by side.
///
/// A place is a body location (pain entries) or a trigger point (`trigger-point` symptom entries),
/// on one side. Its mean is the mean of the scores logged there, each entry counting once (daily pain
/// elsewhere in the report takes a day's highest score across places, which says nothing of where).
/// The rules for sides and for what is counted:
///
/// - An entry for `both` sides counts on the left and on the right, since pain felt on both sides is
///   felt on each (as ``PainFilter`` takes it); ``Place/bothSides`` says how many of a place's entries
///   were logged that way, so a total over places can count each entry once.
/// - An entry without a side is its own place, with ``Place/side`` nil: it cannot be drawn on one side.
/// - Pain entries count as the report's ``PainFilter`` takes them, as daily pain does; under a filter
///   on the left or right side, an entry for both sides counts on that side only. Trigger points are
///   symptoms and, like every symptom in the report, are counted whatever the filter.
/// - A pain entry without a location cannot be placed: it is counted in ``unplaced`` only. A
///   trigger-point entry without a severity counts in ``Place/entries`` but not in the mean.
public struct BodyMap: Sendable, Equatable, Codable {
  /// The first day counted.
  public var from: CalendarDay
  /// The last day counted; before ``from`` when nothing is shown.
  public var to: CalendarDay
  /// Every place with an entry, body locations first in vocabulary order, then trigger points; within
  /// a place, left, right, then side not given.
  public var places: [Place]
  /// Pain entries the filter takes that have no location, so have no place on the map.
  public var unplaced: Int

  /// Creates a map from its parts.
  public init(from: CalendarDay, to: CalendarDay, places: [Place], unplaced: Int = 0) {
    self.from = from
    self.to = to
    self.places = places
    self.unplaced = unplaced
  }

  /// The place for `site` on `side`, if it has any entry.
  public func place(_ site: Site, side: Side?) -> Place? {
    places.first { $0.site == site && $0.side == side }
  }

  /// Maps the entries dated from `from` to `to`, both included.
  ///
  /// - Parameters:
  ///   - pain: pain entries; those the filter leaves out and those outside the days are ignored.
  ///   - symptoms: symptom entries; only trigger points inside the days count.
  ///   - filter: which pain entries count.
  ///   - from: the first day.
  ///   - to: the last day.
  public static func make(
    pain: [PainEntry], symptoms: [SymptomEntry], filter: PainFilter = .all, from: CalendarDay,
    to: CalendarDay
  ) -> BodyMap {
    make(pain: pain, symptoms: symptoms, filter: filter, bothSidesOn: nil, from: from, to: to)
  }

  /// As the public `make`, with an entry for both sides counted on `bothSidesOn` alone when it is
  /// left or right, as a one-sided filter counts it.
  static func make(
    pain: [PainEntry], symptoms: [SymptomEntry], filter: PainFilter, bothSidesOn: Side?, from: CalendarDay,
    to: CalendarDay
  ) -> BodyMap {
    struct Key: Hashable {
      var site: Site
      var side: Side?
    }
    struct Tally {
      var sum = 0
      var rated = 0
      var entries = 0
      var bothSides = 0
    }
    var tallies: [Key: Tally] = [:]
    var unplaced = 0
    // Under a one-sided filter an entry for both sides counts on that side alone.
    let bothMeans: [Side] =
      switch filter.side ?? bothSidesOn {
      case .left: [.left]
      case .right: [.right]
      case .both, nil: [.left, .right]
      }
    func count(_ site: Site, side: Side?, score: Int?) {
      let sides: [Side?] = side == .both ? bothMeans : [side]
      for counted in sides {
        var tally = tallies[Key(site: site, side: counted), default: Tally()]
        tally.entries += 1
        if let score {
          tally.sum += score
          tally.rated += 1
        }
        if side == .both { tally.bothSides += 1 }
        tallies[Key(site: site, side: counted)] = tally
      }
    }
    if from <= to {
      for entry in pain where entry.day >= from && entry.day <= to && filter.includes(entry) {
        guard let location = entry.location else {
          unplaced += 1
          continue
        }
        count(.location(location), side: entry.side, score: entry.score)
      }
      for entry in symptoms where entry.kind == .triggerPoint && entry.day >= from && entry.day <= to {
        guard let point = entry.point else { continue }
        count(.triggerPoint(point), side: entry.side, score: entry.severity)
      }
    }
    let places = Site.allCases.flatMap { site in
      ([Side.left, .right, nil] as [Side?]).compactMap { side -> Place? in
        guard let tally = tallies[Key(site: site, side: side)] else { return nil }
        return Place(
          site: site, side: side, mean: tally.rated > 0 ? Double(tally.sum) / Double(tally.rated) : nil,
          entries: tally.entries, rated: tally.rated, bothSides: tally.bothSides)
      }
    }
    return BodyMap(from: from, to: to, places: places, unplaced: unplaced)
  }
}
