import Foundation
import RecoveryTestSupport
import Testing

/// Files as spreadsheet programs write them: other separators, spaces, any case, trailing empty
/// columns, empty rows, decimals, other encodings, and headers with several problems.
struct SpreadsheetImportTests {
  private func write(_ bytes: [UInt8], to name: String, in tool: RecoveryTool) throws -> String {
    let path = tool.path(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func write(_ text: String, to name: String, in tool: RecoveryTool) throws -> String {
    try write(Array(text.utf8), to: name, in: tool)
  }

  /// End to end once; the library's tests read every separator, spacing and case in process.
  @Test(arguments: [("pain.tsv", "Type\tDate\tScore\tLocation\t\r\n Pain \t 2024-11-01 \t5.0\t GROIN \t\r\n")]
  )
  func separatorsSpacesCaseAndDecimalsAsSpreadsheetsWriteThem(name: String, text: String) throws {
    try RecoveryTool.with { tool in
      let file = try write(text, to: name, in: tool)
      let run = try tool.succeed(["import", file])
      #expect(run.output.contains("1 added"), "\(run.summary)")
      let entry = try #require(try tool.listJSON().first)
      #expect(entry["date"] as? String == "2024-11-01")
      #expect(entry["score"] as? Int == 5)
      #expect(entry["location"] as? String == "groin")
    }
  }

  @Test func rowsOfSeparatorsOnlyAreSkippedAndCounted() throws {
    try RecoveryTool.with { tool in
      let file = try write(
        "type;date;score;note\n;;;\npain;2024-11-01;5;  spaced note \n;;;\n", to: "p.csv", in: tool)
      let run = try tool.succeed(["import", file])
      #expect(
        run.output.contains("1 added") && run.output.contains("(2 rows of empty cells skipped)"),
        "\(run.summary)")
      #expect(try tool.listJSON().first?["note"] as? String == "  spaced note ")
    }
  }

  @Test func aFractionIsRefusedWithTheReason() throws {
    try RecoveryTool.with { tool in
      let file = try write("type,date,score\npain,2024-11-01,5.5\n", to: "p.csv", in: tool)
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.contains("\"5.5\": expected a whole number"), "\(run.summary)")
    }
  }

  @Test(arguments: [true, false])
  func utf16WithAByteOrderMarkIsDecoded(littleEndian: Bool) throws {
    try RecoveryTool.with { tool in
      let text = "type,date,score,note\npain,2024-11-01,5,café\n"
      var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
      for unit in text.utf16 {
        let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        bytes += littleEndian ? pair : pair.reversed()
      }
      let file = try write(bytes, to: "unicode.csv", in: tool)
      let temporary = tool.path("tmp")
      try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
      try tool.succeed(["import", file], environment: ["TMPDIR": temporary])
      #expect(try tool.listJSON().first?["note"] as? String == "café")
      #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)
    }
  }

  @Test func latin1IsRefusedWithAHintToSaveAsUTF8() throws {
    try RecoveryTool.with { tool in
      let file = try write(
        Array("type,date,score,note\npain,2024-11-01,5,caf".utf8) + [0xE9, 0x0A], to: "l.csv", in: tool)
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.contains("save the file as UTF-8"), "\(run.summary)")
    }
  }

  @Test(arguments: ["score", "total", "Total"])
  func anOxfordTotalImportsFromTheScoreOrTotalColumn(column: String) throws {
    try RecoveryTool.with { tool in
      let file = try write(
        "type,date,instrument,\(column)\nscore,2024-11-05,oxford,40\n", to: "o.csv", in: tool)
      try tool.succeed(["import", file])
      let entry = try #require(try tool.listJSON().first)
      #expect(entry["raw"] as? Int == 40)
      #expect(entry["score"] as? Int == 40)
    }
  }

  @Test func everyHeaderProblemIsNamedAtOnce() throws {
    try RecoveryTool.with { tool in
      let file = try write(
        "typ,date,scor,location,location\npain,2024-11-01,5,groin,groin\n", to: "h.csv", in: tool)
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.contains("Unknown column \"typ\""), "\(run.summary)")
      #expect(run.error.contains("Unknown column \"scor\""), "\(run.summary)")
      #expect(run.error.contains("the column location is named twice"), "\(run.summary)")
      #expect(
        run.error.hasSuffix("recovery: nothing was imported: 3 problems in \(file).\n"), "\(run.summary)")
      let dryRun = try tool.run(["import", file, "--dry-run"])
      #expect(
        dryRun.output
          == "Dry run, nothing written: 1 entry in \(file): 0 new, 0 unchanged, 0 changed, 1 refused.\n",
        "\(dryRun.summary)")
    }
  }

  /// End to end for the option; the library's tests read every date form in process.
  @Test(arguments: [
    (
      "type,date,score\npain,1.11.2024,5\npain,2.11.2024,4\n", ["--date-order", "mdy"],
      ["2024-01-11", "2024-02-11"]
    )
  ])
  func daysWrittenDayOrMonthFirstAreRead(text: String, options: [String], days: [String]) throws {
    try RecoveryTool.with { tool in
      let file = try write(text, to: "d.csv", in: tool)
      try tool.succeed(["import", file] + options)
      #expect(try tool.listJSON().map { $0["date"] as? String } == days)
    }
  }

  @Test func anAmbiguousFileIsRefusedNamingTheOption() throws {
    try RecoveryTool.with { tool in
      let file = try write("type,date,score\npain,01/11/2024,5\npain,02/11/2024,4\n", to: "d.csv", in: tool)
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(
        run.error.contains("\(file):2: the date \"01/11/2024\" could be day first or month first"),
        "\(run.summary)")
      #expect(run.error.contains("--date-order dmy"), "\(run.summary)")
      #expect(try tool.listJSON().isEmpty)
    }
  }
}
