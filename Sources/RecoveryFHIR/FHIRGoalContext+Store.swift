import RecoveryModel
import RecoveryStore

extension FHIRGoalContext {
  /// The surgeries and milestones that `patient`'s export of `query`'s days holds, read from
  /// `snapshot`: treatments and milestones only, whatever types the query asks for.
  public init(
    _ patient: Patient, in snapshot: StoreSnapshot, matching query: EntryQuery, today: CalendarDay
  ) throws {
    var context = FHIRGoalContext(today: today)
    let kept = EntryQuery(types: [.treatment, .milestone], from: query.from, through: query.through)
    try snapshot.forEachEntry(for: patient, matching: kept) { entry, _ in context.note(entry) }
    self = context
  }
}
