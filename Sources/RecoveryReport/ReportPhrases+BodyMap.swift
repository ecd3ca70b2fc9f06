import RecoveryModel

extension ReportPhrases {
  /// The section's title.
  static let whereItHurts = "Where it hurts"

  /// A place as the table names it: "groin", "lower psoas trigger point".
  static func place(_ site: BodyMap.Site) -> String {
    switch site {
    case .location(let location): location.label
    case .triggerPoint(let point): "\(point.label) trigger point"
    }
  }

  /// A place's side as the table shows it: "right", "left", "not given".
  static func side(_ side: Side?) -> String {
    side?.rawValue ?? "not given"
  }

  /// "12 entries", "12 entries, 3 for both sides".
  static func entries(_ place: BodyMap.Place) -> String {
    let count = place.entries == 1 ? "1 entry" : "\(place.entries) entries"
    return place.bothSides > 0 ? "\(count), \(place.bothSides) for both sides" : count
  }

  /// "3 for both sides", or nil when none was logged for both sides.
  static func bothSides(_ place: BodyMap.Place) -> String? {
    place.bothSides > 0 ? "\(place.bothSides) for both sides" : nil
  }

  /// The cell of a place whose entries have no score or severity.
  static let notRated = "not rated"

  /// The cell of a place without entries in a window.
  static let noEntries = "no entries"

  /// What a drawn place shows, for people who cannot see it: "Right groin: pain 5.6, mean of 120
  /// entries", "Right iliacus trigger point: tenderness not rated, 1 entry", "Left knee: no entries".
  static func spot(_ site: BodyMap.Site, side: Side, place: BodyMap.Place?, shown: String) -> String {
    let name = capitalized(side.rawValue) + " " + self.place(site)
    guard let place else { return name + ": " + noEntries }
    let measure =
      switch site {
      case .location: "pain"
      case .triggerPoint: "tenderness"
      }
    guard place.mean != nil else { return "\(name): \(measure) \(notRated), \(entries(place))" }
    return "\(name): \(measure) \(shown), mean of \(entries(place))"
  }

  /// How the map is counted: the note above it.
  static func bodyMapCounted(_ report: Report) -> String {
    var text =
      "Mean of the pain scores (0-10) logged at each place and of the tenderness (0-10) logged for"
      + " each trigger point when pressed, from \(report.bodyMap.from) to \(report.bodyMap.to). Each entry"
      + " counts once at its place; one logged for both sides counts on each side, and one without a side"
      + " as side not given."
    if report.painFilter != .all {
      text +=
        " Pain as counted above (\(painFilter(report.painFilter))); trigger points, like other symptoms,"
        + " whatever the filter."
    }
    return text
  }

  /// "2 pain entries without a location are not on the map."
  static func unplaced(_ count: Int) -> String {
    (count == 1 ? "1 pain entry" : "\(count) pain entries") + " without a location "
      + (count == 1 ? "is" : "are") + " not on the map."
  }

  /// The figure's one-line description: "Body map of pain and tenderness from 2022-11-14 to
  /// 2024-11-25".
  static func bodyMapTitle(_ map: BodyMap) -> String {
    "Body map of pain and tenderness from \(map.from) to \(map.to)"
  }

  /// What the shades mean, under the figure, with the places left to the table.
  static func bodyMapCaption(sidesNotGiven: Bool, backDrawn: Bool, backInTable: Bool) -> String {
    var text =
      "Mean pain or tenderness, 0-10, written on each place and shaded darker the higher it is. The"
      + " front view faces the patient, so their right side (R) is on your left"
      + (backDrawn ? "; the back view shows them from behind." : ".")
    if backInTable { text += " Buttock and lower back are not drawn here; the table lists them." }
    if sidesNotGiven { text += " Entries without a side are in the table only." }
    return text
  }

  /// The heading of the before-and-after pair: "Before and after psoas release (2024-10-28)".
  static func beforeAfter(_ pair: BodyMap.BeforeAfter) -> String {
    "Before and after \(pair.surgery.label) (\(pair.surgery.date))"
  }

  /// "Before: 2024-10-14 to 2024-10-27".
  static func beforePanel(_ map: BodyMap) -> String {
    "Before: \(map.from) to \(map.to)"
  }

  /// "After: 2024-11-11 to 2024-11-25 so far", or "After: from 2024-11-11, not begun".
  static func afterPanel(_ pair: BodyMap.BeforeAfter, from: CalendarDay) -> String {
    guard let after = pair.after else { return "After: from \(from), not begun" }
    return "After: \(after.from) to \(after.to)" + (pair.partial ? " so far" : "")
  }

  /// The windows of the pair: "Before: days -14..-1 from the psoas release (2024-10-14 to
  /// 2024-10-27); after: days 14-42 (2024-11-11 to 2024-11-25 so far). These are the windows its pain
  /// response is judged on."
  static func beforeAfterWindows(_ pair: BodyMap.BeforeAfter, windows: ResponseWindows) -> String {
    let followUp = windows.followUp(for: pair.surgery.kind)
    let after =
      pair.after.map { "\($0.from) to \($0.to)" + (pair.partial ? " so far" : "") }
      ?? "from \(pair.surgery.date.adding(days: followUp.start)), not begun"
    return "Before: days \(windows.baseline) from the \(pair.surgery.label) (\(pair.before.from) to"
      + " \(pair.before.to)); after: days \(followUp) (\(after)). These are the windows its pain response"
      + " is judged on."
  }
}
