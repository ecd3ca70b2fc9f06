extension ImportedValue: Decodable {
  /// Reads one JSON value of an entry object: a string, number, flag, `null` or array of them; an
  /// object is an error.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    // Strings first: most of an entry's values are, and each failed attempt costs a thrown error.
    if container.decodeNil() {
      self = .null
    } else if let text = try? container.decode(String.self) {
      self = .text(text)
    } else if let number = try? container.decode(Int.self) {
      self = .number(String(number))
    } else if let number = try? container.decode(Double.self) {
      self = .number(String(number))
    } else if let flag = try? container.decode(Bool.self) {
      self = .flag(flag)
    } else if let values = try? container.decode([ImportedValue].self) {
      self = .list(values)
    } else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "An object inside an entry.")
    }
  }
}
