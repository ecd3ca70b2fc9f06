import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryTestSupport
import Testing

/// The body map: each place's mean and entries, its side rules, and the pair before and after the
/// latest surgery.
struct BodyMapTests {
  static let sides: [Side?] = [.left, .right, .both, nil]
  static let start = Fixture.day("2024-01-01")

  /// A random diary of pain at random places and sides (some without either) and trigger points,
  /// some without a severity, with a surgery or none.
  static func history(_ random: inout SplitMix64) -> (history: History, asOf: CalendarDay) {
    let length = random.int(in: 30...300)
    var pain: [PainEntry] = []
    var symptoms: [SymptomEntry] = []
    let locations: [BodyLocation?] = BodyLocation.allCases + [nil]
    for _ in 0..<random.int(in: 0...400) {
      let day = start.adding(days: random.int(in: 0...(length + 10)))
      pain.append(
        PainEntry(
          day: day, score: random.int(in: 0...10), location: random.pick(locations),
          side: random.pick(sides)))
    }
    for _ in 0..<random.int(in: 0...60) {
      let day = start.adding(days: random.int(in: 0...(length + 10)))
      let severity = random.int(in: 0...3) == 0 ? nil : random.int(in: 0...10)
      symptoms.append(
        SymptomEntry(
          day: day, kind: .triggerPoint, severity: severity, point: random.pick(TriggerPoint.allCases),
          side: random.pick(sides)))
      symptoms.append(SymptomEntry(day: day, kind: .catching, severity: random.int(in: 0...10)))
    }
    var treatments: [Treatment] = []
    for _ in 0..<random.int(in: 0...2) {
      let kind = random.pick([TreatmentKind.psoasRelease, .hipArthroscopy, .cortisone])
      treatments.append(
        Treatment(day: start.adding(days: random.int(in: 0...length)), kind: kind, side: random.pick(sides)))
    }
    return (History(treatments: treatments, pain: pain, symptoms: symptoms), start.adding(days: length))
  }

  /// A place's figures recomputed the plain way: every entry on the days, at the site, on the side or
  /// on both sides (or with no side for the side-not-given place). With `surgerySide` left or right,
  /// as a one-sided surgery's before-and-after maps count: the other side's entries are left out and
  /// an entry for both sides counts on that side alone.
  static func recomputed(
    _ site: BodyMap.Site, side: Side?, history: History, filter: PainFilter, from: CalendarDay,
    to: CalendarDay, surgerySide: Side? = nil
  ) -> (mean: Double?, entries: Int, bothSides: Int) {
    let oneSide = surgerySide == .both ? nil : surgerySide
    let counted = filter.side ?? oneSide
    func counts(_ entrySide: Side?) -> Bool {
      if let oneSide, let entrySide, entrySide != oneSide, entrySide != .both { return false }
      guard let side else { return entrySide == nil }
      if entrySide == side { return true }
      return entrySide == .both && (counted == nil || counted == .both || counted == side)
    }
    var ratings: [Int?] = []
    var bothSides = 0
    for entry in history.pain
    where entry.day >= from && entry.day <= to && filter.includes(entry) && entry.location != nil
      && BodyMap.Site.location(entry.location!) == site && counts(entry.side)
    {
      ratings.append(entry.score)
      if entry.side == .both { bothSides += 1 }
    }
    for entry in history.symptoms
    where entry.kind == .triggerPoint && entry.day >= from && entry.day <= to
      && BodyMap.Site.triggerPoint(entry.point!) == site && counts(entry.side)
    {
      ratings.append(entry.severity)
      if entry.side == .both { bothSides += 1 }
    }
    let rated = ratings.compactMap { $0 }
    let mean = rated.isEmpty ? nil : Double(rated.reduce(0, +)) / Double(rated.count)
    return (mean, ratings.count, bothSides)
  }

  /// Every place of `map` agrees with the recomputation, and every place the entries have is there.
  static func check(
    _ map: BodyMap, history: History, filter: PainFilter, seed: TestSeed, diary: Int, _ what: String,
    surgerySide: Side? = nil
  ) {
    for site in BodyMap.Site.allCases {
      for side in [Side.left, .right, nil] {
        let expected = recomputed(
          site, side: side, history: history, filter: filter, from: map.from, to: map.to,
          surgerySide: surgerySide)
        let place = map.place(site, side: side)
        let context = "\(seed), diary \(diary), \(what): \(site.rawValue) \(side?.rawValue ?? "no side")"
        #expect((place?.entries ?? 0) == expected.entries, "\(context)")
        #expect(close(place?.mean, expected.mean), "\(context)")
        #expect((place?.bothSides ?? 0) == expected.bothSides, "\(context)")
        if let place { #expect(place.entries > 0, "\(context)") }
      }
    }
    let oneSide = surgerySide == .both ? nil : surgerySide
    let unplaced = history.pain.filter {
      $0.day >= map.from && $0.day <= map.to && filter.includes($0) && $0.location == nil
        && (oneSide == nil || $0.side == nil || $0.side == .both || $0.side == oneSide)
    }
    #expect(map.unplaced == unplaced.count, "\(seed), diary \(diary), \(what): unplaced")
  }

  @Test func theMapsNumbersEqualARecomputationFromTheEntries() throws {
    let seed = TestSeed.random()
    var random = SplitMix64(seed: seed.value)
    var places = 0
    for diary in 0..<80 {
      let (history, asOf) = Self.history(&random)
      let location = random.int(in: 0...3) == 0 ? random.pick(BodyLocation.allCases) : nil
      let side = random.pick([nil, nil, Side.left, .right, .both])
      let since = random.int(in: 0...2) == 0 ? Self.start.adding(days: random.int(in: 0...60)) : nil
      let report = try Report.make(history: history, asOf: asOf, since: since, location: location, side: side)
      let filter = PainFilter(location: location, side: side)
      #expect(report.bodyMap.from == report.shownFrom && report.bodyMap.to == report.shownThrough)
      Self.check(report.bodyMap, history: history, filter: filter, seed: seed, diary: diary, "range")
      places += report.bodyMap.places.count
      guard let pair = report.bodyMapBeforeAfter else {
        #expect(report.latestSurgery == nil, "\(seed), diary \(diary)")
        continue
      }
      Self.check(
        pair.before, history: history, filter: filter, seed: seed, diary: diary, "before",
        surgerySide: pair.surgery.side)
      if let after = pair.after {
        Self.check(
          after, history: history, filter: filter, seed: seed, diary: diary, "after",
          surgerySide: pair.surgery.side)
      }
    }
    #expect(places > 80, "\(seed): too few places to mean anything")
  }

  @Test func anEntryForBothSidesCountsOnEachSideAndOneWithoutASideOnItsOwn() throws {
    let history = History(pain: [
      Fixture.pain("2024-03-01", 6, location: .groin, side: .both),
      Fixture.pain("2024-03-02", 2, location: .groin, side: .left),
      PainEntry(day: Fixture.day("2024-03-03"), score: 5, location: .groin),
      PainEntry(day: Fixture.day("2024-03-03"), score: 9),
    ])
    let map = try Fixture.report(history, asOf: "2024-03-05").bodyMap
    #expect(
      map.places == [
        BodyMap.Place(site: .location(.groin), side: .left, mean: 4, entries: 2, rated: 2, bothSides: 1),
        BodyMap.Place(site: .location(.groin), side: .right, mean: 6, entries: 1, rated: 1, bothSides: 1),
        BodyMap.Place(site: .location(.groin), side: nil, mean: 5, entries: 1, rated: 1),
      ])
    #expect(map.unplaced == 1)
    // Under a filter on one side, an entry for both sides counts on that side alone.
    let right = try Fixture.report(history, asOf: "2024-03-05", side: .right).bodyMap
    #expect(right.places.map(\.side) == [.right])
    #expect(right.places.first?.entries == 1)
    #expect(right.unplaced == 0)
  }

  @Test func triggerPointsWithoutASeverityCountButAreNotRated() throws {
    let history = History(symptoms: [
      SymptomEntry(day: Fixture.day("2024-03-01"), kind: .triggerPoint, point: .iliacus, side: .right),
      SymptomEntry(
        day: Fixture.day("2024-03-02"), kind: .triggerPoint, severity: 4, point: .iliacus, side: .right),
      SymptomEntry(day: Fixture.day("2024-03-02"), kind: .triggerPoint, point: .upperPsoas, side: .left),
    ])
    // Trigger points are symptoms: a pain filter leaves them alone.
    let map = try Fixture.report(history, asOf: "2024-03-05", location: .knee, side: .right).bodyMap
    #expect(
      map.places == [
        BodyMap.Place(site: .triggerPoint(.upperPsoas), side: .left, mean: nil, entries: 1, rated: 0),
        BodyMap.Place(site: .triggerPoint(.iliacus), side: .right, mean: 4, entries: 2, rated: 1),
      ])
  }

  @Test func theRangeShownLimitsTheMapAndNotThePair() throws {
    let release = Fixture.treatment(.psoasRelease, "2024-03-15")
    var pain: [PainEntry] = []
    // Days -14 to -1: groin 6; day 0 to 13: groin 4; days 14-42: thigh 2 and groin 3.
    for offset in -20...50 {
      let day = release.day.adding(days: offset)
      let date = day.description
      if offset < -14 {
        pain.append(Fixture.pain(date, 9, location: .knee))
      } else if offset < 0 {
        pain.append(Fixture.pain(date, 6))
      } else if offset < 14 {
        pain.append(Fixture.pain(date, 4))
      } else {
        pain.append(Fixture.pain(date, 2, location: .frontThigh, side: .left))
        pain.append(Fixture.pain(date, 3))
      }
    }
    let history = History(treatments: [release], pain: pain)
    let report = try Fixture.report(history, asOf: "2024-04-10", since: "2024-04-01")
    #expect(report.bodyMap.from == Fixture.day("2024-04-01"))
    #expect(report.bodyMap.places.map(\.site) == [.location(.groin), .location(.frontThigh)])
    let pair = try #require(report.bodyMapBeforeAfter)
    #expect(pair.surgery.date == release.day)
    #expect(pair.before.from == Fixture.day("2024-03-01") && pair.before.to == Fixture.day("2024-03-14"))
    #expect(
      pair.before.places == [
        BodyMap.Place(site: .location(.groin), side: .right, mean: 6, entries: 14, rated: 14)
      ])
    let after = try #require(pair.after)
    #expect(after.from == Fixture.day("2024-03-29") && after.to == Fixture.day("2024-04-10"))
    #expect(pair.partial)
    // The release is on the right: the left thigh's pain is the other hip's and stays out of its pair.
    #expect(
      after.places == [
        BodyMap.Place(site: .location(.groin), side: .right, mean: 3, entries: 13, rated: 13)
      ])
    // The pair's windows are the release's response windows.
    let response = try #require(try Fixture.report(history, asOf: "2024-04-10").responses.first)
    #expect(response.baseline.from == pair.before.from && response.baseline.to == pair.before.to)
    #expect(response.followUp.from == after.from && response.followUp.to == after.to)
  }

  @Test func thePairFollowsOverriddenWindowsAndWaitsForTheFollowUp() throws {
    let history = History(
      treatments: [Fixture.treatment(.hipArthroscopy, "2024-03-15")],
      pain: [Fixture.pain("2024-03-01", 5), Fixture.pain("2024-03-10", 7)])
    var windows = ResponseWindows.standard
    windows.baseline = DayWindow(start: -7, end: -1)
    let report = try Fixture.report(history, asOf: "2024-04-01", windows: windows)
    let pair = try #require(report.bodyMapBeforeAfter)
    #expect(pair.before.from == Fixture.day("2024-03-08"))
    #expect(pair.before.places.map(\.mean) == [7])
    #expect(pair.after == nil)
    #expect(!pair.partial)
  }

  @Test func noSurgeryNoPair() throws {
    let history = History(
      treatments: [Fixture.treatment(.cortisone, "2024-03-15")], pain: [Fixture.pain("2024-03-01", 5)])
    #expect(try Fixture.report(history, asOf: "2024-04-01").bodyMapBeforeAfter == nil)
  }

  @Test func theDemoMapShowsTheStorysTriggerPointsOnTheRight() throws {
    let report = try Report.make(history: SeedStory.history(), asOf: SeedStory.reportDay)
    let points = report.bodyMap.places.filter {
      if case .triggerPoint = $0.site { true } else { false }
    }
    #expect(points.map(\.site) == TriggerPoint.allCases.map(BodyMap.Site.triggerPoint))
    #expect(points.allSatisfy { $0.side == .right })
    let pair = try #require(report.bodyMapBeforeAfter)
    #expect(pair.surgery.kind == .psoasRelease)
    let groinBefore = try #require(pair.before.place(.location(.groin), side: .right)?.mean)
    let groinAfter = try #require(pair.after?.place(.location(.groin), side: .right)?.mean)
    #expect(groinAfter < groinBefore - 2)
  }

  @Test func theJSONHasTheMapAndThePair() throws {
    let report = try Report.make(history: SeedStory.history(), asOf: SeedStory.reportDay)
    let json = try ReportEncodingTests.json(report)
    let map = try #require(json["bodyMap"] as? [String: Any])
    #expect(map["from"] as? String == "2022-11-14")
    #expect(map["to"] as? String == "2024-11-25")
    #expect(map["unplaced"] as? Int == 0)
    let places = try #require(map["places"] as? [[String: Any]])
    for place in places {
      #expect(Set(place.keys) == ["location", "point", "side", "mean", "entries", "rated", "bothSides"])
    }
    let groin = try #require(places.first)
    #expect(groin["location"] as? String == "groin")
    #expect(groin["point"] is NSNull)
    #expect(groin["side"] as? String == "right")
    let pair = try #require(json["bodyMapBeforeAfter"] as? [String: Any])
    #expect(Set(pair.keys) == ["surgery", "before", "after", "partial"])
    #expect((pair["surgery"] as? [String: Any])?["kind"] as? String == "psoas-release")
    #expect((pair["before"] as? [String: Any])?["from"] as? String == "2024-10-14")
    #expect((pair["after"] as? [String: Any])?["from"] as? String == "2024-11-11")
    #expect(pair["partial"] as? Bool == true)
    let empty = try ReportEncodingTests.json(
      try Fixture.report(History(pain: [Fixture.pain("2024-03-01", 5)]), asOf: "2024-03-05"))
    #expect(empty["bodyMapBeforeAfter"] is NSNull)
  }
}
