import RecoveryModel

/// How the report judges a treatment, in words made from the analysis's own settings, so the text
/// changes whenever a window or threshold does.
///
/// ```swift
/// ReportMethod.summary(.standard)
/// // "Each treatment's response compares mean daily pain (the day's highest score) in a baseline ..."
/// ```
public enum ReportMethod {
  /// A paragraph for a command's help: the follow-up windows by kind, when injections form a course,
  /// the thresholds of the verdicts, and the disclaimer.
  public static func summary(_ windows: ResponseWindows) -> String {
    "Each treatment's response compares mean daily pain (the day's highest score) in a baseline window"
      + " (days \(windows.baseline)) before it with a follow-up window after it: "
      + standardFollowUps(windows) + ". " + courseRule(windows) + " A drop of " + meaningfulChange
      + " is meaningful, " + percent(Verdict.substantialPercent) + " substantial. " + disclaimer
  }

  /// How responses are judged, in one paragraph, for the report itself.
  public static func rules(_ windows: ResponseWindows) -> String {
    "Daily pain is the highest score logged that day. Each treatment compares the mean of daily pain"
      + " before it with the mean in a follow-up window after it; injections of the same kind and side"
      + " under \(span(windows.courseGap)) apart are judged as one course, from before the first to"
      + " after the last. A drop of \(meaningfulChange) counts as meaningful,"
      + " \(percent(Verdict.substantialPercent)) as substantial; a rise of \(meaningfulChange) as worse."
      + " Fewer than \(windows.minimumDays) days with data in either window: insufficient data."
  }

  /// The sentence every report ends with.
  public static let disclaimer =
    "This report records and computes what was logged; it is not medical advice."

  /// "2 points or 30%".
  static var meaningfulChange: String {
    "\(Rounding.whole(Verdict.meaningfulPoints)) points or \(percent(Verdict.meaningfulPercent))"
  }

  /// "30%".
  static func percent(_ value: Double) -> String { Rounding.whole(value) + "%" }

  /// "8 weeks" for 56 days, "10 days" for 10.
  static func span(_ days: Int) -> String {
    if days % 7 == 0, days >= 14 { return "\(days / 7) weeks" }
    return days == 1 ? "1 day" : "\(days) days"
  }

  /// "Injections of the same kind and side under 8 weeks apart are judged as one course."
  static func courseRule(_ windows: ResponseWindows) -> String {
    "Injections of the same kind and side under \(span(windows.courseGap)) apart are judged as one course."
  }

  /// Every kind's follow-up window, kinds of one category sharing a window named together, and three or
  /// more of them by their category once the rest of it is named: "psoas release 14-42, cortisone
  /// injection 7-42, PRP injection and prolotherapy 28-84, other surgeries 42-84, therapies 14-42".
  static func standardFollowUps(_ windows: ResponseWindows) -> String {
    var groups: [(window: DayWindow, kinds: [TreatmentKind])] = []
    for kind in TreatmentKind.allCases {
      let window = windows.followUp(for: kind)
      if let index = groups.firstIndex(where: {
        $0.window == window && $0.kinds.first?.category == kind.category
      }) {
        groups[index].kinds.append(kind)
      } else {
        groups.append((window, [kind]))
      }
    }
    let listed = groups.filter { $0.kinds.count < 3 }
    let byCategory = groups.filter { $0.kinds.count >= 3 }
    let named = Set(listed.map { $0.kinds[0].category })
    return
      (listed.map { "\(ReportPhrases.series($0.kinds.map(\.label))) \($0.window)" }
      + byCategory.map { group in
        let category = group.kinds[0].category
        return (named.contains(category) ? "other " : "") + plural(category) + " \(group.window)"
      }).joined(separator: ", ")
  }

  /// "surgeries", "injections", "therapies".
  static func plural(_ category: TreatmentCategory) -> String {
    switch category {
    case .surgery: "surgeries"
    case .injection: "injections"
    case .therapy: "therapies"
    }
  }
}
