extension MedicationEntry {
  /// Reads a medication from ``EntryField`` keys: doses on a day under `date` (and `time`), a course
  /// under `from` (and `to`); keys of other types are ignored.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    let id = try fields.decodeIfPresent(Int.self, forKey: .id)
    let uid = try fields.decodeUID()
    let drug = try fields.decode(Drug.self, forKey: .drug)
    let name = try fields.decodeIfPresent(String.self, forKey: .name)
    let dose = try fields.decodeIfPresent(Double.self, forKey: .dose)
    let times = try fields.decodeIfPresent(Int.self, forKey: .times) ?? 1
    let asNeeded = try fields.decodeIfPresent(Bool.self, forKey: .asNeeded) ?? false
    let note = try fields.decodeIfPresent(String.self, forKey: .note)
    if let from = try fields.decodeIfPresent(CalendarDay.self, forKey: .from) {
      self.init(
        id: id, uid: uid, drug: drug, name: name, day: from, isCourse: true,
        to: try fields.decodeIfPresent(CalendarDay.self, forKey: .to), dose: dose, times: times,
        asNeeded: asNeeded, note: note)
    } else {
      self.init(
        id: id, uid: uid, drug: drug, name: name, day: try fields.decode(CalendarDay.self, forKey: .date),
        time: try fields.decodeIfPresent(TimeOfDay.self, forKey: .time), dose: dose, times: times,
        asNeeded: asNeeded, note: note)
    }
  }

  /// Writes the entry's fields with ``EntryField`` keys: `date` and `time` for doses on a day, `from`
  /// and `to` (`null` while open) for a course; `asNeeded` only when true; other absent fields are
  /// left out.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encodeIfPresent(id, forKey: .id)
    try fields.encodeUID(uid)
    if isCourse {
      try fields.encode(day, forKey: .from)
      try fields.encode(to, forKey: .to, absence: .null)
    } else {
      try fields.encode(day, forKey: .date)
      try fields.encodeIfPresent(time, forKey: .time)
    }
    try fields.encode(drug, forKey: .drug)
    try fields.encodeIfPresent(name, forKey: .name)
    try fields.encodeIfPresent(dose, forKey: .dose)
    try fields.encode(times, forKey: .times)
    if asNeeded { try fields.encode(true, forKey: .asNeeded) }
    try fields.encodeIfPresent(note, forKey: .note)
  }
}
