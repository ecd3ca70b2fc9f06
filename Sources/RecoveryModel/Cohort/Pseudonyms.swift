#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Stable pseudonyms for the patients of a database, for output that is shared: `patient-3fa2c1`.
///
/// A pseudonym is made from the patient's uid and a secret key the database keeps (HMAC-SHA1 of the
/// uid's lowercase text under the key, its first hex digits), so the same patient gets the same
/// pseudonym in every run on that database, whatever their name or the order of the patients, while
/// someone who knows the uids (a FHIR export carries them) but not the key cannot tell whose it is.
/// Names never enter it. Six digits are used, more for patients whose six would collide with another
/// patient's in the same set, so no two patients share one.
public struct Pseudonyms: Sendable {
  private var names: [UUID: String] = [:]

  /// The digits a pseudonym has unless it must have more to be unique.
  public static let digits = 6

  /// Makes pseudonyms for `patients` under `key` (see `RecoveryStore.pseudonymKey()`).
  public init(_ patients: [Patient], key: [UInt8]) {
    var pending = patients.map { (uid: $0.uid, hex: Self.hash($0.uid, key: key)) }
    var length = Self.digits
    // Patients whose digits so far collide get two more, until they differ; patients whose whole
    // digests agree (only the same uid twice) are told apart by their place in the list.
    while !pending.isEmpty {
      let groups = Dictionary(grouping: pending) { $0.hex.prefix(length) }
      pending = []
      for (prefix, members) in groups {
        if members.count == 1 {
          names[members[0].uid] = "patient-" + prefix
        } else if length >= 40 {
          for (index, member) in members.enumerated() { names[member.uid] = "patient-\(prefix)-\(index + 1)" }
        } else {
          pending += members
        }
      }
      length += 2
    }
  }

  /// The pseudonym of the patient with `uid`, or nil for a patient not given to ``init(_:key:)``.
  public subscript(uid: UUID) -> String? { names[uid] }

  /// The 40 lowercase hex digits of HMAC-SHA1 (RFC 2104) of the uid's lowercase text under `key`.
  static func hash(_ uid: UUID, key: [UInt8]) -> String {
    let block = 64
    var padded = key.count > block ? SHA1.digest(key) : key
    padded += Array(repeating: 0, count: block - padded.count)
    var inner = SHA1()
    inner.update(padded.map { $0 ^ 0x36 })
    inner.update(Array(uid.uuidString.lowercased().utf8))
    var outer = SHA1()
    outer.update(padded.map { $0 ^ 0x5c })
    outer.update(inner.finish().bytes)
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    for byte in outer.finish().bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0xf)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
