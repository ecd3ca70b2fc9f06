extension SymptomEntry {
  /// Reads a symptom entry from ``EntryField`` keys; keys of other types are ignored.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    self.init(
      id: try fields.decodeIfPresent(Int.self, forKey: .id), uid: try fields.decodeUID(),
      day: try fields.decode(CalendarDay.self, forKey: .date),
      time: try fields.decodeIfPresent(TimeOfDay.self, forKey: .time),
      kind: try fields.decode(SymptomKind.self, forKey: .kind),
      count: try fields.decodeIfPresent(Int.self, forKey: .count),
      severity: try fields.decodeIfPresent(Int.self, forKey: .severity),
      point: try fields.decodeIfPresent(TriggerPoint.self, forKey: .point),
      location: try fields.decodeIfPresent(BodyLocation.self, forKey: .location),
      side: try fields.decodeIfPresent(Side.self, forKey: .side),
      activity: try fields.decodeIfPresent(Activity.self, forKey: .activity),
      note: try fields.decodeIfPresent(String.self, forKey: .note))
  }

  /// Writes the entry's fields with ``EntryField`` keys; absent fields are left out.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encodeIfPresent(id, forKey: .id)
    try fields.encodeUID(uid)
    try fields.encode(day, forKey: .date)
    try fields.encodeIfPresent(time, forKey: .time)
    try fields.encode(kind, forKey: .kind)
    try fields.encodeIfPresent(count, forKey: .count)
    try fields.encodeIfPresent(severity, forKey: .severity)
    try fields.encodeIfPresent(point, forKey: .point)
    try fields.encodeIfPresent(location, forKey: .location)
    try fields.encodeIfPresent(side, forKey: .side)
    try fields.encodeIfPresent(activity, forKey: .activity)
    try fields.encodeIfPresent(note, forKey: .note)
  }
}
