import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// JSON and CSV forms of entries, for scripts.
///
/// Field names follow the command-line options in camelCase; fields not given are left out of JSON
/// objects (an open aid period's `to` is null) and empty in CSV.
enum EntryExport {
  /// CSV columns, in order.
  static let csvColumns = [
    "id", "uid", "type", "patient", "date", "from", "to", "time", "kind", "category", "name", "score",
    "count", "severity", "point", "location", "side", "activity", "aid", "weightBearing", "level",
    "approach", "target", "guidance", "agent", "dose", "round", "provider", "finding", "note",
  ]

  /// The fields of one entry as (name, value) pairs; nil values are "not given".
  static func fields(_ record: DiaryEntry, patient: String) -> [(String, FieldValue?)] {
    func word<V: Vocabulary>(_ value: V?) -> FieldValue? { value.map { .text($0.rawValue) } }
    func text(_ value: String?) -> FieldValue? { value.map { .text($0) } }
    func int(_ value: Int?) -> FieldValue? { value.map { .integer($0) } }
    var result: [(String, FieldValue?)] = [
      ("id", int(record.id)), ("uid", .text(record.uid.uuidString.lowercased())),
      ("type", .text(record.type.rawValue)), ("patient", .text(patient)),
    ]
    switch record {
    case .treatment(let t):
      result += [
        ("date", .text(t.day.description)), ("time", text(t.time?.description)), ("kind", word(t.kind)),
        ("category", word(t.category)), ("name", text(t.name)), ("side", word(t.side)),
        ("level", word(t.level)),
        ("approach", word(t.approach)), ("target", word(t.target)), ("guidance", word(t.guidance)),
        ("agent", text(t.agent)), ("dose", text(t.dose)), ("round", int(t.round)),
        ("provider", text(t.provider)), ("finding", text(t.finding)), ("note", text(t.note)),
      ]
    case .pain(let p):
      result += [
        ("date", .text(p.day.description)), ("time", text(p.time?.description)), ("score", .integer(p.score)),
        ("location", word(p.location)), ("side", word(p.side)), ("activity", word(p.activity)),
        ("note", text(p.note)),
      ]
    case .symptom(let s):
      result += [
        ("date", .text(s.day.description)), ("time", text(s.time?.description)), ("kind", word(s.kind)),
        ("count", int(s.count)), ("severity", int(s.severity)), ("point", word(s.point)),
        ("location", word(s.location)), ("side", word(s.side)), ("activity", word(s.activity)),
        ("note", text(s.note)),
      ]
    case .aid(let a):
      result += [
        ("aid", word(a.aid)), ("from", .text(a.from.description)),
        ("to", a.to.map { .text($0.description) } ?? .null),
        ("weightBearing", word(a.weightBearing)), ("side", word(a.side)), ("note", text(a.note)),
      ]
    }
    return result
  }

  /// - Parameters:
  ///   - removed: numbers of removed entries.
  ///   - marking: add a `removed` true/false field to every object (with `list --include-removed`).
  static func json(
    _ records: [DiaryEntry], patient: String, removed: Set<Int> = [], marking: Bool = false
  ) throws
    -> String
  {
    let objects = records.map { record in
      var fields = fields(record, patient: patient).compactMap { name, value in value.map { (name, $0) } }
      if marking { fields.append(("removed", .boolean(removed.contains(record.id ?? 0)))) }
      return JSONObject(fields: fields)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(objects), as: UTF8.self)
  }

  static func csv(
    _ records: [DiaryEntry], patient: String, removed: Set<Int> = [], marking: Bool = false
  ) -> String {
    let columns = csvColumns + (marking ? ["removed"] : [])
    var lines = [columns.joined(separator: ",")]
    for record in records {
      var values = Dictionary(
        fields(record, patient: patient).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
      if marking { values["removed"] = .boolean(removed.contains(record.id ?? 0)) }
      lines.append(
        columns.map { column -> String in
          guard let value = values[column] ?? nil else { return "" }
          return quote(value.csvText)
        }.joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  /// RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled.
  static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
    return "\"" + field.replacing("\"", with: "\"\"") + "\""
  }
}

/// A JSON scalar for one field.
enum FieldValue: Encodable {
  case text(String)
  case integer(Int)
  case boolean(Bool)
  case null

  var csvText: String {
    switch self {
    case .text(let text): text
    case .integer(let number): String(number)
    case .boolean(let flag): flag ? "true" : "false"
    case .null: ""
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .text(let text): try container.encode(text)
    case .integer(let number): try container.encode(number)
    case .boolean(let flag): try container.encode(flag)
    case .null: try container.encodeNil()
    }
  }
}

/// An object with the given fields, in any order (the encoder sorts keys).
struct JSONObject: Encodable {
  let fields: [(String, FieldValue)]

  struct Key: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    for (name, value) in fields {
      try container.encode(value, forKey: Key(stringValue: name))
    }
  }
}
