extension Treatment {
  /// Reads a treatment from ``EntryField`` keys; `category` and keys of other types are ignored.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    let head = try fields.decodeHead()
    self.init(
      id: head.id, uid: head.uid, day: head.day, time: head.time,
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
    try encodeFields(into: &fields, absence: .leftOut)
  }

  /// Writes the treatment's fields and its category, with a field not given written as `absence` says.
  func encodeFields(
    into fields: inout KeyedEncodingContainer<EntryField>, absence: EntryField.Absence
  ) throws {
    try fields.encode(EntryHead(id: id, uid: uid, day: day, time: time), absence: absence)
    try fields.encode(kind, forKey: .kind)
    try fields.encode(category, forKey: .category)
    try fields.encode(name, forKey: .name, absence: absence)
    try fields.encode(side, forKey: .side, absence: absence)
    try fields.encode(level, forKey: .level, absence: absence)
    try fields.encode(approach, forKey: .approach, absence: absence)
    try fields.encode(target, forKey: .target, absence: absence)
    try fields.encode(guidance, forKey: .guidance, absence: absence)
    try fields.encode(agent, forKey: .agent, absence: absence)
    try fields.encode(dose, forKey: .dose, absence: absence)
    try fields.encode(round, forKey: .round, absence: absence)
    try fields.encode(provider, forKey: .provider, absence: absence)
    try fields.encode(finding, forKey: .finding, absence: absence)
    try fields.encode(note, forKey: .note, absence: absence)
  }
}
