import RecoveryModel

/// The words of the questionnaire and milestone sections.
extension ReportPhrases {
  /// "0-100, 100 is best".
  static func scale(_ instrument: Instrument) -> String {
    let range = instrument.scoreRange
    return "\(Rounding.whole(range.lowerBound))-\(Rounding.whole(range.upperBound)),"
      + " \(Rounding.whole(range.upperBound)) is best"
  }

  /// "HOOS JR (0-100, 100 is best)".
  static func instrumentHeading(_ instrument: Instrument) -> String {
    "\(instrument.label) (\(scale(instrument)))"
  }

  /// A day counted from a surgery: "day 14", "day 0", "7 days before"; when `named`, with the surgery:
  /// "day 82 after total hip replacement (2024-01-10)".
  static func dayAfter(_ date: CalendarDay, surgery: TreatmentReference, named: Bool = false) -> String {
    let days = date.days(since: surgery.date)
    let day = days >= 0 ? "day \(days)" : "\(self.days(-days)) before"
    guard named else { return day }
    return (days >= 0 ? "\(day) after" : day) + " \(surgery.label) (\(surgery.date))"
  }

  /// The note under the questionnaire tables.
  static let scoreChanges =
    "Change: from the last score on or before each surgery's day to the latest after it, before the next"
    + " surgery; reached when it is at least the questionnaire's threshold, and for HOOS JR only when the"
    + " scores were taken 0-90 days before and 270-365 days after the surgery (earlier: \"early\"; see how"
    + " the numbers are made)."

  /// A change's Reached cell: "yes", "no", "early" (before the threshold's window after the surgery) or
  /// "not judged" (outside its windows otherwise).
  static func reached(_ change: ScoreSummary.Change) -> String {
    if change.inWindows { return change.reached ? "yes" : "no" }
    return change.early ? "early" : "not judged"
  }

  /// "the 22-point substantial clinical benefit (SCB)".
  static func threshold(_ change: ScoreSummary.Change) -> String {
    "the \(Rounding.whole(change.threshold))-point \(change.thresholdKind.label)"
      + " (\(change.thresholdKind.abbreviation))"
  }

  /// "HOOS JR: 46.7 (2024-10-21) to 73.5 (2025-08-25) after psoas release, +26.8, reaching the 22-point
  /// substantial clinical benefit (SCB)"; outside the threshold's windows, the change without a verdict:
  /// "..., +26.8, early: the 22-point ... is judged 270-365 days after surgery".
  static func scoreChange(_ instrument: Instrument, _ change: ScoreSummary.Change) -> String {
    let decimals = instrument == .oxford ? 0 : 1
    let before = Rounding.decimal(change.baseline.value, places: decimals)
    let after = Rounding.decimal(change.latest.value, places: decimals)
    let points = Rounding.change(change.change, decimals: decimals, threshold: change.threshold)
    let line =
      "\(instrument.label): \(before) (\(change.baseline.date)) to \(after) (\(change.latest.date)) after"
      + " \(change.surgery.label), \(points), "
    guard change.inWindows else {
      let defined =
        instrument.thresholdWindows.map {
          " is judged on scores \($0.before.lowerBound)-\($0.before.upperBound) days before and"
            + " \($0.after.lowerBound)-\($0.after.upperBound) days after surgery"
        } ?? ""
      return line + (change.early ? "early: " : "not judged: ") + threshold(change) + defined
    }
    return line + (change.reached ? "reaching " : "short of ") + threshold(change)
  }

  /// "After psoas release (right), 2024-10-28".
  static func afterSurgery(_ surgery: TreatmentReference) -> String {
    "After \(surgery.label)" + (surgery.side.map { " (\($0.rawValue))" } ?? "") + ", \(surgery.date)"
  }

  /// "off crutches", "walk without aid".
  static func milestone(_ kind: TargetKind) -> String {
    switch kind {
    case .offCrutches: "off crutches"
    case .opioidFree: "opioid-free"
    case .milestone(let kind): kind.label
    }
  }

  /// "Targets whose surgery was removed, counted from no surgery: off crutches by day 14 (#12, set
  /// 2024-06-01)."
  static func orphanedTargets(_ targets: [MilestoneTarget]) -> String {
    let items = targets.map { target in
      "\(milestone(target.kind)) by day \(target.days) ("
        + (target.id.map { "#\($0), " } ?? "") + "set \(target.day))"
    }
    return (targets.count == 1 ? "A target whose surgery was removed" : "Targets whose surgery was removed")
      + ", counted from no surgery: " + items.joined(separator: "; ") + "."
  }

  /// Off crutches after a surgery without a crutch period: the diary does not say when.
  static let unknownOffCrutches = "unknown, no crutch period logged"

  /// A milestone not reached: "day 28 so far", or "not by day 120" when the next surgery ended its
  /// count before the report day.
  static func notReached(_ surgery: SurgeryMilestones, asOf: CalendarDay) -> String {
    surgery.through < asOf ? "not by day \(surgery.daysSoFar)" : "day \(surgery.daysSoFar) so far"
  }

  /// How a milestone stands against its target: "on the target day", "3 days ahead", "5 days behind",
  /// "overdue by 7 days", "due in 14 days", "due today"; "unknown" when the diary cannot date it; ""
  /// without a target.
  static func againstTarget(
    _ milestone: SurgeryMilestones.Milestone, in surgery: SurgeryMilestones, asOf: CalendarDay
  ) -> String {
    guard let target = milestone.target else { return "" }
    if milestone.unknown { return "unknown" }
    if let difference = milestone.difference {
      if difference == 0 { return "on the target day" }
      return difference < 0 ? "\(days(-difference)) ahead" : "\(days(difference)) behind"
    }
    if milestone.overdue { return "overdue by \(days(surgery.daysSoFar - target))" }
    guard surgery.through >= asOf else { return "" }
    let left = target - surgery.daysSoFar
    return left == 0 ? "due today" : "due in \(days(left))"
  }

  /// One targeted milestone in the glance line: "off crutches on day 14, the target day", "drive on
  /// day 20, 8 days ahead (target day 28)", "drive: day 10 so far, due in 18 days (target day 28)".
  static func milestoneAtAGlance(
    _ milestone: SurgeryMilestones.Milestone, in surgery: SurgeryMilestones, asOf: CalendarDay
  ) -> String {
    let target = milestone.target.map { " (target day \($0))" } ?? ""
    let standing = againstTarget(milestone, in: surgery, asOf: asOf)
    if milestone.unknown { return "\(self.milestone(milestone.kind)): \(unknownOffCrutches)" + target }
    guard let day = milestone.day else {
      return "\(self.milestone(milestone.kind)): \(notReached(surgery, asOf: asOf))"
        + (standing.isEmpty ? "" : ", \(standing)") + target
    }
    if milestone.difference == 0 { return "\(self.milestone(milestone.kind)) on day \(day), the target day" }
    return "\(self.milestone(milestone.kind)) on day \(day), \(standing)" + target
  }
}
