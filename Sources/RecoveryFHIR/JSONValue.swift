import RecoveryExchange

/// A JSON value whose object members keep the order they were given in, rendered compactly.
///
/// FHIR JSON allows no empty arrays, empty objects, empty strings or nulls: the builders below leave
/// out a member whose value is one of those, so a mapping can pass optional values without checking
/// each.
indirect enum JSONValue: Equatable, Sendable {
  case string(String)
  case integer(Int)
  /// A decimal number, written in the shortest form that reads back as the same `Double`.
  case decimal(Double)
  case array([JSONValue])
  case object([Member])

  /// One member of an object.
  struct Member: Equatable, Sendable {
    var key: String
    var value: JSONValue
  }

  /// An object of the members whose value is present and not empty, in the order given.
  static func fields(_ members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    .object(present(members))
  }

  /// The members whose value is present and not empty, in the order given.
  static func present(_ members: KeyValuePairs<String, JSONValue?>) -> [Member] {
    members.compactMap { key, value in value.flatMap { $0.isEmpty ? nil : Member(key: key, value: $0) } }
  }

  /// An array of the elements that are present and not empty.
  static func list(_ elements: [JSONValue?]) -> JSONValue {
    .array(elements.compactMap { $0.flatMap { $0.isEmpty ? nil : $0 } })
  }

  /// A string, or nil when the text is missing or empty.
  static func text(_ text: String?) -> JSONValue? {
    guard let text, !text.isEmpty else { return nil }
    return .string(text)
  }

  /// Whether FHIR would refuse the value as empty: an empty string, array or object.
  var isEmpty: Bool {
    switch self {
    case .string(let text): text.isEmpty
    case .array(let elements): elements.isEmpty
    case .object(let members): members.isEmpty
    case .integer, .decimal: false
    }
  }

  /// The value as compact JSON.
  var rendered: String {
    var output = ""
    render(into: &output)
    return output
  }

  /// Appends the value as compact JSON.
  func render(into output: inout String) {
    switch self {
    case .string(let text): JSONValue.appendQuoted(text, to: &output)
    case .integer(let value): output += String(value)
    case .decimal(let value): output += JSONValue.number(value)
    case .array(let elements):
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        element.render(into: &output)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { output += "," }
        JSONValue.appendQuoted(member.key, to: &output)
        output += ":"
        member.value.render(into: &output)
      }
      output += "}"
    }
  }

  /// A finite number as JSON: integral values without a fraction (`42`), others in Swift's shortest
  /// round-tripping form (`61.815`), which JSON reads as written.
  static func number(_ value: Double) -> String {
    JSONText.number(value)
  }

  /// Appends `text` as a JSON string: quotes, backslashes, control characters, U+2028 and U+2029
  /// escaped, everything else (non-Latin text included) as UTF-8.
  static func appendQuoted(_ text: String, to output: inout String) {
    JSONText.appendQuoted(text, to: &output, escapingSeparators: true)
  }
}
