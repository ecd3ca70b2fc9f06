#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The fields every entry logged on a day starts with, in the order its JSON is read.
struct EntryHead {
  /// The entry's id; nil for an entry that was never stored.
  var id: Int?
  /// The stable UUID.
  var uid: UUID
  /// The diary day.
  var day: CalendarDay
  /// The time of day, when given.
  var time: TimeOfDay?
}

/// Where pain or a symptom was felt, and the note: the fields those entries' JSON ends with.
struct EntryPlace {
  /// Where it was felt.
  var location: BodyLocation?
  /// Which side.
  var side: Side?
  /// What provoked it.
  var activity: Activity?
  /// Anything else.
  var note: String?
}

extension EntryField {
  /// How a field that was not given is written.
  enum Absence {
    /// The key is left out: the entry's own JSON.
    case leftOut
    /// The key is written with `null`: the report's JSON, which keeps one shape for scripts.
    case null
  }
}

extension KeyedEncodingContainer {
  /// Writes a uid as the lowercase text scripts compare.
  mutating func encodeUID(_ uid: UUID, forKey key: Key) throws {
    try encode(uid.uuidString.lowercased(), forKey: key)
  }
}

extension KeyedEncodingContainer where Key == EntryField {
  /// Writes a uid as the lowercase text scripts compare.
  mutating func encodeUID(_ uid: UUID) throws {
    try encodeUID(uid, forKey: .uid)
  }

  /// Writes a field that may not have been given, as `absence` says.
  mutating func encode<Value: Encodable>(
    _ value: Value?, forKey key: EntryField, absence: EntryField.Absence
  ) throws {
    switch absence {
    case .leftOut: try encodeIfPresent(value, forKey: key)
    case .null: try encode(value, forKey: key)
    }
  }

  /// Writes `id`, `uid`, `date` and `time`.
  mutating func encode(_ head: EntryHead, absence: EntryField.Absence = .leftOut) throws {
    try encode(head.id, forKey: .id, absence: absence)
    try encodeUID(head.uid)
    try encode(head.day, forKey: .date)
    try encode(head.time, forKey: .time, absence: absence)
  }

  /// Writes `location`, `side`, `activity` and `note`, leaving out those not given.
  mutating func encode(_ place: EntryPlace) throws {
    try encodeIfPresent(place.location, forKey: .location)
    try encodeIfPresent(place.side, forKey: .side)
    try encodeIfPresent(place.activity, forKey: .activity)
    try encodeIfPresent(place.note, forKey: .note)
  }
}

extension KeyedDecodingContainer where Key == EntryField {
  /// Reads a uid in either case.
  func decodeUID() throws -> UUID {
    let text = try decode(String.self, forKey: .uid)
    guard let uid = UUID(uuidString: text) else {
      throw DecodingError.dataCorruptedError(
        forKey: .uid, in: self, debugDescription: "Expected a UUID, got \"\(text)\".")
    }
    return uid
  }

  /// Reads `id`, `uid`, `date` and `time`.
  func decodeHead() throws -> EntryHead {
    EntryHead(
      id: try decodeIfPresent(Int.self, forKey: .id), uid: try decodeUID(),
      day: try decode(CalendarDay.self, forKey: .date),
      time: try decodeIfPresent(TimeOfDay.self, forKey: .time))
  }

  /// Reads `location`, `side`, `activity` and `note`.
  func decodePlace() throws -> EntryPlace {
    EntryPlace(
      location: try decodeIfPresent(BodyLocation.self, forKey: .location),
      side: try decodeIfPresent(Side.self, forKey: .side),
      activity: try decodeIfPresent(Activity.self, forKey: .activity),
      note: try decodeIfPresent(String.self, forKey: .note))
  }
}
