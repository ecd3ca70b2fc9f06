import Foundation
import RecoveryTestSupport
import Testing

/// How `recovery import` reads a CSV file's bytes, run through the built tool: records that cross
/// the reader's 64 KiB buffer, quoted cells with line breaks and doubled quotes, line numbers after
/// them, and cells that are not text.
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

  @Test func quotedCellsAcrossTheBufferReadWhole() throws {
    try RecoveryTool.with { tool in
      let (text, notes) = painRows(3000)
      #expect(text.utf8.count > 2 * 65_536)
      let file = tool.path("notes.csv")
      try Data(text.utf8).write(to: URL(fileURLWithPath: file))
      try tool.succeed(["import", file])
      let entries = try tool.listJSON()
      #expect(entries.count == notes.count)
      #expect(Set(entries.compactMap { $0["note"] as? String }) == Set(notes))
      #expect(entries.allSatisfy { $0["location"] as? String == "groin" })
    }
  }

  @Test func aBadRowAfterQuotedLineBreaksIsNamedByItsFirstLine() throws {
    try RecoveryTool.with { tool in
      let (text, _) = painRows(2000)
      let file = tool.path("notes.csv")
      // Each row takes two lines, after the header's one.
      try Data((text + "pain,2024-11-01,12,\"a\nb\",groin\n").utf8).write(to: URL(fileURLWithPath: file))
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.hasPrefix("\(file):4002: "), "\(run.summary)")
      #expect(run.error.split(separator: "\n").count == 2, "\(run.summary)")
      #expect(try tool.rowCount("pain") == 0)
    }
  }

  @Test(
    arguments: [
      [0xFF], [0xC3], [0x67, 0x72, 0x6F, 0x69, 0x6E, 0xC3], [0xED, 0xA0, 0x80], [0x22, 0xC0, 0xAF, 0x22],
    ] as [[UInt8]])
  func aCellThatIsNotTextIsRefused(cell: [UInt8]) throws {
    try RecoveryTool.with { tool in
      var bytes = Array("type,date,score,location\npain,2024-11-01,5,groin\npain,2024-11-02,4,".utf8)
      bytes += cell + Array("\npain,2024-11-03,3,groin\n".utf8)
      let file = tool.path("odd.csv")
      try Data(bytes).write(to: URL(fileURLWithPath: file))
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.contains("\(file):3: not UTF-8 text"), "\(run.summary)")
      #expect(try tool.rowCount("pain") == 0)
    }
  }

  @Test(arguments: ["\u{0}", "\"a\u{0}\nb\"", "\"\u{0}\""])
  func aNULAfterTheFirstBufferIsNotText(cell: String) throws {
    try RecoveryTool.with { tool in
      let (text, _) = painRows(2000)
      let file = tool.path("nul.csv")
      try Data((text + "pain,2024-11-01,1,\(cell),groin\n").utf8).write(to: URL(fileURLWithPath: file))
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.contains("\(file):4002: not text"), "\(run.summary)")
      #expect(try tool.rowCount("pain") == 0)
    }
  }

  @Test func aMultibyteCharacterSplitByACommaIsNotText() throws {
    try RecoveryTool.with { tool in
      // "é" is C3 A9: split across two cells, neither is text, though the record's bytes are.
      var bytes = Array("type,date,note,score\npain,2024-11-01,".utf8)
      bytes += [0xC3, UInt8(ascii: ","), 0xA9] + Array("\n".utf8)
      let file = tool.path("split.csv")
      try Data(bytes).write(to: URL(fileURLWithPath: file))
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.contains("\(file):2: not UTF-8 text"), "\(run.summary)")
    }
  }

  /// Every byte of a stretch of doubled quotes, a quoted CRLF and multi-byte characters lands on
  /// the reader's 64 KiB buffer edge in turn.
  @Test(arguments: 0...44)
  func quotesLineEndsAndMultiByteCharactersReadTheSameOnTheBufferEdge(shift: Int) throws {
    try RecoveryTool.with { tool in
      let prefix = "type,date,score,note,location\r\npain,2024-11-01,1,\""
      let pad = String(repeating: "x", count: 65_536 - shift - prefix.utf8.count)
      var text = prefix + pad + "\"\"é\r\n中\"\"" + "\",groin\r\n"
      text += "pain,2024-11-02,2,é中x,groin\r\n"
      text += "pain,2024-11-03,3,\"\"\"\",groin\n"
      text += "pain,2024-11-04,12,bad,groin\n"
      let file = tool.path("edge.csv")
      try Data(text.utf8).write(to: URL(fileURLWithPath: file))
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.hasPrefix("\(file):6: "), "\(shift) \(run.summary)")
      let good = text.replacingOccurrences(of: "pain,2024-11-04,12,bad,groin\n", with: "")
      try Data(good.utf8).write(to: URL(fileURLWithPath: file))
      try tool.succeed(["import", file])
      let notes = try tool.listJSON().compactMap { $0["note"] as? String }
      #expect(notes == [pad + "\"é\r\n中\"", "é中x", "\""], "\(shift)")
    }
  }
}
