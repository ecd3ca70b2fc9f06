extension Decoder {
  /// Reads a value written as one JSON string, parsed by `parse`; text it refuses is a
  /// data-corrupted error that names what was expected ("a date as YYYY-MM-DD").
  func decodeText<Value>(expecting expected: String, _ parse: (String) -> Value?) throws -> Value {
    let container = try singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = parse(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "Expected \(expected), got \"\(text)\".")
    }
    return value
  }
}

extension Encoder {
  /// Writes a value as one JSON string.
  func encodeText(_ text: String) throws {
    var container = singleValueContainer()
    try container.encode(text)
  }
}
