/// What a patient took on each day: the estimated morphine milligram equivalents (MME) and the drug
/// classes, from doses on a day and courses (an open course runs up to the day asked about).
///
/// Daily MME is the sum over opioids of milligrams a day times the drug's ``Drug/mmeFactor``; a dose
/// without a known amount counts the day as a day on the drug but adds nothing to its MME. The
/// figures describe use; they are an estimate and never dosing advice.
public struct MedicationLoad: Sendable, Equatable {
  /// One day's use.
  public struct Day: Sendable, Equatable {
    /// Estimated morphine milligram equivalents taken that day.
    public var mme: Double = 0
    /// The classes of the drugs taken that day.
    public var classes: Set<DrugClass> = []
  }

  /// The days with anything taken, by day.
  public private(set) var days: [CalendarDay: Day] = [:]

  /// Adds up `entries` up to and including `asOf` (entries after it are ignored).
  public init(entries: [MedicationEntry], asOf: CalendarDay) {
    for entry in entries where entry.day <= asOf {
      let last = min(entry.lastDay ?? asOf, asOf)
      guard last >= entry.day else { continue }
      for number in entry.day.dayNumber...last.dayNumber {
        let day = CalendarDay(dayNumber: number)
        days[day, default: Day()].classes.insert(entry.drug.drugClass)
        if let mme = entry.dailyMME { days[day, default: Day()].mme += mme }
      }
    }
  }

  /// The estimated MME taken on `day` (0 on a day without opioids).
  public func mme(on day: CalendarDay) -> Double {
    days[day]?.mme ?? 0
  }

  /// Whether any drug of `drugClass` was taken on `day`.
  public func took(_ drugClass: DrugClass, on day: CalendarDay) -> Bool {
    days[day]?.classes.contains(drugClass) ?? false
  }

  /// The last day from `start` through `end` on which an opioid was taken, or nil when none was.
  public func lastOpioidDay(from start: CalendarDay, through end: CalendarDay) -> CalendarDay? {
    guard start <= end else { return nil }
    return days.keys.filter { $0 >= start && $0 <= end && took(.opioid, on: $0) }.max()
  }
}
