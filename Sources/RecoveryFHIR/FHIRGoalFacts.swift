import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What a target's `Goal` says beyond the target itself: when it starts and whether it was met.
public struct FHIRGoalFacts: Sendable, Equatable {
  /// A goal's `achievementStatus`, in FHIR's goal-achievement codes.
  public enum Achievement: String, Sendable, Equatable {
    /// The milestone was logged on or after the surgery.
    case achieved
    /// The due day has passed without the milestone.
    case notAchieved = "not-achieved"
  }

  /// The day of the surgery the target counts from, when the diary has it.
  public var surgeryDay: CalendarDay?
  /// Whether the surgery's `Procedure` is in the same export, so that the goal may refer to it.
  public var surgeryExported: Bool
  /// Whether the target was met or is overdue; nil while neither is known.
  public var achievement: Achievement?

  /// Creates the facts of one goal.
  public init(surgeryDay: CalendarDay?, surgeryExported: Bool, achievement: Achievement?) {
    self.surgeryDay = surgeryDay
    self.surgeryExported = surgeryExported
    self.achievement = achievement
  }
}

/// The surgeries and milestones of one patient's export, gathered in a first pass so that each
/// target's `Goal` can say when it starts and whether it was met, while the entries themselves are
/// still written one at a time.
///
/// Only treatments and milestones are kept (a few per patient), never pain or symptom entries.
public struct FHIRGoalContext: Sendable {
  private var surgeries: [UUID: CalendarDay] = [:]
  private var milestones: [MilestoneKind: [CalendarDay]] = [:]
  /// The day against which a goal not yet met is overdue.
  public var today: CalendarDay

  /// An empty context; `today` decides which goals are overdue.
  public init(today: CalendarDay) {
    self.today = today
  }

  /// Notes a treatment (its day, when it is a surgery) or a milestone (the day it was reached) that
  /// the export holds; other entries are ignored.
  public mutating func note(_ entry: DiaryEntry) {
    switch entry {
    case .treatment(let treatment) where treatment.category == .surgery:
      surgeries[treatment.uid] = treatment.day
    case .milestone(let milestone):
      milestones[milestone.kind, default: []].append(milestone.day)
    default:
      break
    }
  }

  /// The facts of `target`'s goal.
  ///
  /// A milestone target is `achieved` once that milestone was logged on or after the surgery's day;
  /// any target is `not-achieved` once its due day (the surgery's day plus its days) is before
  /// ``today`` and it was not found achieved. Off crutches and opioid free are not logged as
  /// milestones, so they are never found achieved here: only overdue.
  public func facts(for target: MilestoneTarget) -> FHIRGoalFacts {
    guard let day = surgeries[target.surgery] else {
      return FHIRGoalFacts(surgeryDay: nil, surgeryExported: false, achievement: nil)
    }
    var achievement: FHIRGoalFacts.Achievement?
    if case .milestone(let kind) = target.kind, milestones[kind]?.contains(where: { $0 >= day }) == true {
      achievement = .achieved
    } else if day.adding(days: target.days) < today {
      achievement = .notAchieved
    }
    return FHIRGoalFacts(surgeryDay: day, surgeryExported: true, achievement: achievement)
  }
}
