/// What the patient took over the days shown: each drug class's days, the daily MME, and after each
/// surgery the last day on opioids.
///
/// MME figures are estimates for describing use (CDC 2022 factors), never dosing advice.
public struct MedicationSummary: Sendable, Equatable, Codable {
  /// One drug class's use over the days shown.
  public struct ClassUse: Sendable, Equatable, Codable {
    /// The class.
    public var drugClass: DrugClass
    /// The first day shown on which it was taken.
    public var first: CalendarDay
    /// The last day shown on which it was taken.
    public var last: CalendarDay
    /// How many days shown it was taken.
    public var days: Int
    /// The drugs of the class taken, in vocabulary order.
    public var drugs: [Drug]
    /// The runs of consecutive days shown on which it was taken, in order.
    public var stretches: [Stretch]
  }

  /// Consecutive days of use, both ends included.
  public struct Stretch: Sendable, Equatable, Codable {
    /// The first day.
    public var from: CalendarDay
    /// The last day.
    public var through: CalendarDay
  }

  /// One day's estimated MME.
  public struct DailyMME: Sendable, Equatable, Codable {
    /// The day.
    public var day: CalendarDay
    /// Estimated morphine milligram equivalents taken that day.
    public var mme: Double
  }

  /// When the patient came off opioids after a surgery.
  public struct OpioidFree: Sendable, Equatable, Codable {
    /// The surgery.
    public var surgery: TreatmentReference
    /// The last day on opioids from the surgery up to the next surgery or the report day; nil when
    /// none was taken.
    @NullWhenAbsent public var lastOpioidDay: CalendarDay?
    /// The day after the surgery from which the patient was opioid-free (the day after the last
    /// opioid, counted from the surgery day as day 0); 0 when none was taken.
    public var opioidFreeFromDay: Int
    /// Whether opioids were still taken on the report day (then ``opioidFreeFromDay`` is not yet
    /// reached).
    public var stillOnOpioids: Bool
    /// Whether opioids were taken on day 42 after the surgery (6 weeks); nil when the follow-up (up to
    /// the next surgery or the report day) ends before it.
    @NullWhenAbsent public var onOpioidsAtSixWeeks: Bool?
  }

  /// The drug classes taken, in vocabulary order.
  public var classes: [ClassUse]
  /// The days shown with opioids, in order.
  public var dailyMME: [DailyMME]
  /// After each surgery up to the report day, the last day on opioids.
  public var opioidFree: [OpioidFree]

  /// A summary with nothing taken.
  public static let empty = MedicationSummary(classes: [], dailyMME: [], opioidFree: [])

  /// Whether nothing was taken in the days shown and no surgery has opioid figures.
  public var isEmpty: Bool { classes.isEmpty && dailyMME.isEmpty }

  /// Summarizes `medications` over `from` through `to`, with each of `surgeries` followed up to the
  /// next one or `asOf`.
  public static func make(
    medications: [MedicationEntry], surgeries: [TreatmentReference], from: CalendarDay, to: CalendarDay,
    asOf: CalendarDay
  ) -> MedicationSummary {
    let load = MedicationLoad(entries: medications, asOf: asOf)
    var classes: [ClassUse] = []
    for drugClass in DrugClass.allCases {
      let days = load.days.filter { $0.key >= from && $0.key <= to && $0.value.classes.contains(drugClass) }
        .keys
      guard let first = days.min(), let last = days.max() else { continue }
      let drugs = Drug.allCases.filter { drug in
        drug.drugClass == drugClass
          && medications.contains { $0.drug == drug && ($0.lastDay ?? asOf) >= from && $0.day <= to }
      }
      var stretches: [Stretch] = []
      for day in days.sorted() {
        if let end = stretches.last?.through, end.adding(days: 1) == day {
          stretches[stretches.count - 1].through = day
        } else {
          stretches.append(Stretch(from: day, through: day))
        }
      }
      classes.append(
        ClassUse(
          drugClass: drugClass, first: first, last: last, days: days.count, drugs: drugs, stretches: stretches
        ))
    }
    let dailyMME = load.days.filter { $0.key >= from && $0.key <= to && $0.value.mme > 0 }
      .map { DailyMME(day: $0.key, mme: $0.value.mme) }.sorted { $0.day < $1.day }
    let ordered = surgeries.sorted { $0.date < $1.date }
    var opioidFree: [OpioidFree] = []
    // Without any medication logged, nothing says whether opioids were taken.
    for (index, surgery) in ordered.enumerated() where surgery.date <= asOf && !medications.isEmpty {
      let end = index + 1 < ordered.count ? min(ordered[index + 1].date.adding(days: -1), asOf) : asOf
      let last = load.lastOpioidDay(from: surgery.date, through: end)
      let sixWeeks = surgery.date.adding(days: 42)
      opioidFree.append(
        OpioidFree(
          surgery: surgery, lastOpioidDay: last,
          opioidFreeFromDay: last.map { $0.days(since: surgery.date) + 1 } ?? 0,
          stillOnOpioids: last == asOf && end == asOf,
          onOpioidsAtSixWeeks: sixWeeks <= end ? load.took(.opioid, on: sixWeeks) : nil))
    }
    return MedicationSummary(classes: classes, dailyMME: dailyMME, opioidFree: opioidFree)
  }
}
