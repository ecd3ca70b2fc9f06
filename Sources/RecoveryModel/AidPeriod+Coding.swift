extension AidPeriod {
  /// Reads a period from ``EntryField`` keys; keys of other types are ignored.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    self.init(
      id: try fields.decodeIfPresent(Int.self, forKey: .id), uid: try fields.decodeUID(),
      aid: try fields.decode(WalkingAid.self, forKey: .aid),
      from: try fields.decode(CalendarDay.self, forKey: .from),
      to: try fields.decodeIfPresent(CalendarDay.self, forKey: .to),
      weightBearing: try fields.decodeIfPresent(WeightBearing.self, forKey: .weightBearing),
      side: try fields.decodeIfPresent(Side.self, forKey: .side),
      note: try fields.decodeIfPresent(String.self, forKey: .note))
  }

  /// Writes the period's fields with ``EntryField`` keys; absent fields are left out, except `to`,
  /// which is `null` while the period is open.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encodeIfPresent(id, forKey: .id)
    try fields.encodeUID(uid)
    try fields.encode(aid, forKey: .aid)
    try fields.encode(from, forKey: .from)
    try fields.encode(to, forKey: .to, absence: .null)
    try fields.encodeIfPresent(weightBearing, forKey: .weightBearing)
    try fields.encodeIfPresent(side, forKey: .side)
    try fields.encodeIfPresent(note, forKey: .note)
  }
}
