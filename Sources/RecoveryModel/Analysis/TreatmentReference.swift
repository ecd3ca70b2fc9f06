#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A short pointer to a treatment inside a report: enough to name it and find it again.
public struct TreatmentReference: Sendable, Equatable, Codable {
  /// The entry id; nil for a treatment that was never stored.
  public var id: Int?
  /// The stable identifier.
  public var uid: UUID
  /// What was done.
  public var kind: TreatmentKind
  /// A short human label (the free name for `other`).
  public var label: String
  /// The day of the treatment.
  public var date: CalendarDay
  /// Which hip, when given.
  public var side: Side?

  /// Creates a reference to a treatment.
  public init(_ treatment: Treatment) {
    id = treatment.id
    uid = treatment.uid
    kind = treatment.kind
    label = treatment.label
    date = treatment.day
    side = treatment.side
  }

  enum CodingKeys: String, CodingKey {
    case id, uid, kind, label, date, side
  }

  // Written by hand so absent values are JSON null rather than missing keys: scripts see one shape.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeUID(uid, forKey: .uid)
    try container.encode(kind, forKey: .kind)
    try container.encode(label, forKey: .label)
    try container.encode(date, forKey: .date)
    try container.encode(side, forKey: .side)
  }
}
