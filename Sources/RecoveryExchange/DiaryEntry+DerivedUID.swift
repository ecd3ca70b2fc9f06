import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension DiaryEntry {
  /// The namespace of derived uids (a random UUID, fixed once for all).
  package static let derivedUIDNamespace = UUID(uuidString: "84207e43-cf23-4db9-9738-ac67bc1057a6")!

  /// The uid of an entry imported without one: the name-based UUID (version 5) under
  /// ``derivedUIDNamespace`` of the JSON array `[patient, content, occurrence]`, where content is the
  /// entry's ``canonicalContent`` and occurrence counts the identical entries before it in the same
  /// file.
  ///
  /// Importing the same file again derives the same uids, so it adds nothing; two identical rows
  /// differ in their occurrence, so both are kept.
  ///
  /// An import derives many uids through a `DerivedUIDBuilder`, which gives the same ones.
  package static func derivedUID(patient: String, content: String, occurrence: Int) -> UUID {
    var builder = DerivedUIDBuilder()
    builder.start(patient: patient, content: content)
    return builder.uid(occurrence: occurrence)
  }
}
