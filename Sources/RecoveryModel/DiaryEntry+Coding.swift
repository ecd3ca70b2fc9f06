/// An entry's JSON object is its type's fields (see ``EntryField``) plus a `type` key that says which
/// type to read back:
///
/// ```json
/// {"date": "2024-11-20", "id": 42, "location": "groin", "score": 6, "side": "right", "type": "pain",
///  "uid": "…"}
/// ```
///
/// The type's fields go into the same keyed container as `type`, so the object stays flat. Reading
/// checks the shape (keys, words, dates, times); the diary's rules are ``validate(today:)``'s.
extension DiaryEntry: Codable {
  /// Reads an entry of the type its `type` key names.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    switch try fields.decode(EntryType.self, forKey: .type) {
    case .treatment: self = .treatment(try Treatment(from: decoder))
    case .pain: self = .pain(try PainEntry(from: decoder))
    case .symptom: self = .symptom(try SymptomEntry(from: decoder))
    case .aid: self = .aid(try AidPeriod(from: decoder))
    case .score: self = .score(try ScoreEntry(from: decoder))
    case .milestone: self = .milestone(try MilestoneEntry(from: decoder))
    case .target: self = .target(try MilestoneTarget(from: decoder))
    case .medication: self = .medication(try MedicationEntry(from: decoder))
    }
  }

  /// Writes `type` and the entry's fields; absent fields are left out.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encode(type, forKey: .type)
    switch self {
    case .treatment(let value): try value.encode(to: encoder)
    case .pain(let value): try value.encode(to: encoder)
    case .symptom(let value): try value.encode(to: encoder)
    case .aid(let value): try value.encode(to: encoder)
    case .score(let value): try value.encode(to: encoder)
    case .milestone(let value): try value.encode(to: encoder)
    case .target(let value): try value.encode(to: encoder)
    case .medication(let value): try value.encode(to: encoder)
    }
  }
}
