#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension MilestoneTarget {
  /// Reads a target from ``EntryField`` keys: `kind` (a milestone or `off-crutches`), `days` and
  /// `surgery` (the surgery's uid); keys of other types are ignored.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    let text = try fields.decode(String.self, forKey: .surgery)
    guard let surgery = UUID(uuidString: text) else {
      throw DecodingError.dataCorruptedError(
        forKey: .surgery, in: fields, debugDescription: "Expected the surgery's UUID, got \"\(text)\".")
    }
    self.init(
      id: try fields.decodeIfPresent(Int.self, forKey: .id), uid: try fields.decodeUID(),
      day: try fields.decode(CalendarDay.self, forKey: .date),
      kind: try fields.decode(TargetKind.self, forKey: .kind),
      days: try fields.decode(Int.self, forKey: .days), surgery: surgery,
      note: try fields.decodeIfPresent(String.self, forKey: .note))
  }

  /// Writes the target's fields with ``EntryField`` keys; absent fields are left out.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encode(EntryHead(id: id, uid: uid, day: day, time: nil))
    try fields.encode(kind, forKey: .kind)
    try fields.encode(days, forKey: .days)
    try fields.encodeUID(surgery, forKey: .surgery)
    try fields.encodeIfPresent(note, forKey: .note)
  }
}
