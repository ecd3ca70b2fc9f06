/// Painkillers taken in a response's baseline and follow-up windows, and whether their use changed
/// enough to be a co-intervention: a change the pain may owe to the painkillers rather than to the
/// treatment.
///
/// A day without a logged dose or course counts as a day without the drug. The rule for a material
/// change, stated in ``Change``: opioids up or down by at least half of the baseline's mean daily MME
/// and by at least 5 MME a day (from none, 5 MME a day is enough); an NSAID started (taken on under a
/// quarter of the baseline's days and on at least half of the follow-up's) or stopped (the reverse).
public struct AnalgesicUse: Sendable, Equatable, Codable {
  /// One window's use.
  public struct Window: Sendable, Equatable, Codable {
    /// The days counted: the window's days up to the report day.
    public var days: Int
    /// The mean estimated morphine milligram equivalents a day over those days.
    public var meanDailyMME: Double
    /// How many of those days an NSAID was taken.
    public var nsaidDays: Int

    /// Creates a window's use.
    public init(days: Int, meanDailyMME: Double, nsaidDays: Int) {
      self.days = days
      self.meanDailyMME = meanDailyMME
      self.nsaidDays = nsaidDays
    }

    /// The share of the days with an NSAID, 0 without days.
    public var nsaidShare: Double { days == 0 ? 0 : Double(nsaidDays) / Double(days) }
  }

  /// A material change of painkiller use between the windows.
  public enum Change: String, Vocabulary {
    /// Mean daily MME up by at least 50% and at least 5 (from none: at least 5).
    case opioidsUp = "opioids-up"
    /// Mean daily MME down by at least 50% and at least 5.
    case opioidsDown = "opioids-down"
    /// NSAIDs on under 25% of baseline days and on at least 50% of follow-up days.
    case nsaidStarted = "nsaid-started"
    /// NSAIDs on at least 50% of baseline days and on under 25% of follow-up days.
    case nsaidStopped = "nsaid-stopped"

    public static var vocabularyName: String { "co-intervention" }
  }

  /// The smallest change of mean daily MME that counts, in MME a day.
  public static let smallestMMEChange = 5.0
  /// The smallest relative change of mean daily MME that counts.
  public static let smallestRelativeMMEChange = 0.5

  /// Use in the baseline window.
  public var baseline: Window
  /// Use in the follow-up window.
  public var followUp: Window
  /// The material changes, empty when there is none.
  public var changes: [Change]

  /// Creates the use of two windows, finding the changes by the rule.
  public init(baseline: Window, followUp: Window) {
    self.baseline = baseline
    self.followUp = followUp
    var changes: [Change] = []
    if baseline.days > 0, followUp.days > 0 {
      let before = baseline.meanDailyMME
      let after = followUp.meanDailyMME
      let difference = after - before
      if abs(difference) >= Self.smallestMMEChange
        && (before == 0 || abs(difference) / before >= Self.smallestRelativeMMEChange)
      {
        changes.append(difference > 0 ? .opioidsUp : .opioidsDown)
      }
      if baseline.nsaidShare < 0.25 && followUp.nsaidShare >= 0.5 { changes.append(.nsaidStarted) }
      if baseline.nsaidShare >= 0.5 && followUp.nsaidShare < 0.25 { changes.append(.nsaidStopped) }
    }
    self.changes = changes
  }

  /// Sets each response's ``TreatmentResponse/analgesics`` from `load`, the medications taken up to
  /// the report day; leaves them nil when no medication was logged at all (`load` nil).
  static func attach(to responses: inout [TreatmentResponse], load: MedicationLoad?) {
    guard let load else { return }
    for index in responses.indices {
      let response = responses[index]
      responses[index].analgesics = AnalgesicUse(
        baseline: window(load, from: response.baseline.from, through: response.baseline.to),
        followUp: window(load, from: response.followUp.from, through: response.followUp.to))
    }
  }

  /// The use over `from` through `through` (no days when `through` is nil or before `from`).
  public static func window(_ load: MedicationLoad, from: CalendarDay, through: CalendarDay?) -> Window {
    guard let through, through >= from else { return Window(days: 0, meanDailyMME: 0, nsaidDays: 0) }
    var mme = 0.0
    var nsaidDays = 0
    for number in from.dayNumber...through.dayNumber {
      let day = CalendarDay(dayNumber: number)
      mme += load.mme(on: day)
      if load.took(.nsaid, on: day) { nsaidDays += 1 }
    }
    let days = through.days(since: from) + 1
    return Window(days: days, meanDailyMME: mme / Double(days), nsaidDays: nsaidDays)
  }
}
