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
    case .score(let s):
      parts.append(score(s))
      if let side = s.side { parts.append(side == .both ? "both sides" : "\(side.rawValue) side") }
    case .milestone(let m):
      parts.append("milestone \(m.kind.label)")
      if let side = m.side { parts.append(side == .both ? "both sides" : "\(side.rawValue) side") }
    case .target(let t):
      parts.append("target \(t.kind.label) by day \(t.days) after surgery")
    case .medication(let m):
      parts.append(medication(m))
    }
    return parts.joined(separator: ", ")
  }

  /// A medication: "oxycodone 10 mg x2 (as needed)", "paracetamol 1000 mg x4 a day".
  package static func medication(_ entry: MedicationEntry) -> String {
    var head = entry.drug == .other ? (entry.name ?? entry.drug.rawValue) : entry.drug.rawValue
    if let dose = entry.dose { head += " \(number(dose)) mg" }
    if entry.isCourse {
      head += " x\(entry.times) a day"
    } else if entry.times != 1 {
      head += " x\(entry.times)"
    }
    if entry.asNeeded { head += " (as needed)" }
    if let mme = entry.dailyMME { head += ", \(number(mme)) MME a day" }
    return head
  }

  /// A questionnaire's result: "HOOS JR score 67.516 (raw 7)", "iHOT-12 score 83.333",
  /// "Oxford Hip Score 40/48".
  package static func score(_ entry: ScoreEntry) -> String {
    switch entry.instrument {
    case .oxford:
      return
        "\(entry.instrument.label) \(number(entry.score))/\(number(entry.instrument.scoreRange.upperBound))"
    case .hoosJR, .ihot12:
      return "\(entry.instrument.label) score \(number(entry.score))"
        + (entry.instrument == .hoosJR ? entry.raw.map { " (raw \($0))" } ?? "" : "")
    }
  }

  /// A score with at most three decimals and no trailing zeros: 67.516, 83.333, 40.
  package static func number(_ value: Double) -> String {
    let thousandths = (value * 1000).rounded()
    guard thousandths.isFinite, abs(thousandths) < 1e15 else { return "\(value)" }
    let whole = Int(thousandths)
    let sign = whole < 0 ? "-" : ""
    let magnitude = abs(whole)
    var text = sign + String(magnitude / 1000)
    var fraction = String(magnitude % 1000)
    fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
    while fraction.last == "0" { fraction.removeLast() }
    if !fraction.isEmpty { text += "." + fraction }
    return text
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
    case .medication(let m) where m.isCourse:
      if let to = m.to {
        let days = to.days(since: m.day)
        return "from \(m.day) to \(to) (\(days) day\(days == 1 ? "" : "s"))"
      }
      return "from \(m.day), still taken"
    default:
      return entry.day.description + (entry.time.map { " \($0)" } ?? "")
    }
  }

  /// The whole line: "pain 6/10, right groin, 2024-11-20".
  package static func line(_ entry: DiaryEntry) -> String {
    "\(what(entry)), \(when(entry))"
  }
}
