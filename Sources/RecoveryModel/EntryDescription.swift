/// One-line, human descriptions of entries, shared by the command line's confirmations, listings and
/// reports: "pain 6/10, right groin, on stairs, 2024-11-20".
package enum EntryDescription {
  /// A location and side together: "right groin", "groin (both sides)", "left side".
  package static func place(_ location: BodyLocation?, _ side: Side?) -> String? {
    switch (location, side) {
    case (nil, nil): nil
    case (let location?, nil): location.label
    case (nil, .both?): "both sides"
    case (nil, let side?): "\(side.rawValue) side"
    case (let location?, .both?): "\(location.label) (both sides)"
    case (let location?, let side?): "\(side.rawValue) \(location.label)"
    }
  }

  /// What the entry is, without its date: "pain 6/10, right groin, on stairs".
  package static func what(_ entry: DiaryEntry) -> String {
    var parts: [String] = []
    switch entry {
    case .treatment(let t):
      var head = t.label
      if let round = t.round { head += " round \(round)" }
      parts.append(head)
      if let side = t.side { parts.append(side == .both ? "both sides" : side.rawValue) }
      if let level = t.level { parts.append(level.label) }
      if let approach = t.approach { parts.append(approach.rawValue) }
      if let target = t.target { parts.append(target.label) }
      if let guidance = t.guidance {
        parts.append(
          guidance == .none
            ? "no image guidance" : "\(guidance.rawValue == "ct" ? "CT" : guidance.rawValue) guided")
      }
      if let agent = t.agent { parts.append(agent) }
    case .pain(let p):
      parts.append("pain \(p.score)/10")
      if let place = place(p.location, p.side) { parts.append(place) }
      if let activity = p.activity { parts.append(activity.label) }
    case .symptom(let s):
      var head = s.kind == .triggerPoint ? "tender trigger point" : s.kind.label
      if let point = s.point { head += " (\(point.label))" }
      if let count = s.count { head += " x\(count)" }
      parts.append(head)
      if let severity = s.severity { parts.append("severity \(severity)/10") }
      if let place = place(s.location, s.side) { parts.append(place) }
      if let activity = s.activity { parts.append(activity.label) }
    case .aid(let a):
      parts.append(a.aid.label)
      if let weightBearing = a.weightBearing { parts.append(weightBearing.label) }
      if let side = a.side { parts.append(side == .both ? "both sides" : "\(side.rawValue) side") }
    }
    return parts.joined(separator: ", ")
  }

  /// When the entry happened: "2024-11-20 08:30", or for an aid period "from 2024-10-28 to 2024-11-11
  /// (14 days)" / "from 2024-10-28, still in use".
  package static func when(_ entry: DiaryEntry) -> String {
    switch entry {
    case .aid(let a):
      if let to = a.to {
        let days = to.days(since: a.from)
        return "from \(a.from) to \(to) (\(days) day\(days == 1 ? "" : "s"))"
      }
      return "from \(a.from), still in use"
    default:
      return entry.day.description + (entry.time.map { " \($0)" } ?? "")
    }
  }

  /// The whole line: "pain 6/10, right groin, 2024-11-20".
  package static func line(_ entry: DiaryEntry) -> String {
    "\(what(entry)), \(when(entry))"
  }
}
