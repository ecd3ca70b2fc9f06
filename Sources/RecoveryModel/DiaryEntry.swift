#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Any diary entry: a treatment, a pain rating, a symptom, a walking-aid period, a questionnaire score,
/// a milestone reached, a surgeon's target or a medication taken.
public enum DiaryEntry: Sendable, Equatable {
  case treatment(Treatment)
  case pain(PainEntry)
  case symptom(SymptomEntry)
  case aid(AidPeriod)
  case score(ScoreEntry)
  case milestone(MilestoneEntry)
  case target(MilestoneTarget)
  case medication(MedicationEntry)

  /// Which type this entry is.
  public var type: EntryType {
    switch self {
    case .treatment: .treatment
    case .pain: .pain
    case .symptom: .symptom
    case .aid: .aid
    case .score: .score
    case .milestone: .milestone
    case .target: .target
    case .medication: .medication
    }
  }

  /// The entry's id, unique across all entry types in a database (`#42`); nil until stored.
  public var id: Int? {
    get {
      switch self {
      case .treatment(let value): value.id
      case .pain(let value): value.id
      case .symptom(let value): value.id
      case .aid(let value): value.id
      case .score(let value): value.id
      case .milestone(let value): value.id
      case .target(let value): value.id
      case .medication(let value): value.id
      }
    }
    set {
      switch self {
      case .treatment(var value):
        value.id = newValue
        self = .treatment(value)
      case .pain(var value):
        value.id = newValue
        self = .pain(value)
      case .symptom(var value):
        value.id = newValue
        self = .symptom(value)
      case .aid(var value):
        value.id = newValue
        self = .aid(value)
      case .score(var value):
        value.id = newValue
        self = .score(value)
      case .milestone(var value):
        value.id = newValue
        self = .milestone(value)
      case .target(var value):
        value.id = newValue
        self = .target(value)
      case .medication(var value):
        value.id = newValue
        self = .medication(value)
      }
    }
  }

  /// The stable identifier.
  public var uid: UUID {
    switch self {
    case .treatment(let value): value.uid
    case .pain(let value): value.uid
    case .symptom(let value): value.uid
    case .aid(let value): value.uid
    case .score(let value): value.uid
    case .milestone(let value): value.uid
    case .target(let value): value.uid
    case .medication(let value): value.uid
    }
  }

  /// The diary day the entry belongs to (for an aid period or a medication course, its first day).
  public var day: CalendarDay {
    switch self {
    case .treatment(let value): value.day
    case .pain(let value): value.day
    case .symptom(let value): value.day
    case .aid(let value): value.from
    case .score(let value): value.day
    case .milestone(let value): value.day
    case .target(let value): value.day
    case .medication(let value): value.day
    }
  }

  /// The time of day, when given.
  public var time: TimeOfDay? {
    switch self {
    case .treatment(let value): value.time
    case .pain(let value): value.time
    case .symptom(let value): value.time
    case .aid, .target: nil
    case .score(let value): value.time
    case .milestone(let value): value.time
    case .medication(let value): value.time
    }
  }

  /// Checks the entry against the domain's rules.
  /// - Parameter today: the patient's today, for the rule that an entry is not dated after it; nil
  ///   skips that rule (for entries stored earlier, which met it on the day they were entered).
  /// - Throws: ``EntryError`` naming the first problem found.
  public func validate(today: CalendarDay?) throws(EntryError) {
    switch self {
    case .treatment(let value): try value.validate(today: today)
    case .pain(let value): try value.validate(today: today)
    case .symptom(let value): try value.validate(today: today)
    case .aid(let value): try value.validate(today: today)
    case .score(let value): try value.validate(today: today)
    case .milestone(let value): try value.validate(today: today)
    case .target(let value): try value.validate(today: today)
    case .medication(let value): try value.validate(today: today)
    }
  }

  /// Orders entries as a diary reads: by day, then time (untimed first), then number.
  public static func diaryOrder(_ lhs: DiaryEntry, _ rhs: DiaryEntry) -> Bool {
    if lhs.day != rhs.day { return lhs.day < rhs.day }
    let lhsMinute = lhs.time.map { $0.hour * 60 + $0.minute } ?? -1
    let rhsMinute = rhs.time.map { $0.hour * 60 + $0.minute } ?? -1
    if lhsMinute != rhsMinute { return lhsMinute < rhsMinute }
    return (lhs.id ?? Int.max) < (rhs.id ?? Int.max)
  }
}

extension DiaryEntry {
  /// The same entry with another stable identifier (used to keep an entry's uid across edits).
  package func with(uid: UUID) -> DiaryEntry {
    switch self {
    case .treatment(var value):
      value.uid = uid
      return .treatment(value)
    case .pain(var value):
      value.uid = uid
      return .pain(value)
    case .symptom(var value):
      value.uid = uid
      return .symptom(value)
    case .aid(var value):
      value.uid = uid
      return .aid(value)
    case .score(var value):
      value.uid = uid
      return .score(value)
    case .milestone(var value):
      value.uid = uid
      return .milestone(value)
    case .target(var value):
      value.uid = uid
      return .target(value)
    case .medication(var value):
      value.uid = uid
      return .medication(value)
    }
  }
}
