import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// How an import names the entries a file gives without a uid: the uids of one entry's
/// occurrences, the first one tried first.
///
/// The rule must give the same uids for the same patient and entry every time, so that importing a
/// file again finds the entries it added (`RecoveryExchange`'s derived uids are such a rule). An
/// import calls ``start(patient:entry:)`` once for an entry, then ``uid(occurrence:)`` from 0 up
/// until it finds a uid that no earlier entry of the file took.
public protocol ImportUIDRule {
  /// Starts the uids of `entry` (its uid ignored) in `patient`'s diary.
  mutating func start(patient: String, entry: DiaryEntry)
  /// The uid of occurrence `occurrence` (0 for the first) of the entry last started.
  mutating func uid(occurrence: Int) -> UUID
}
