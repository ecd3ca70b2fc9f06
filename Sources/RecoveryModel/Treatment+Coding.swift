extension Treatment {
  /// Reads a treatment from ``EntryField`` keys; `category` and keys of other types are ignored.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    self.init(
      id: try fields.decodeIfPresent(Int.self, forKey: .id), uid: try fields.decodeUID(),
      day: try fields.decode(CalendarDay.self, forKey: .date),
      time: try fields.decodeIfPresent(TimeOfDay.self, forKey: .time),
      kind: try fields.decode(TreatmentKind.self, forKey: .kind),
      name: try fields.decodeIfPresent(String.self, forKey: .name),
      side: try fields.decodeIfPresent(Side.self, forKey: .side),
      level: try fields.decodeIfPresent(ReleaseLevel.self, forKey: .level),
      approach: try fields.decodeIfPresent(SurgicalApproach.self, forKey: .approach),
      target: try fields.decodeIfPresent(InjectionTarget.self, forKey: .target),
      guidance: try fields.decodeIfPresent(ImageGuidance.self, forKey: .guidance),
      agent: try fields.decodeIfPresent(String.self, forKey: .agent),
      dose: try fields.decodeIfPresent(String.self, forKey: .dose),
      round: try fields.decodeIfPresent(Int.self, forKey: .round),
      provider: try fields.decodeIfPresent(String.self, forKey: .provider),
      finding: try fields.decodeIfPresent(String.self, forKey: .finding),
      note: try fields.decodeIfPresent(String.self, forKey: .note))
  }

  /// Writes the treatment's fields, and its category, with ``EntryField`` keys; absent fields are left
  /// out.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encodeIfPresent(id, forKey: .id)
    try fields.encodeUID(uid)
    try fields.encode(day, forKey: .date)
    try fields.encodeIfPresent(time, forKey: .time)
    try fields.encode(kind, forKey: .kind)
    try fields.encode(category, forKey: .category)
    try fields.encodeIfPresent(name, forKey: .name)
    try fields.encodeIfPresent(side, forKey: .side)
    try fields.encodeIfPresent(level, forKey: .level)
    try fields.encodeIfPresent(approach, forKey: .approach)
    try fields.encodeIfPresent(target, forKey: .target)
    try fields.encodeIfPresent(guidance, forKey: .guidance)
    try fields.encodeIfPresent(agent, forKey: .agent)
    try fields.encodeIfPresent(dose, forKey: .dose)
    try fields.encodeIfPresent(round, forKey: .round)
    try fields.encodeIfPresent(provider, forKey: .provider)
    try fields.encodeIfPresent(finding, forKey: .finding)
    try fields.encodeIfPresent(note, forKey: .note)
  }
}
