import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// How the `change` table's `before` and `after` columns keep an entry: its JSON object (see
/// ``EntryField``) with a version number under `v`, keys sorted.
///
/// ```json
/// {"date":"2024-11-20","id":42,"score":6,"type":"pain","uid":"…","v":1}
/// ```
///
/// Every version ever written stays readable:
/// - version 1 is ``DiaryEntry``'s JSON object plus `"v":1`;
/// - version 0, written by earlier builds, has no `v` and no `type` (the change row names the type)
///   and calls the diary day `day`; its other keys are version 1's.
enum EntrySnapshot {
  /// The version this build writes.
  static let version = 1

  /// The snapshot of `entry`, in the current version.
  static func encode(_ entry: DiaryEntry) throws -> String {
    String(decoding: try JSONEncoder.recovery(indented: false).encode(Versioned(entry: entry)), as: UTF8.self)
  }

  /// Reads a snapshot of any version.
  /// - Parameter type: the entry type the change row records.
  /// - Throws: `DecodingError` for a snapshot that is not one this build can read, including a newer
  ///   version's.
  static func decode(_ json: String, type: EntryType) throws -> DiaryEntry {
    let data = Data(json.utf8)
    let version = try JSONDecoder().decode(Probe.self, from: data).version ?? 0
    switch version {
    case 0:
      let decoder = JSONDecoder()
      // Version 0 calls the diary day `day`; its other keys are version 1's.
      decoder.keyDecodingStrategy = .custom { path in
        let key = path[path.count - 1]
        return key.stringValue == "day" ? EntryField.date : key
      }
      switch type {
      case .treatment: return .treatment(try decoder.decode(Treatment.self, from: data))
      case .pain: return .pain(try decoder.decode(PainEntry.self, from: data))
      case .symptom: return .symptom(try decoder.decode(SymptomEntry.self, from: data))
      case .aid: return .aid(try decoder.decode(AidPeriod.self, from: data))
      case .score, .milestone, .target, .medication:
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: [EntryField.type],
            debugDescription:
              "A version 0 snapshot of a \(type.rawValue) entry: version 0 predates that type."))
      }
    case 1:
      let entry = try JSONDecoder().decode(DiaryEntry.self, from: data)
      guard entry.type == type else {
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: [EntryField.type],
            debugDescription: "A \(entry.type.rawValue) snapshot in a change to a \(type.rawValue) entry."))
      }
      return entry
    default:
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: [VersionKey.v],
          debugDescription:
            "Snapshot version \(version) is newer than version \(Self.version), which this build reads."))
    }
  }

  /// The key of the version, beside the entry's ``EntryField`` keys.
  private enum VersionKey: String, CodingKey {
    case v = "v"
  }

  /// Just the version of a snapshot; nil for version 0.
  private struct Probe: Decodable {
    var version: Int?

    init(from decoder: any Decoder) throws {
      version = try decoder.container(keyedBy: VersionKey.self).decodeIfPresent(Int.self, forKey: .v)
    }
  }

  /// An entry's object with the version added.
  private struct Versioned: Encodable {
    var entry: DiaryEntry

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: VersionKey.self)
      try container.encode(EntrySnapshot.version, forKey: .v)
      try entry.encode(to: encoder)
    }
  }
}
