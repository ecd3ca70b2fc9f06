import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A `Decoder` over one imported row's values by field, for the entry types' own `init(from:)`.
///
/// Each value is converted to the kind its type asks for: text to numbers, flags, dates, times and
/// vocabulary words, refusing what does not convert with an ``EntryReadError`` or `EntryError` that
/// names the field. The field types come from the entry types' conformances, so no table of fields
/// is kept here.
struct FieldDecoder: Decoder {
  let fields: FieldValues
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(Fields<Key>(fields: fields))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    throw EntryReadError.invalidValue(field: .type, value: "", expected: "one entry's fields")
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    throw EntryReadError.invalidValue(field: .type, value: "", expected: "one entry's fields")
  }

  /// The text of `field`, or nil when absent.
  func optionalText(_ field: EntryField) throws -> String? {
    guard let value = fields[field], !value.isAbsent else { return nil }
    return try Value(field: field, value: value).decode(String.self)
  }

  /// The flag of `field`, or nil when absent.
  func optionalFlag(_ field: EntryField) throws -> Bool? {
    guard let value = fields[field], !value.isAbsent else { return nil }
    return try Value(field: field, value: value).decode(Bool.self)
  }
}

extension FieldDecoder {
  /// The row's fields by key.
  struct Fields<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let fields: FieldValues
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] {
      EntryField.allCases.compactMap { field in
        fields[field].map { $0.isAbsent ? nil : Key(stringValue: field.rawValue) } ?? nil
      }
    }

    private func field(_ key: Key) -> EntryField {
      (key as? EntryField) ?? EntryField(rawValue: key.stringValue) ?? .note
    }

    private func value(_ key: Key) throws -> Value {
      let field = field(key)
      guard let value = fields[field], !value.isAbsent else {
        throw EntryReadError.missingField(field, type: nil)
      }
      return Value(field: field, value: value)
    }

    func contains(_ key: Key) -> Bool {
      fields[field(key)].map { !$0.isAbsent } ?? false
    }

    func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(
      keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
      let value = try value(key)
      throw EntryReadError.invalidValue(field: value.field, value: value.value.written, expected: "one value")
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
      try value(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { FieldDecoder(fields: fields) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try value(key) }
  }

  /// One field's value, converted to the kind asked for.
  struct Value: Decoder, SingleValueDecodingContainer {
    let field: EntryField
    let value: ImportedValue
    var codingPath: [any CodingKey] { [field] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private func invalid(_ expected: String) -> EntryReadError {
      .invalidValue(field: field, value: value.written, expected: expected)
    }

    private var text: String? {
      switch value {
      case .text(let text), .number(let text): text
      case .flag, .null, .list: nil
      }
    }

    func decodeNil() -> Bool { value.isAbsent }

    func decode(_ type: Bool.Type) throws -> Bool {
      switch value {
      case .flag(let flag): return flag
      case .text("true"): return true
      case .text("false"): return false
      default: throw invalid("true or false")
      }
    }

    func decode(_ type: String.Type) throws -> String {
      guard case .text(let text) = value else { throw invalid("text") }
      return text
    }

    func decode(_ type: Double.Type) throws -> Double {
      guard let text, let number = Double(text) else { throw invalid("a number") }
      return number
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    /// A whole number, also written with a fraction of zeros as spreadsheets do (`5.0`); `5.5` is
    /// refused.
    private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
      guard let text else { throw invalid("a whole number") }
      if let number = I(text) { return number }
      if let dot = text.lastIndex(of: "."), text[text.index(after: dot)...].allSatisfy({ $0 == "0" }),
        let number = I(text[..<dot])
      {
        return number
      }
      throw invalid("a whole number")
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    /// Dates, times and vocabulary words are read here, so that a value they refuse is reported as
    /// the entry's own error (an impossible date, an unknown word with its choices).
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
      if type == Int.self { return try integer(Int.self) as! T }
      if type == String.self { return try decode(String.self) as! T }
      if type == CalendarDay.self {
        guard case .text(let text) = value, let day = CalendarDay(text) else {
          throw EntryError.malformedDate(value.written)
        }
        return day as! T
      }
      if type == TimeOfDay.self {
        guard case .text(let text) = value, let time = TimeOfDay(text) else {
          throw EntryError.malformedTime(value.written)
        }
        return time as! T
      }
      if let vocabulary = type as? any Vocabulary.Type {
        return try word(vocabulary) as! T
      }
      return try T(from: self)
    }

    private func word<V: Vocabulary>(_ vocabulary: V.Type) throws -> V {
      guard case .text(let text) = value else { throw invalid("a word") }
      return try V.parse(text)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
      throw invalid("one value")
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
      switch value {
      case .list(let values): return Items(field: field, values: values)
      case .text(let text):
        return Items(field: field, values: text.split(separator: " ").map { .text(String($0)) })
      default: throw invalid("a list")
      }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }
  }

  /// A list's items: a JSON array, or a text of values separated by spaces.
  struct Items: UnkeyedDecodingContainer {
    let field: EntryField
    let values: [ImportedValue]
    var codingPath: [any CodingKey] { [field] }
    var count: Int? { values.count }
    var isAtEnd: Bool { currentIndex >= values.count }
    var currentIndex = 0

    init(field: EntryField, values: [ImportedValue]) {
      self.field = field
      self.values = values
    }

    private mutating func next() throws -> Value {
      guard !isAtEnd else {
        throw EntryReadError.invalidValue(
          field: field, value: values.map(\.written).joined(separator: " "), expected: "more values")
      }
      defer { currentIndex += 1 }
      return Value(field: field, value: values[currentIndex])
    }

    mutating func decodeNil() throws -> Bool {
      guard !isAtEnd, values[currentIndex] == .null else { return false }
      currentIndex += 1
      return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
      try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
      try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
  }
}

/// A row's values by field, in an array indexed by the field's position in `EntryField`'s cases:
/// the decoder looks fields up a dozen times per row, and hashing the keys cost more than the rest.
struct FieldValues {
  private var values: [ImportedValue?]

  init(_ fields: [EntryField: ImportedValue]) {
    values = Array(repeating: nil, count: EntryField.allCases.count)
    for (field, value) in fields { values[field.position] = value }
  }

  subscript(field: EntryField) -> ImportedValue? {
    get { values[field.position] }
    set { values[field.position] = newValue }
  }
}

extension EntryField {
  /// The fields in declaration order, made once.
  private static let all = allCases

  /// The field's position in ``allCases``.
  var position: Int { Self.all.firstIndex(of: self)! }
}
