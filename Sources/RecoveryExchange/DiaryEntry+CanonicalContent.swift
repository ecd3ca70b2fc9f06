import RecoveryModel

extension DiaryEntry {
  /// The entry's content: its JSON object without `id` and `uid`, keys sorted, in one fixed form
  /// (see `ContentEncoder`).
  ///
  /// Pain and symptom entries, which most imported files hold, are written field by field as bytes
  /// (``writeCanonicalContent(to:)``); the other types go through their own `Encodable`
  /// (``encodedCanonicalContent``). Both give the same text, byte for byte.
  package var canonicalContent: String {
    var json = JSONBytes()
    json.write { writeCanonicalContent(to: &$0) }
    return json.text
  }

  /// The entry's content written through its `Encodable` conformance by `ContentEncoder`.
  package var encodedCanonicalContent: String {
    let encoder = ContentEncoder(leavingOut: [EntryField.id.rawValue, EntryField.uid.rawValue])
    // The entry types' encoders throw only for values that cannot be written, which this encoder
    // does not refuse.
    try! encode(to: encoder)
    return encoder.object
  }

  /// Appends ``canonicalContent``'s UTF-8 bytes to `json`.
  func writeCanonicalContent(to json: inout JSONWriter) {
    switch self {
    case .pain(let pain): pain.writeCanonicalContent(to: &json)
    case .symptom(let symptom): symptom.writeCanonicalContent(to: &json)
    default: json.append(json: encodedCanonicalContent)
    }
  }
}

extension PainEntry {
  /// Writes the content as `DiaryEntry/encodedCanonicalContent` writes it: keys in byte order,
  /// absent fields left out.
  fileprivate func writeCanonicalContent(to json: inout JSONWriter) {
    json.openObject()
    json.member("activity", activity, in: WordTables.activity)
    json.member("date", day)
    json.member("location", location, in: WordTables.location)
    json.member("note", note)
    json.member("score", score)
    json.member("side", side, in: WordTables.side)
    json.member("time", time)
    json.member("type", EntryType.pain, in: WordTables.entryType)
    json.closeObject()
  }
}

extension SymptomEntry {
  /// Writes the content as `DiaryEntry/encodedCanonicalContent` writes it: keys in byte order,
  /// absent fields left out.
  fileprivate func writeCanonicalContent(to json: inout JSONWriter) {
    json.openObject()
    json.member("activity", activity, in: WordTables.activity)
    json.member("count", count)
    json.member("date", day)
    json.member("kind", kind, in: WordTables.symptomKind)
    json.member("location", location, in: WordTables.location)
    json.member("note", note)
    json.member("point", point, in: WordTables.point)
    json.member("severity", severity)
    json.member("side", side, in: WordTables.side)
    json.member("time", time)
    json.member("type", EntryType.symptom, in: WordTables.entryType)
    json.closeObject()
  }
}

/// The members of the content object, each left out when absent; the caller gives the keys in byte
/// order.
extension JSONWriter {
  fileprivate mutating func member(_ key: StaticString, _ value: String?) {
    guard let value else { return }
    self.key(key)
    quoted(value)
  }

  /// A word, its bytes taken from its vocabulary's table rather than from a `String`.
  fileprivate mutating func member<Word: Vocabulary>(
    _ key: StaticString, _ value: Word?, in words: WordTable<Word>
  ) {
    guard let value else { return }
    self.key(key)
    words.withBytes(of: value) { quoted(word: $0) }
  }

  fileprivate mutating func member(_ key: StaticString, _ value: Int?) {
    guard let value else { return }
    self.key(key)
    decimal(value)
  }

  fileprivate mutating func member(_ key: StaticString, _ value: CalendarDay) {
    self.key(key)
    quoted(value)
  }

  fileprivate mutating func member(_ key: StaticString, _ value: TimeOfDay?) {
    guard let value else { return }
    self.key(key)
    quoted(value)
  }
}
