#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A drug taken: doses on one day, or a regular course over a period.
///
/// Doses on a day (`isCourse == false`) are `times` doses of `dose` mg on `day`, at `time` when given.
/// A course (`isCourse == true`) is `times` doses of `dose` mg every day from `day` up to the day
/// before `to`, the first day without it, as walking-aid periods count; an open course (`to == nil`)
/// is still going on.
public struct MedicationEntry: Sendable, Equatable, Codable {
  /// The entry's id, unique across all entry types in a database (`#42`); nil until stored.
  public var id: Int?
  /// A stable identifier that survives export, import and merge.
  public var uid: UUID
  /// Which drug.
  public var drug: Drug
  /// The drug's name, required for ``Drug/other``.
  public var name: String?
  /// The day of the doses, or a course's first day.
  public var day: CalendarDay
  /// The time of day of the doses, when given (never for a course).
  public var time: TimeOfDay?
  /// Whether the entry is a regular course over a period rather than doses on one day.
  public var isCourse: Bool
  /// A course's first day without the drug; nil while it goes on, and always nil for doses on a day.
  public var to: CalendarDay?
  /// One dose in milligrams, when known.
  public var dose: Double?
  /// How many doses: on the day, or each day of a course.
  public var times: Int
  /// Whether the drug was taken as needed rather than on a schedule.
  public var asNeeded: Bool
  /// Anything else.
  public var note: String?

  /// The accepted number of doses a day.
  public static let timesRange = 1...24

  /// Creates an entry; `uid` defaults to a new random UUID.
  public init(
    id: Int? = nil, uid: UUID = UUID(), drug: Drug, name: String? = nil, day: CalendarDay,
    time: TimeOfDay? = nil, isCourse: Bool = false, to: CalendarDay? = nil, dose: Double? = nil,
    times: Int = 1, asNeeded: Bool = false, note: String? = nil
  ) {
    self.id = id
    self.uid = uid
    self.drug = drug
    self.name = name
    self.day = day
    self.time = time
    self.isCourse = isCourse
    self.to = to
    self.dose = dose
    self.times = times
    self.asNeeded = asNeeded
    self.note = note
  }

  /// The milligrams taken on each day the entry covers, when the dose is known.
  public var dailyDose: Double? { dose.map { $0 * Double(times) } }

  /// The estimated morphine milligram equivalents on each day the entry covers: the daily dose times
  /// the drug's factor. Nil for a drug that is not an opioid or a dose not given.
  ///
  /// An estimate for describing use, never for converting doses.
  public var dailyMME: Double? {
    guard let factor = drug.mmeFactor, let dailyDose else { return nil }
    return dailyDose * factor
  }

  /// Whether the entry covers `someDay`: its day, or a day of its course (an open course runs on).
  public func covers(_ someDay: CalendarDay) -> Bool {
    guard isCourse else { return someDay == day }
    return someDay >= day && (to.map { someDay < $0 } ?? true)
  }

  /// The last day the entry covers, or nil for an open course.
  public var lastDay: CalendarDay? {
    guard isCourse else { return day }
    return to.map { $0.adding(days: -1) }
  }

  /// Checks the entry against the domain's rules.
  /// - Parameter today: the patient's today, for the rule that an entry is not dated after it; nil
  ///   skips that rule (for entries stored earlier, which met it on the day they were entered).
  /// - Throws: ``EntryError`` naming the first problem found.
  public func validate(today: CalendarDay?) throws(EntryError) {
    try Validation.notInFuture(day, today: today)
    if drug == .other, (name ?? "").isEmpty { throw .drugNameRequired }
    if isCourse {
      if time != nil { throw .courseHasTime }
      if let to {
        try Validation.notInFuture(to, today: today)
        if to < day { throw .periodEndsBeforeStart(from: day, to: to) }
        if to == day { throw .emptyPeriod(on: day) }
      }
    } else if to != nil {
      throw .dosesHaveNoEnd
    }
    try Validation.within(Self.timesRange, times, field: .times)
    if let dose {
      guard dose.isFinite, dose > 0, dose <= drug.largestDose else {
        throw .implausibleDose(drug: drug, dose: dose, largest: drug.largestDose)
      }
      let daily = dose * Double(times)
      if daily > drug.largestDailyDose {
        throw .implausibleDailyDose(drug: drug, daily: daily, largest: drug.largestDailyDose)
      }
    }
    try Validation.textFits(name, field: .name)
    try Validation.textFits(note, field: .note)
  }
}
