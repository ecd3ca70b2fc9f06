#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Stable pseudonyms for the patients of a database, for output that is shared: `patient-3fa2c1`.
///
/// A pseudonym is made from the patient's uid alone (the first hex digits of its 64-bit FNV-1a hash),
/// so the same patient gets the same pseudonym in every run on that database, whatever their name or
/// the order of the patients. Names never enter it. Six digits are used, more for patients whose six
/// would collide with another patient's in the same set, so no two patients share one.
public struct Pseudonyms: Sendable {
  private var names: [UUID: String] = [:]

  /// The digits a pseudonym has unless it must have more to be unique.
  public static let digits = 6

  /// Makes pseudonyms for `patients`.
  public init(_ patients: [Patient]) {
    var pending = patients.map { (uid: $0.uid, hex: Self.hash($0.uid)) }
    var length = Self.digits
    // Patients whose digits so far collide get two more, until they differ.
    while !pending.isEmpty {
      let groups = Dictionary(grouping: pending) { $0.hex.prefix(length) }
      pending = []
      for (prefix, members) in groups {
        if members.count == 1 || length >= 16 {
          for member in members { names[member.uid] = "patient-" + prefix }
        } else {
          pending += members
        }
      }
      length += 2
    }
  }

  /// The pseudonym of the patient with `uid`, or nil for a patient not given to ``init(_:)``.
  public subscript(uid: UUID) -> String? { names[uid] }

  /// The 16 lowercase hex digits of the FNV-1a hash of the uid's lowercase text.
  static func hash(_ uid: UUID) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in uid.uuidString.lowercased().utf8 {
      value ^= UInt64(byte)
      value &*= 0x0000_0100_0000_01b3
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
