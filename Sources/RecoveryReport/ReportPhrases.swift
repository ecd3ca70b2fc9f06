import RecoveryModel

/// The words of the report: every phrase the document builder puts into sections, in one place, so
/// each is written once and every format says it the same way.
enum ReportPhrases {
  /// "Recovery report: demo".
  static func title(_ report: Report) -> String { "Recovery report: \(report.patient)" }

  /// "meaningful improvement", with "(so far)" for an interim verdict.
  static func verdict(_ verdict: Verdict, partial: Bool) -> String {
    verdict.label + (partial ? " (so far)" : "")
  }

  /// The report's subject line: "As of 2024-11-25, day 28 after psoas release (right)".
  static func asOfLine(_ report: Report) -> String {
    var line = "As of \(report.asOf)"
    if let latest = report.latestSurgery {
      line += ", day \(latest.days) after \(latest.surgery.label)"
      if let side = latest.surgery.side { line += " (\(side.rawValue))" }
    }
    return line
  }

  /// The days since every earlier surgery: "Also day 742 after hip resurfacing (2022-11-14)", or nil.
  static func earlierSurgeries(_ report: Report) -> String? {
    guard report.daysSinceSurgery.count > 1 else { return nil }
    return "Also "
      + report.daysSinceSurgery.dropLast().map {
        "day \($0.days) after \($0.surgery.label) (\($0.surgery.date))"
      }.joined(separator: ", ")
  }

  /// Which pain counts: "all locations and sides", "groin, right side only".
  static func painFilter(_ filter: PainFilter) -> String {
    switch (filter.location, filter.side) {
    case (nil, nil): "all locations and sides"
    case (let location?, nil): "\(location.label) only"
    case (nil, let side?): "\(side.rawValue) side only"
    case (let location?, let side?): "\(location.label), \(side.rawValue) side only"
    }
  }

  /// Which pain the header says counts: "all locations; one-sided treatments on their own side's pain",
  /// "groin only; ...", or with a side "right side only".
  static func painCounted(_ filter: PainFilter) -> String {
    guard filter.side == nil else { return painFilter(filter) }
    let location = filter.location.map { "\($0.label) only" } ?? "all locations"
    return location + "; one-sided treatments on their own side's pain"
  }

  /// The timeline without treatments: "No treatments in this range." when the range is limited,
  /// else "No treatments logged.".
  static func noTreatments(_ report: Report) -> String {
    report.since == nil && report.until == nil ? "No treatments logged." : "No treatments in this range."
  }

  /// The range shown, when limited: "2024-01-01 to 2024-06-30".
  static func range(_ report: Report) -> String? {
    switch (report.since, report.until) {
    case (nil, nil): nil
    case (let since?, nil): "from \(since)"
    case (nil, let until?): "up to \(until)"
    case (let since?, let until?): "\(since) to \(until)"
    }
  }

  /// The days shown, when limited: "Showing 2024-01-01 to 2024-11-25", from the first to the last day
  /// actually shown, or nil when the whole diary is.
  static func shown(_ report: Report) -> String? {
    guard report.since != nil || report.until != nil else { return nil }
    guard report.shownFrom <= report.shownThrough else { return range(report).map { "Showing \($0)" } }
    return "Showing \(report.shownFrom) to \(report.shownThrough)"
  }

  /// "Nothing logged from 2024-01-01 as of 2024-11-25."
  static func nothingLogged(_ report: Report) -> String {
    "Nothing logged" + (range(report).map { " \($0)" } ?? "") + " as of \(report.asOf)."
  }

  /// The details worth printing beside a treatment: target, guidance, agent, round, level, finding.
  static func details(_ treatment: Treatment) -> String {
    var parts: [String] = []
    if treatment.kind != .other, let name = treatment.name, !name.isEmpty { parts.append(name) }
    if let target = treatment.target { parts.append(target.label) }
    if let guidance = treatment.guidance, guidance != .none { parts.append("\(guidance.label) guided") }
    let agent = [treatment.agent, treatment.dose].compactMap { $0 }.joined(separator: " ")
    if !agent.isEmpty { parts.append(agent) }
    if let round = treatment.round { parts.append("round \(round)") }
    if let approach = treatment.approach { parts.append(approach.label) }
    if let level = treatment.level { parts.append("at the \(level.label)") }
    if let finding = treatment.finding, !finding.isEmpty { parts.append("finding: \(finding)") }
    return parts.joined(separator: ", ")
  }

  /// "day 203 after hip resurfacing", one per earlier surgery, latest last; "" when none.
  static func afterSurgeries(_ entry: Timeline.Entry) -> String {
    entry.afterSurgeries.map { "day \($0.days) after \($0.surgery.label)" }.joined(separator: "; ")
  }

  /// "right-side" for a surgery on one side, or nil for one on both sides or without a side.
  static func oneSide(_ side: Side?) -> String? {
    switch side {
    case .left: "left-side"
    case .right: "right-side"
    case .both, nil: nil
    }
  }

  /// "1 day", "12 days".
  static func days(_ days: Int) -> String {
    days == 1 ? "1 day" : "\(days) days"
  }

  /// "12 days", "12 days so far".
  static func days(_ count: Int, soFar: Bool) -> String {
    days(count) + (soFar ? " so far" : "")
  }

  /// "2 days with data", "2 days with data so far", or "no data" ("no data yet" while running).
  static func daysWithData(_ count: Int, soFar: Bool) -> String {
    guard count > 0 else { return soFar ? "no data yet" : "no data" }
    return days(count) + " with data" + (soFar ? " so far" : "")
  }

  /// "a, b and c".
  static func series(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }

  /// The text with its first letter in upper case.
  static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  /// The windows used, for the kinds in the report: "Before: days -14..-1 from the (first) treatment.
  /// After, in days from the (last) treatment: cortisone injection 7-42, psoas release 14-42."
  static func windows(_ report: Report) -> String {
    var seen: [TreatmentKind] = []
    for response in report.responses where !seen.contains(response.kind) { seen.append(response.kind) }
    let followUps = seen.map { "\($0.label) \(report.windows.followUp(for: $0))" }
    return "Before: days \(report.windows.baseline) from the (first) treatment. After, in days from the"
      + " (last) treatment: " + followUps.joined(separator: ", ") + "."
  }

  /// The verdict groups in the order a reader wants them: what helped, what made things worse, what
  /// changed nothing, what the data cannot tell, and what cannot be judged yet.
  static let verdictOrder: [Verdict] = [
    .substantialImprovement, .meaningfulImprovement, .worse, .noMeaningfulChange, .cannotTell,
    .insufficientData, .pending,
  ]

  /// "cortisone injection (2023-06-05)", or "prolotherapy (3 rounds, 2024-03-04 to 2024-04-29)";
  /// with its side, "cortisone injection, right (2024-03-01)", when `sided`.
  static func dated(_ response: TreatmentResponse, sided: Bool = false) -> String {
    let side = sided ? sideSuffix(response) : ""
    guard response.isCourse, let name = response.treatments.first?.label else {
      return "\(response.label)\(side) (\(response.date))"
    }
    return
      "\(name)\(side) (\(response.treatments.count) rounds, \(response.firstDate) to \(response.date))"
  }

  /// ", right" for a response on one side; "" for one without a side.
  static func sideSuffix(_ response: TreatmentResponse) -> String {
    response.side.map { ", \($0.rawValue)" } ?? ""
  }

  /// Whether `response` needs its side to be told apart: another response in `responses` has the same
  /// label and the same dates.
  static func needsSide(_ response: TreatmentResponse, among responses: [TreatmentResponse]) -> Bool {
    responses.contains { other in
      other.side != response.side && other.label == response.label && other.date == response.date
        && other.firstDate == response.firstDate
    }
  }

  /// A response's name in the responses table: "prolotherapy (3 rounds)", "cortisone injection, right"
  /// when `sided`.
  static func name(_ response: TreatmentResponse, sided: Bool) -> String {
    response.label + (sided ? sideSuffix(response) : "")
  }

  /// A response's dates in the responses table: its day, or a course's "2024-03-04 to 2024-04-29".
  static func span(_ response: TreatmentResponse) -> String {
    response.isCourse ? "\(response.firstDate) to \(response.date)" : response.date.description
  }

  /// One response in the "at a glance" list: "psoas release (2024-10-28): -3.5 points against the
  /// expected 5.7 (95% interval -4.3 to -2.6) so far", with what was in its way: "PRP injection
  /// (2024-03-08) (with the cortisone injection of 2024-03-01 in the way): ...", or why the data cannot
  /// tell: "self-massage (2024-08-15) (after a flare)"; with its side when `sided`.
  static func glanceItem(_ response: TreatmentResponse, sided: Bool = false) -> String {
    var item = dated(response, sided: sided)
    var notes = inTheWay(response).map { [$0] } ?? []
    if let reason = cannotTellReason(response) { notes.append(reason) }
    if !notes.isEmpty { item += " (" + notes.joined(separator: "; ") + ")" }
    if response.verdict.isImprovement || response.verdict == .worse, let effect = response.effect {
      let meaningful = Verdict.meaningfulChange(from: effect.expected)
      item +=
        ": \(Rounding.effect(effect.effect.estimate, meaningful: meaningful)) points against the expected"
        + " \(Rounding.oneDecimal(effect.expected)) (95% interval \(Rounding.effect(effect.effect.low, meaningful: meaningful))"
        + " to \(Rounding.effect(effect.effect.high, meaningful: meaningful)))"
      if response.partial { item += " so far" }
    }
    return item
  }

  /// The heading of the sentences that say how each verdict was reached.
  static let effectsHeading =
    "How each verdict was reached: the pain observed after each treatment against the pain expected had"
    + " the course before it continued (95% intervals):"

  /// "with the PRP injection of 2024-03-08 in the way", or nil when nothing is in the response's way.
  static func inTheWay(_ response: TreatmentResponse) -> String? {
    guard response.isConfounded else { return nil }
    var others = response.confoundedBy.map { "the \($0.treatment.label) of \($0.treatment.date)" }
    if !response.coInterventions.isEmpty { others.append("a change of painkillers") }
    return "with " + others.joined(separator: " and ") + " in the way"
  }

  /// The note on a verdict with something in its way: "another treatment in the way", "other
  /// treatments in the way", "painkillers changed, so not the treatment's alone".
  static func inTheWayNote(_ response: TreatmentResponse) -> String {
    if response.confoundedBy.isEmpty { return "painkillers changed, so not the treatment's alone" }
    return inTheWay(response.confoundedBy.count)
      + (response.coInterventions.isEmpty ? "" : ", and painkillers changed")
  }

  /// A co-intervention in words: "opioids up (mean 3.8 to 15 MME a day)", "NSAID started (on 0 of 28
  /// days before, 21 of 42 after)".
  static func coIntervention(_ change: AnalgesicUse.Change, _ use: AnalgesicUse) -> String {
    let mme =
      "mean \(Rounding.decimal(use.baseline.meanDailyMME, places: 1)) to"
      + " \(Rounding.decimal(use.followUp.meanDailyMME, places: 1)) MME a day"
    let nsaid =
      "on \(use.baseline.nsaidDays) of \(use.baseline.days) days before,"
      + " \(use.followUp.nsaidDays) of \(use.followUp.days) after"
    return switch change {
    case .opioidsUp: "opioids up (\(mme))"
    case .opioidsDown: "opioids down (\(mme))"
    case .nsaidStarted: "NSAID started (\(nsaid))"
    case .nsaidStopped: "NSAID stopped (\(nsaid))"
    }
  }

  /// The verdict cell of a treatment the pain filter leaves out.
  static let notJudgedUnderFilter = "not judged under this filter"

  /// The heading of the treatments the pain filter leaves out: "Not judged under this filter (right
  /// side only)".
  static func notJudgedUnderFilter(_ filter: PainFilter) -> String {
    capitalized(notJudgedUnderFilter) + " (\(painFilter(filter)))"
  }

  /// The note on a confounded verdict: "another treatment in the way", "other treatments in the way".
  static func inTheWay(_ count: Int) -> String {
    (count == 1 ? "another treatment" : "other treatments") + " in the way"
  }

  /// The heading of the treatments listed with what is in their way.
  static let notJudgedOnTheirOwn =
    "Not judged on their own (another treatment in the baseline or the follow-up)"

  /// The same heading when painkillers changed for some treatment.
  static let notJudgedOnTheirOwnWithPainkillers =
    "Not judged on their own (another treatment in the baseline or the follow-up, or a change of painkillers:"
    + " the pain change cannot be put down to the treatment alone)"

  /// "PRP injection 2024-03-08: cortisone injection 2024-03-01 (in the baseline)".
  static func confounders(_ response: TreatmentResponse, sided: Bool = false) -> String {
    var others = response.confoundedBy.map { confounder in
      let window =
        switch confounder.reason {
        case .baseline: "in the baseline"
        case .followUp: "in the follow-up"
        }
      return "\(confounder.treatment.label) \(confounder.treatment.date) (\(window))"
    }
    if let use = response.analgesics {
      others += use.changes.map { coIntervention($0, use) }
    }
    return "\(name(response, sided: sided)) \(response.date): " + others.joined(separator: ", ")
  }

  /// An earlier round of a course: "round on 2024-03-04, up to 2024-03-31".
  static func round(_ round: TreatmentResponse.Round) -> String {
    "round on \(round.treatment.date), up to \(round.followUp.to ?? round.followUp.plannedTo)"
  }

  /// "Catching: 2.8/day (12 days) before psoas release, 0.0/day (12 days so far) after".
  static func symptomAroundSurgery(
    _ kind: SymptomKind, _ comparison: SymptomSummary.AroundSurgery, after: SymptomSummary.Rate
  ) -> String {
    "\(capitalized(kind.label)): \(rate(comparison.baseline)) before \(comparison.surgery.label),"
      + " \(rate(after, partial: comparison.partial)) after"
  }

  /// Episodes per diary day: "2.8/day (12 days)", "no entries", "not begun".
  static func rate(_ rate: SymptomSummary.Rate?, partial: Bool = false) -> String {
    guard let rate else { return "not begun" }
    guard let perDay = rate.perDay else { return "no entries" }
    return Rounding.oneDecimal(perDay) + "/day (" + days(rate.diaryDays, soFar: partial) + ")"
  }

  /// "Days on crutches: 35 days after hip resurfacing (2022-11-14); 11 days so far after psoas release
  /// (2024-10-28).", or nil without any; the report day counts while a crutch period is open.
  static func crutchDays(_ report: Report) -> String? {
    let parts = report.crutchDays.filter { $0.days > 0 }.map {
      "\(days($0.days, soFar: $0.open)) after \($0.surgery.label) (\($0.surgery.date))"
    }
    return parts.isEmpty ? nil : "Days on crutches: " + parts.joined(separator: "; ") + "."
  }

  /// A drug class in words: "simple analgesic", "NSAID", "opioid".
  static func drugClass(_ drugClass: DrugClass) -> String {
    drugClass == .nsaid ? "NSAID" : drugClass.label
  }

  /// "Daily opioids (estimated MME): highest 45 on 2024-10-29; 12 days from 2024-10-28 to 2024-11-16."
  static func dailyMME(_ days: [MedicationSummary.DailyMME]) -> String {
    guard let highest = days.max(by: { $0.mme < $1.mme }), let first = days.first, let last = days.last else {
      return ""
    }
    return
      "Daily opioids (estimated MME): highest \(Rounding.decimal(highest.mme, places: 1)) on \(highest.day);"
      + " \(days.count) day\(days.count == 1 ? "" : "s") with opioids from \(first.day) to \(last.day)."
  }

  /// "After psoas release (2024-10-28): opioid-free from day 19 (last opioid 2024-11-15)".
  static func opioidFree(_ item: MedicationSummary.OpioidFree) -> String {
    let head = "After \(item.surgery.label) (\(item.surgery.date)): "
    guard let last = item.lastOpioidDay else { return head + "no opioids logged" }
    if item.stillOnOpioids { return head + "still on opioids (last logged \(last))" }
    return head + "opioid-free from day \(item.opioidFreeFromDay) (last opioid \(last))"
  }

  /// "two crutches from 2024-10-28 to 2024-11-11 (14 days)".
  static func aidPeriod(_ aid: AidSummary) -> String {
    "\(aid.aid.label) from \(aid.from) to \(aid.to?.description ?? "now") (\(days(aid.days, soFar: aid.isOpen)))"
  }

  /// "Numbness is listed on its own and never mixed into pain."
  static let numbness = "Numbness is listed on its own and never mixed into pain."
}
