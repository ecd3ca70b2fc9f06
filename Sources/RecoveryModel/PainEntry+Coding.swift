extension PainEntry {
  /// Reads a pain entry from ``EntryField`` keys; keys of other types are ignored.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    let head = try fields.decodeHead()
    let score = try fields.decode(Int.self, forKey: .score)
    let place = try fields.decodePlace()
    self.init(
      id: head.id, uid: head.uid, day: head.day, time: head.time, score: score, location: place.location,
      side: place.side, activity: place.activity, note: place.note)
  }

  /// Writes the entry's fields with ``EntryField`` keys; absent fields are left out.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encode(EntryHead(id: id, uid: uid, day: day, time: time))
    try fields.encode(score, forKey: .score)
    try fields.encode(EntryPlace(location: location, side: side, activity: activity, note: note))
  }
}
