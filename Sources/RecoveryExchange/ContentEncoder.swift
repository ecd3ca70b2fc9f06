import RecoveryModel

/// An `Encoder` that writes an entry's JSON object in one fixed form: keys sorted, no spaces, strings
/// escaped minimally (`"`, `\` and control characters), numbers as whole numbers.
///
/// The form is pinned here rather than left to `JSONEncoder`, whose spacing and escaping may change
/// between releases, because derived uids hash it (see `DiaryEntry/derivedUID(patient:content:occurrence:)`).
final class ContentEncoder: Encoder {
  /// Each key's value as JSON text.
  var members: [(key: String, json: String)] = []
  /// Keys left out of the object.
  let leavingOut: Set<String>
  /// The value a single-value or list encoding produced.
  var single: String?

  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(leavingOut: Set<String> = []) {
    self.leavingOut = leavingOut
  }

  /// The object, keys sorted (entry keys are ASCII, so `<` sorts them by their bytes).
  var object: String { Self.object(members[...]) }

  static func object(_ members: ArraySlice<(key: String, json: String)>) -> String {
    var text = "{"
    for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
      if index > 0 { text += "," }
      text += quoted(member.key)
      text += ":"
      text += member.json
    }
    return text + "}"
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(Members<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer { Items(encoder: self) }

  func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

  /// `value` as JSON text. Strings, numbers and flags arrive through the containers' own overloads;
  /// anything else (dates, words, lists) encodes itself into this encoder, without allocating another.
  func json<T: Encodable>(_ value: T) throws -> String {
    let before = members.count
    single = nil
    try value.encode(to: self)
    if let single {
      self.single = nil
      return single
    }
    let nested = members[before...]
    defer { members.removeSubrange(before...) }
    return Self.object(nested)
  }

  /// A JSON number: a whole one without a fraction (`40`), else the shortest text that reads back as
  /// the same number (`67.516`), as `JSONEncoder` writes them. The generic `encode` would call itself
  /// for a `Double`, since a `Double` encodes itself through a single-value container.
  static func number(_ value: Double) -> String { value.jsonText }

  /// A JSON string: quotes, backslashes and control characters escaped, everything else as is, as
  /// `JSONWriter` writes it.
  static func quoted(_ text: String) -> String {
    var json = JSONBytes()
    json.write { $0.quoted(text) }
    return json.text
  }

  struct Members<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ContentEncoder
    var codingPath: [any CodingKey] { [] }

    private func add(_ key: Key, _ json: @autoclosure () throws -> String) rethrows {
      guard !encoder.leavingOut.contains(key.stringValue) else { return }
      encoder.members.append((key.stringValue, try json()))
    }

    mutating func encodeNil(forKey key: Key) throws { add(key, "null") }
    mutating func encode(_ value: String, forKey key: Key) throws { add(key, ContentEncoder.quoted(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(key, String(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(key, ContentEncoder.number(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(key, value ? "true" : "false") }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      try add(key, try encoder.json(value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
  }

  struct Items: UnkeyedEncodingContainer {
    let encoder: ContentEncoder
    var codingPath: [any CodingKey] { [] }
    var count = 0
    private var items: [String] = []

    init(encoder: ContentEncoder) {
      self.encoder = encoder
      encoder.single = "[]"
    }

    mutating func encodeNil() throws { try append("null") }
    mutating func encode(_ value: String) throws { try append(ContentEncoder.quoted(value)) }
    mutating func encode(_ value: Int) throws { try append(String(value)) }
    mutating func encode(_ value: Double) throws { try append(ContentEncoder.number(value)) }
    mutating func encode(_ value: Bool) throws { try append(value ? "true" : "false") }
    mutating func encode<T: Encodable>(_ value: T) throws {
      let saved = encoder.single
      let json = try encoder.json(value)
      encoder.single = saved
      try append(json)
    }

    private mutating func append(_ json: String) throws {
      items.append(json)
      count += 1
      encoder.single = "[" + items.joined(separator: ",") + "]"
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
      encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { encoder.unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { encoder }
  }

  struct Single: SingleValueEncodingContainer {
    let encoder: ContentEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.single = "null" }
    mutating func encode(_ value: String) throws { encoder.single = ContentEncoder.quoted(value) }
    mutating func encode(_ value: Int) throws { encoder.single = String(value) }
    mutating func encode(_ value: Double) throws { encoder.single = ContentEncoder.number(value) }
    mutating func encode(_ value: Bool) throws { encoder.single = value ? "true" : "false" }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.single = try encoder.json(value) }
  }
}

extension Double {
  /// The number as JSON text: a whole one without a fraction (`40`), else the shortest text that reads
  /// back as the same number (`67.516`), as `JSONEncoder` writes them.
  package var jsonText: String {
    if rounded() == self, abs(self) < 1e15 { return String(Int(self)) }
    return "\(self)"
  }
}
