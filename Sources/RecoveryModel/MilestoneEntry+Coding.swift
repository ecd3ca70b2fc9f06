extension MilestoneEntry {
  /// Reads a milestone entry from ``EntryField`` keys (the milestone under `kind`, as a symptom's or a
  /// treatment's kind); keys of other types are ignored.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    let head = try fields.decodeHead()
    self.init(
      id: head.id, uid: head.uid, day: head.day, time: head.time,
      kind: try fields.decode(MilestoneKind.self, forKey: .kind),
      side: try fields.decodeIfPresent(Side.self, forKey: .side),
      note: try fields.decodeIfPresent(String.self, forKey: .note))
  }

  /// Writes the entry's fields with ``EntryField`` keys; absent fields are left out.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encode(EntryHead(id: id, uid: uid, day: day, time: time))
    try fields.encode(kind, forKey: .kind)
    try fields.encodeIfPresent(side, forKey: .side)
    try fields.encodeIfPresent(note, forKey: .note)
  }
}
