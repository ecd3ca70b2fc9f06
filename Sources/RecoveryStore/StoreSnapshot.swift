import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The reads of one ``RecoveryStore/readingOneSnapshot(_:)``: each sees the diary as it was when the
/// snapshot began.
///
/// A snapshot is valid only inside the closure it is given to; it reads over the store's connection
/// while the store is busy with the snapshot, and so never waits for the store's lock.
public struct StoreSnapshot {
  let store: RecoveryStore

  /// Every patient in the database, by name, as ``RecoveryStore/patients()``.
  public func patients() throws -> [Patient] {
    try store.loadPatients()
  }

  /// `patient`'s entries matching `query`, in diary order, as ``RecoveryStore/entries(for:matching:)``.
  public func entries(for patient: Patient, matching query: EntryQuery = EntryQuery()) throws -> [DiaryEntry]
  {
    try store.loadEntries(for: patient, matching: query)
  }

  /// Visits `patient`'s entries as ``RecoveryStore/forEachEntry(for:matching:_:)`` does.
  public func forEachEntry(
    for patient: Patient, matching query: EntryQuery = EntryQuery(),
    _ body: (_ entry: DiaryEntry, _ removed: Bool) throws -> Void
  ) throws {
    try store.visitEntries(for: patient, matching: query, body)
  }

  /// `patient`'s entry with this uid, or nil, as ``RecoveryStore/entry(uid:for:)``.
  public func entry(uid: UUID, for patient: Patient) throws -> DiaryEntry? {
    guard let found = try store.entry(uid: uid), found.patient.id == patient.id, !found.removed else {
      return nil
    }
    return found.entry
  }
}
