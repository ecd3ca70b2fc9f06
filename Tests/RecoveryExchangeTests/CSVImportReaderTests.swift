import Foundation
import RecoveryExchange
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// How the CSV reader reads a file's bytes, in process: records that cross its 64 KiB buffer, quoted
/// cells with line breaks and doubled quotes, line numbers after them, and cells that are not text.
struct CSVImportReaderTests {
  /// A file of `count` pain rows whose notes, of varied lengths, hold a comma, doubled quotes and a
  /// line break, so that buffer boundaries fall everywhere in a record; and the note of each row.
  func painRows(_ count: Int) -> (text: String, notes: [String]) {
    var lines = ["type,date,score,note,location"]
    var notes: [String] = []
    for index in 0..<count {
      let note =
        "row \(index), said \"\(String(repeating: "é", count: index % 7))\"\r\n"
        + String(repeating: "x", count: index % 13)
      notes.append(note)
      let quoted = "\"" + note.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      lines.append("pain,2024-11-\(10 + index % 18),\(index % 11),\(quoted),groin")
    }
    return (lines.joined(separator: "\n") + "\n", notes)
  }

  /// The items the reader reads from `bytes`, written to a file first.
  func read(_ bytes: [UInt8]) throws -> [ReadItem] {
    try TemporaryDirectory.with { folder in
      let file = folder.file("rows.csv")
      try Data(bytes).write(to: URL(fileURLWithPath: file))
      return Array(CSVImportReader(input: try InputBytes(path: file)))
    }
  }

  func read(_ text: String) throws -> [ReadItem] {
    try read(Array(text.utf8))
  }

  /// The entries among `items`.
  func entries(_ items: [ReadItem]) -> [ImportedEntry] {
    items.compactMap { if case .entry(let entry, _) = $0 { entry } else { nil } }
  }

  /// The lines of the entries among `items`.
  func lines(_ items: [ReadItem]) -> [Int] {
    items.compactMap { if case .entry(_, let line) = $0 { line } else { nil } }
  }

  func score(_ entry: ImportedEntry) -> Int? {
    if case .pain(let pain) = entry.entry { pain.score } else { nil }
  }

  /// The problems among `items`.
  func problems(_ items: [ReadItem]) -> [ImportProblem] {
    items.compactMap { if case .problem(let problem) = $0 { problem } else { nil } }
  }

  func note(_ entry: ImportedEntry) -> String? {
    if case .pain(let pain) = entry.entry { pain.note } else { nil }
  }

  @Test func quotedCellsAcrossTheBufferReadWhole() throws {
    let (text, notes) = painRows(3000)
    #expect(text.utf8.count > 2 * 65_536)
    let items = try read(text)
    #expect(problems(items).isEmpty)
    let read = entries(items)
    #expect(read.map(note) == notes)
    #expect(read.allSatisfy { if case .pain(let pain) = $0.entry { pain.location == .groin } else { false } })
  }

  @Test func aRowAfterQuotedLineBreaksIsNamedByItsFirstLine() throws {
    let (text, _) = painRows(2000)
    // Each row takes two lines, after the header's one.
    let items = try read(text + "pain,2024-11-01,12,\"a\nb\",groin\n")
    #expect(problems(items).isEmpty)
    #expect(lines(items) == Array(stride(from: 2, through: 4002, by: 2)))
    #expect(entries(items).last.flatMap(score) == 12)
  }

  @Test(
    arguments: [
      [0xFF], [0xC3], [0x67, 0x72, 0x6F, 0x69, 0x6E, 0xC3], [0xED, 0xA0, 0x80], [0x22, 0xC0, 0xAF, 0x22],
    ] as [[UInt8]])
  func aCellThatIsNotTextIsRefused(cell: [UInt8]) throws {
    var bytes = Array("type,date,score,location\npain,2024-11-01,5,groin\npain,2024-11-02,4,".utf8)
    bytes += cell + Array("\npain,2024-11-03,3,groin\n".utf8)
    let items = try read(bytes)
    #expect(problems(items) == [ImportProblem(line: 3, .notUTF8)])
    // Reading stops at a file that is not UTF-8: the rows after it are not read.
    #expect(entries(items).count == 1)
  }

  @Test(arguments: ["\u{0}", "\"a\u{0}\nb\"", "\"\u{0}\""])
  func aNULAfterTheFirstBufferIsNotText(cell: String) throws {
    let (text, _) = painRows(2000)
    let items = try read(text + "pain,2024-11-01,1,\(cell),groin\n")
    #expect(problems(items) == [ImportProblem(line: 4002, .notText)])
  }

  @Test func aMultibyteCharacterSplitByACommaIsNotText() throws {
    // "é" is C3 A9: split across two cells, neither is text, though the record's bytes are.
    var bytes = Array("type,date,note,score\npain,2024-11-01,".utf8)
    bytes += [0xC3, UInt8(ascii: ","), 0xA9] + Array("\n".utf8)
    #expect(problems(try read(bytes)) == [ImportProblem(line: 2, .notUTF8)])
  }

  /// Every byte of a stretch of doubled quotes, a quoted CRLF and multi-byte characters lands on
  /// the reader's 64 KiB buffer edge in turn.
  @Test(arguments: 0...44)
  func quotesLineEndsAndMultiByteCharactersReadTheSameOnTheBufferEdge(shift: Int) throws {
    let prefix = "type,date,score,note,location\r\npain,2024-11-01,1,\""
    let pad = String(repeating: "x", count: 65_536 - shift - prefix.utf8.count)
    var text = prefix + pad + "\"\"é\r\n中\"\"" + "\",groin\r\n"
    text += "pain,2024-11-02,2,é中x,groin\r\n"
    text += "pain,2024-11-03,3,\"\"\"\",groin\n"
    text += "pain,2024-11-04,12,bad,groin\n"
    let items = try read(text)
    #expect(problems(items).isEmpty, "\(shift)")
    #expect(lines(items) == [2, 4, 5, 6], "\(shift)")
    let notes = entries(items).map(note)
    // Compared as a whole, a failure would print 64 KiB of padding.
    #expect(notes.first == pad + "\"é\r\n中\"", "\(shift)")
    #expect(notes.dropFirst() == ["é中x", "\"", "bad"], "\(shift)")
  }
}
