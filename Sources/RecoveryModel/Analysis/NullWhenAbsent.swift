/// An optional stored property whose synthesized coding always writes its key: the value, or `null`
/// when absent.
///
/// Synthesized `Codable` leaves a nil optional's key out; the report's JSON instead keeps one shape for
/// scripts, so its optional values are marked with this wrapper. A missing key still decodes as nil
/// (see the `KeyedDecodingContainer` overload below), so readers of older or hand-made JSON keep
/// working.
@propertyWrapper
public struct NullWhenAbsent<Value: Codable>: Codable {
  /// The value; nil is written as `null`.
  public var wrappedValue: Value?

  /// Wraps a value.
  public init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }

  /// Reads the value, or nil from `null`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
  }

  /// Writes the value, or `null` when absent.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
  }
}

extension NullWhenAbsent: Sendable where Value: Sendable {}
extension NullWhenAbsent: Equatable where Value: Equatable {}
extension NullWhenAbsent: Hashable where Value: Hashable {}

extension KeyedDecodingContainer {
  /// Reads a ``NullWhenAbsent`` value, taking a missing key as nil like a plain optional.
  public func decode<Value>(
    _ type: NullWhenAbsent<Value>.Type, forKey key: Key
  ) throws -> NullWhenAbsent<Value> {
    NullWhenAbsent(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
  }
}
