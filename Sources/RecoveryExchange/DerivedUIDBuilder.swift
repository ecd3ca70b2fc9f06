import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Derives the uids of entries imported without one, as
/// `DiaryEntry/derivedUID(patient:content:occurrence:)` defines them, without a `String` or an
/// `Array` per entry.
///
/// An import keeps one builder for its whole run. For each entry it writes the part of the hashed
/// name that all the entry's occurrences share, `[`, the quoted patient, `,`, the content and `,`,
/// once into a buffer it reuses; each occurrence then adds only its number and `]`, and the buffer is
/// hashed where it lies.
///
/// ```swift
/// var uids = DerivedUIDBuilder()
/// uids.start(patient: "default", entry: entry)
/// let first = uids.uid(occurrence: 0)  // DiaryEntry.derivedUID(patient: "default",
///                                       //   content: entry.canonicalContent, occurrence: 0)
/// ```
package struct DerivedUIDBuilder {
  /// The name being hashed.
  private var name = JSONBytes()
  /// The length of the part of the name that all occurrences share.
  private var sharedCount = 0
  private let namespace = DiaryEntry.derivedUIDNamespace

  package init() {}

  /// Starts the names of `entry`'s uids for `patient`: its content is `DiaryEntry/canonicalContent`.
  package mutating func start(patient: String, entry: DiaryEntry) {
    startName(patient: patient) { entry.writeCanonicalContent(to: &$0) }
  }

  /// Starts the names of uids for `patient` and content given as text.
  mutating func start(patient: String, content: String) {
    startName(patient: patient) { $0.append(json: content) }
  }

  /// Writes the shared part of the names: `[`, the quoted patient, `,`, the content and `,`.
  private mutating func startName(patient: String, content: (inout JSONWriter) -> Void) {
    name.removeAll()
    name.write { text in
      text.append("[")
      text.quoted(patient)
      text.append(",")
      content(&text)
      text.append(",")
    }
    sharedCount = name.count
  }

  /// The uid of the occurrence `occurrence` (0 for the first) of the entry last started.
  package mutating func uid(occurrence: Int) -> UUID {
    name.truncate(to: sharedCount)
    name.write { text in
      text.decimal(occurrence)
      text.append("]")
    }
    return name.withBytes { UUID.nameBased(namespace: namespace, name: $0) }
  }
}
