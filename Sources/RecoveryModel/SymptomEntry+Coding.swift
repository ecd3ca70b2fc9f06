extension SymptomEntry {
  /// Reads a symptom entry from ``EntryField`` keys; keys of other types are ignored.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    let head = try fields.decodeHead()
    let kind = try fields.decode(SymptomKind.self, forKey: .kind)
    let count = try fields.decodeIfPresent(Int.self, forKey: .count)
    let severity = try fields.decodeIfPresent(Int.self, forKey: .severity)
    let point = try fields.decodeIfPresent(TriggerPoint.self, forKey: .point)
    let place = try fields.decodePlace()
    self.init(
      id: head.id, uid: head.uid, day: head.day, time: head.time, kind: kind, count: count,
      severity: severity, point: point, location: place.location, side: place.side,
      activity: place.activity, note: place.note)
  }

  /// Writes the entry's fields with ``EntryField`` keys; absent fields are left out.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encode(EntryHead(id: id, uid: uid, day: day, time: time))
    try fields.encode(kind, forKey: .kind)
    try fields.encodeIfPresent(count, forKey: .count)
    try fields.encodeIfPresent(severity, forKey: .severity)
    try fields.encodeIfPresent(point, forKey: .point)
    try fields.encode(EntryPlace(location: location, side: side, activity: activity, note: note))
  }
}
