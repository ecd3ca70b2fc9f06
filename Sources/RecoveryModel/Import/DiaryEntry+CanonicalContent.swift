extension DiaryEntry {
  /// The entry's content: its JSON object without `id` and `uid`, keys sorted, in one fixed form
  /// (see ``ContentEncoder``).
  ///
  /// Pain and symptom entries, which most imported files hold, are written field by field here;
  /// the other types go through their own `Encodable` (``encodedCanonicalContent``). Both give the
  /// same text, byte for byte.
  package var canonicalContent: String {
    switch self {
    case .pain(let pain): pain.canonicalContent
    case .symptom(let symptom): symptom.canonicalContent
    default: encodedCanonicalContent
    }
  }

  /// The entry's content written through its `Encodable` conformance by ``ContentEncoder``.
  package var encodedCanonicalContent: String {
    let encoder = ContentEncoder(leavingOut: [EntryField.id.rawValue, EntryField.uid.rawValue])
    // The entry types' encoders throw only for values that cannot be written, which this encoder
    // does not refuse.
    try! encode(to: encoder)
    return encoder.object
  }
}

extension PainEntry {
  /// The content as ``DiaryEntry/encodedCanonicalContent`` writes it: keys in byte order, absent
  /// fields left out.
  var canonicalContent: String {
    var text = CanonicalObject()
    text.word("activity", activity)
    text.text("date", day.description)
    text.word("location", location)
    text.text("note", note)
    text.number("score", score)
    text.word("side", side)
    text.text("time", time?.description)
    text.word("type", EntryType.pain)
    return text.finished
  }
}

extension SymptomEntry {
  /// The content as ``DiaryEntry/encodedCanonicalContent`` writes it: keys in byte order, absent
  /// fields left out.
  var canonicalContent: String {
    var text = CanonicalObject()
    text.word("activity", activity)
    text.number("count", count)
    text.text("date", day.description)
    text.word("kind", kind)
    text.word("location", location)
    text.text("note", note)
    text.word("point", point)
    text.number("severity", severity)
    text.word("side", side)
    text.text("time", time?.description)
    text.word("type", EntryType.symptom)
    return text.finished
  }
}

/// A JSON object written member by member in ``ContentEncoder``'s form; the caller gives the keys
/// in byte order.
private struct CanonicalObject {
  private var text = "{"

  init() {
    text.reserveCapacity(160)
  }

  private mutating func key(_ key: StaticString) {
    if text.utf8.count > 1 { text += "," }
    text += "\""
    text += key.description
    text += "\":"
  }

  mutating func text(_ key: StaticString, _ value: String?) {
    guard let value else { return }
    self.key(key)
    text += ContentEncoder.quoted(value)
  }

  mutating func word<Word: Vocabulary>(_ key: StaticString, _ value: Word?) {
    text(key, value?.rawValue)
  }

  mutating func number(_ key: StaticString, _ value: Int?) {
    guard let value else { return }
    self.key(key)
    text += String(value)
  }

  var finished: String { text + "}" }
}
