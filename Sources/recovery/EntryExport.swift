import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// JSON and CSV forms of entries, for scripts: ``ExportedEntry``'s object, and one CSV column per
/// ``EntryField``.
enum EntryExport {
  /// CSV columns, in order; `removed` only when marking.
  static func csvColumns(marking: Bool) -> [EntryField] {
    EntryField.allCases.filter { marking || $0 != .removed }
  }

  /// - Parameters:
  ///   - removed: ids of removed entries.
  ///   - marking: add a `removed` true/false field to every object (with `list --include-removed`).
  static func json(
    _ entries: [DiaryEntry], patient: String, removed: Set<Int> = [], marking: Bool = false
  ) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let objects = exported(entries, patient: patient, removed: removed, marking: marking)
    return String(decoding: try encoder.encode(objects), as: UTF8.self)
  }

  /// RFC 4180 CSV with a header row; a field not given is an empty cell.
  static func csv(
    _ entries: [DiaryEntry], patient: String, removed: Set<Int> = [], marking: Bool = false
  ) throws -> String {
    let columns = csvColumns(marking: marking)
    var lines = [columns.map(\.rawValue).joined(separator: ",")]
    for object in try cells(exported(entries, patient: patient, removed: removed, marking: marking)) {
      lines.append(columns.map { quote(object[$0.rawValue] ?? "") }.joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  /// Each entry's JSON object as text by key: the objects are the one definition of an entry's
  /// fields, which CSV lays out in columns and `edit` compares. A null is empty text.
  static func cells(_ entries: [ExportedEntry]) throws -> [[String: String]] {
    try JSONDecoder().decode([[String: Scalar]].self, from: try JSONEncoder().encode(entries))
      .map { $0.mapValues(\.text) }
  }

  static func exported(
    _ entries: [DiaryEntry], patient: String, removed: Set<Int>, marking: Bool
  ) -> [ExportedEntry] {
    entries.map { entry in
      ExportedEntry(entry, patient: patient, removed: marking ? removed.contains(entry.id ?? 0) : nil)
    }
  }

  /// RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled; a field
  /// that would start a spreadsheet formula gets an apostrophe in front (``FormulaGuard``).
  static func quote(_ field: String) -> String {
    let field = FormulaGuard.guarded(field)
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
    return "\"" + field.replacing("\"", with: "\"\"") + "\""
  }

  /// One JSON value of an entry's object, as a CSV cell's text: a questionnaire's answers are the
  /// numbers separated by single spaces, a score the shortest text that reads back as the same number.
  struct Scalar: Decodable {
    let text: String

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        text = ""
      } else if let flag = try? container.decode(Bool.self) {
        text = flag ? "true" : "false"
      } else if let number = try? container.decode(Int.self) {
        text = String(number)
      } else if let number = try? container.decode(Double.self) {
        text = "\(number)"
      } else if let numbers = try? container.decode([Int].self) {
        text = ScoreEntry.answersText(numbers)
      } else {
        text = try container.decode(String.self)
      }
    }
  }
}
