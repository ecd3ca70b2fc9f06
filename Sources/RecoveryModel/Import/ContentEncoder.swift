/// An `Encoder` that writes an entry's JSON object in one fixed form: keys sorted, no spaces, strings
/// escaped minimally (`"`, `\` and control characters), numbers as whole numbers.
///
/// The form is pinned here rather than left to `JSONEncoder`, whose spacing and escaping may change
/// between releases, because derived uids hash it (see ``DiaryEntry/derivedUID(patient:occurrence:)``).
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

  /// The object, keys sorted.
  var object: String {
    "{"
      + members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      .map { Self.quoted($0.key) + ":" + $0.json }.joined(separator: ",") + "}"
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(Members<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer { Items(encoder: self) }

  func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

  /// `value` as JSON text.
  static func json<T: Encodable>(_ value: T) throws -> String {
    switch value {
    case let text as String: return quoted(text)
    case let number as Int: return String(number)
    case let flag as Bool: return flag ? "true" : "false"
    case let word as any Vocabulary: return quoted(word.rawValue)
    case let day as CalendarDay: return quoted(day.description)
    case let time as TimeOfDay: return quoted(time.description)
    default:
      let inner = ContentEncoder()
      try value.encode(to: inner)
      return inner.single ?? inner.object
    }
  }

  /// A JSON string: quotes, backslashes and control characters escaped, everything else as is.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  struct Members<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ContentEncoder
    var codingPath: [any CodingKey] { [] }

    private func add(_ key: Key, _ json: @autoclosure () throws -> String) rethrows {
      guard !encoder.leavingOut.contains(key.stringValue) else { return }
      encoder.members.append((key.stringValue, try json()))
    }

    mutating func encodeNil(forKey key: Key) throws { add(key, "null") }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      try add(key, try ContentEncoder.json(value))
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
    mutating func encode<T: Encodable>(_ value: T) throws { try append(ContentEncoder.json(value)) }

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
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.single = try ContentEncoder.json(value) }
  }
}
