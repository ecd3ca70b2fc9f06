#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Derives the uids of entries imported without one, as
/// ``DiaryEntry/derivedUID(patient:content:occurrence:)`` defines them, without a `String` or an
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

  /// Starts the names of `entry`'s uids for `patient`: its content is ``DiaryEntry/canonicalContent``.
  package mutating func start(patient: String, entry: DiaryEntry) {
    openName(patient: patient)
    entry.writeCanonicalContent(to: &name)
    closeSharedPart()
  }

  /// Starts the names of uids for `patient` and content given as text.
  mutating func start(patient: String, content: String) {
    openName(patient: patient)
    name.append(json: content)
    closeSharedPart()
  }

  /// The uid of the occurrence `occurrence` (0 for the first) of the entry last started.
  package mutating func uid(occurrence: Int) -> UUID {
    name.truncate(to: sharedCount)
    name.decimal(occurrence)
    name.append("]")
    return name.bytes.withUnsafeBufferPointer { UUID.nameBased(namespace: namespace, name: $0) }
  }

  private mutating func openName(patient: String) {
    name.removeAll()
    name.append("[")
    name.quoted(patient)
    name.append(",")
  }

  private mutating func closeSharedPart() {
    name.append(",")
    sharedCount = name.count
  }
}
