import Foundation
import RecoveryDemo
import RecoveryExchange
import RecoveryModel
import Testing

/// The exports' cells, derived from the entry types' field tables, against the entry types' own
/// `Encodable` conformances, which `list --format json`, the import and derived uids go through: the
/// two must give every entry the same fields with the same values.
struct FieldTableExportTests {
  /// One JSON value as the text of its CSV cell.
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

  /// Each field of the entry's JSON object, as `JSONEncoder` writes it, as the text of its CSV cell.
  func encodedTexts(_ entry: DiaryEntry) throws -> [EntryField: String] {
    let data = try JSONEncoder().encode(ExportedEntry(entry, patient: "Ann"))
    let object = try JSONDecoder().decode([String: Scalar].self, from: data)
    var texts: [EntryField: String] = [:]
    for (key, value) in object { texts[try #require(EntryField(rawValue: key))] = value.text }
    return texts
  }

  @Test(arguments: EntryCodingTests.full + EntryCodingTests.bare)
  func theDerivedCellsAreTheEncodedObject(entry: DiaryEntry) throws {
    #expect(EntryExport.texts(of: entry, patient: "Ann") == (try encodedTexts(entry)))
  }

  @Test func everyDemoEntryExportsItsEncodedObject() throws {
    for entry in SeedStory.entries() {
      #expect(EntryExport.texts(of: entry, patient: "Ann") == (try encodedTexts(entry)), "\(entry)")
    }
  }
}
