import RecoveryModel
import RecoveryStore

/// The surgery a target counts from: the one the user named, or the one it most plausibly belongs to.
enum TargetSurgery {
  /// Surgery `#id`, or when `id` is nil the surgery a target set on `day` most plausibly counts from
  /// (``TargetAnchor/surgery(forTargetOn:among:)``): the first surgery after `day` within 90 days,
  /// else the most recent on or before it.
  /// - Throws: ``EntryError/notASurgery(id:type:kind:)`` when `#id` is not a surgery,
  ///   ``EntryError/noSurgery(onOrBefore:)`` when there is none to default to, or the store's
  ///   ``StoreError/noSuchEntry(id:patient:)``.
  static func find(
    after id: Int?, day: CalendarDay, in store: RecoveryStore, for patient: Patient
  ) throws -> Treatment {
    if let id {
      let entry = try store.entry(id: id, for: patient)
      guard case .treatment(let treatment) = entry, treatment.category == .surgery else {
        var kind: TreatmentKind?
        if case .treatment(let treatment) = entry { kind = treatment.kind }
        throw EntryError.notASurgery(id: id, type: entry.type, kind: kind)
      }
      return treatment
    }
    let surgeries = try store.entries(for: patient, matching: EntryQuery(types: [.treatment]))
      .compactMap { entry -> Treatment? in
        guard case .treatment(let treatment) = entry, treatment.category == .surgery else { return nil }
        return treatment
      }
    guard let surgery = TargetAnchor.surgery(forTargetOn: day, among: surgeries) else {
      throw EntryError.noSurgery(onOrBefore: day)
    }
    return surgery
  }
}
