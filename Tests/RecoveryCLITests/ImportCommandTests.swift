import Foundation
import RecoveryTestSupport
import Testing

/// `recovery import FILE`: hand-made and exported files, idempotence, refusals and dry runs, run
/// through the built tool.
struct ImportCommandTests {
  /// Writes `text` to `name` in the tool's folder and returns its path.
  @discardableResult
  func write(_ text: String, to name: String, in tool: RecoveryTool) throws -> String {
    let path = tool.path(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Each object of `list --format json` without its `id`, which an import renumbers.
  func withoutIDs(_ entries: [[String: Any]]) -> [NSDictionary] {
    entries.map { entry in
      var entry = entry
      entry["id"] = nil
      return entry as NSDictionary
    }
  }

  @Test func aHandMadeSpreadsheetOfDailyPainImports() throws {
    try RecoveryTool.with { tool in
      let file = try write("type,date,score,location\npain,2024-11-01,5,groin\n", to: "pain.csv", in: tool)
      let run = try tool.succeed(["import", file])
      #expect(
        run.output == "Imported 1 entry from \(file): 1 added, 0 skipped as already present, 0 updated.\n")
      let entries = try tool.listJSON()
      #expect(entries.count == 1)
      #expect(entries.first?["type"] as? String == "pain")
      #expect(entries.first?["date"] as? String == "2024-11-01")
      #expect(entries.first?["score"] as? Int == 5)
      #expect(entries.first?["location"] as? String == "groin")
      #expect(entries.first?["patient"] as? String == "default")
    }
  }

  @Test func columnsInAnyOrderWithAByteOrderMarkAndCRLFImportTheSame() throws {
    try RecoveryTool.with { tool in
      let file = try write(
        "\u{FEFF}Location,score,TYPE,date,note\r\ngroin,5,pain,2024-11-01,\"stairs, then \"\"rest\"\"\r\nlater\"\r\n",
        to: "pain.CSV", in: tool)
      try tool.succeed(["import", file])
      let entries = try tool.listJSON()
      #expect(entries.count == 1)
      #expect(entries.first?["score"] as? Int == 5)
      #expect(entries.first?["location"] as? String == "groin")
      #expect(entries.first?["note"] as? String == "stairs, then \"rest\"\r\nlater")
    }
  }

  @Test func importingAgainAddsNothingWhileIdenticalRowsStayTwo() throws {
    try RecoveryTool.with { tool in
      let file = try write(
        "type,date,score\npain,2024-11-01,5\npain,2024-11-01,5\npain,2024-11-02,4\n", to: "pain.csv", in: tool
      )
      try tool.succeed(["import", file])
      #expect(try tool.rowCount("pain") == 3)
      let again = try tool.succeed(["import", file])
      #expect(again.output.contains("0 added, 3 skipped as already present, 0 updated"), "\(again.summary)")
      #expect(try tool.rowCount("pain") == 3)
      // One more identical row is one more entry.
      try write(
        "type,date,score\npain,2024-11-01,5\npain,2024-11-01,5\npain,2024-11-01,5\npain,2024-11-02,4\n",
        to: "pain.csv", in: tool)
      let more = try tool.succeed(["import", file])
      #expect(more.output.contains("1 added, 3 skipped"), "\(more.summary)")
      #expect(try tool.rowCount("pain") == 4)
    }
  }

  @Test func changedContentIsRefusedNamingTheUidUnlessUpdatingWhichKeepsHistoryAndUndo() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "6", "--on", "2024-11-20", "--location", "groin"])
      try tool.succeed(["pain", "3", "--on", "2024-11-21"])
      let listed = try tool.succeed(["list", "--format", "json"]).output
      let uid = try #require(try tool.listJSON().first?["uid"] as? String)
      let file = try write(
        listed.replacingOccurrences(of: "\"score\" : 6", with: "\"score\" : 7"), to: "e.json", in: tool)
      #expect(try String(contentsOfFile: file, encoding: .utf8) != listed)

      let refused = try tool.run(["import", file])
      #expect(refused.status == 64, "\(refused.summary)")
      #expect(refused.error.contains("\(file):"), "\(refused.summary)")
      #expect(refused.error.contains(uid), "\(refused.summary)")
      #expect(refused.error.contains("--update"), "\(refused.summary)")
      #expect(try tool.listJSON().first?["score"] as? Int == 6)

      let updated = try tool.succeed(["import", file, "--update"])
      #expect(
        updated.output.contains("0 added, 1 skipped as already present, 1 updated"), "\(updated.summary)")
      #expect(try tool.listJSON().first?["score"] as? Int == 7)
      let history = try tool.succeed(["history", "1"]).output
      #expect(history.contains("v2"), "\(history)")
      #expect(history.contains("edited"), "\(history)")
      try tool.succeed(["undo"])
      #expect(try tool.listJSON().first?["score"] as? Int == 6)
    }
  }

  @Test func oneBadRowAmongThousandsWritesNothingAndNamesItsLine() throws {
    try RecoveryTool.with { tool in
      var lines = ["type,date,score,location"]
      for index in 0..<3000 {
        lines.append(
          "pain,2024-\(10 + index % 2)-\(10 + index % 18),\(index == 1733 ? 11 : index % 11),groin")
      }
      let file = try write(lines.joined(separator: "\n") + "\n", to: "big.csv", in: tool)
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(
        run.error.hasPrefix("\(file):1735: Pain score 11 is out of range")
          || run.error.contains("\(file):1735: "), "\(run.summary)")
      #expect(run.error.split(separator: "\n").count == 2, "\(run.summary)")
      #expect(run.output.isEmpty)
      #expect(try tool.rowCount("pain") == 0)
      #expect(try tool.rowCount("change") == 0)
    }
  }

  @Test func everyBadRowIsReportedUpToTheCapThenCounted() throws {
    try RecoveryTool.with { tool in
      var lines = ["type,date,score"]
      for index in 0..<50 { lines.append("pain,2024-11-01,\(index % 2 == 0 ? "12" : "3")") }
      let file = try write(lines.joined(separator: "\n"), to: "bad.csv", in: tool)
      let run = try tool.run(["import", file])
      #expect(run.status == 64)
      let errors = run.error.split(separator: "\n").map(String.init)
      #expect(errors.count == 22, "\(run.summary)")
      #expect(errors.first?.hasPrefix("\(file):2: ") == true, "\(run.summary)")
      #expect(errors[19].hasPrefix("\(file):40: "), "\(run.summary)")
      #expect(errors[20] == "... and 5 more problems")
      #expect(try tool.rowCount("pain") == 0)
    }
  }

  @Test func aDryRunCountsAndWritesNothing() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "6", "--on", "2024-11-20"])
      let listed = try tool.succeed(["list", "--format", "json"]).output
      let before = try SQLiteShell.output(tool.database, "SELECT count(*), max(seq) FROM change")
      let file = try write(
        "type,date,score\npain,2024-11-01,5\npain,2024-11-02,4\n", to: "pain.csv", in: tool)
      let run = try tool.succeed(["import", file, "--dry-run"])
      #expect(
        run.output
          == "Dry run, nothing written: 2 entries in \(file): 2 new, 0 unchanged, 0 changed, 0 refused.\n")
      #expect(try tool.rowCount("pain") == 1)
      #expect(try tool.rowCount("patient") == 1)
      #expect(try SQLiteShell.output(tool.database, "SELECT count(*), max(seq) FROM change") == before)
      let exported = try write(listed, to: "same.json", in: tool)
      let same = try tool.succeed(["import", exported, "--dry-run"])
      #expect(same.output.contains("0 new, 1 unchanged, 0 changed, 0 refused"), "\(same.summary)")
    }
  }

  @Test(arguments: [
    ("binary.csv", "SQLite format 3\u{0}\u{1}\u{2}", "is not a text file"),
    ("empty.csv", "", "is empty"),
    ("blank.json", " \n\n", "is empty"),
  ])
  func filesThatAreNotWhatTheyClaimGetOneLine(name: String, content: String, words: String) throws {
    try RecoveryTool.with { tool in
      let file = try write(content, to: name, in: tool)
      let run = try tool.run(["import", file])
      #expect(run.failedWithOneLine, "\(run.summary)")
      #expect(run.status == 64)
      #expect(run.error.contains(words), "\(run.summary)")
      // The file is refused before the database is opened, so it is not even created.
      #expect(!FileManager.default.fileExists(atPath: tool.database))
    }
  }

  @Test(arguments: [
    ("[1, 2]", ":1: expected an entry object"),
    ("{\"entries\": 3}", ":1: expected an array of entries"),
    ("{\"format\": \"other\", \"version\": 1, \"entries\": []}", "the format \"other\" is not"),
    ("{\"format\": \"recovery-diary\", \"version\": 2, \"entries\": []}", "version 2"),
    ("[{\"type\": \"pain\", \"date\": \"2024-11-01\"}]", "pain score (column score) is missing"),
    ("\"text\"", "expected an export object or an array of entries"),
  ])
  func jsonOfTheWrongShapeIsRefused(content: String, words: String) throws {
    try RecoveryTool.with { tool in
      let file = try write(content, to: "wrong.json", in: tool)
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.contains(words), "\(run.summary)")
      #expect(run.output.isEmpty)
    }
  }

  @Test(arguments: [
    ("type,date,scor\npain,2024-11-01,5\n", "pain.csv:1: Unknown column \"scor\": did you mean score?"),
    (
      "type,date,score,side\npain,2024-11-01,5,rigth\n",
      "pain.csv:2: Unknown side \"rigth\": did you mean right?"
    ),
    ("type,date,score\npian,2024-11-01,5\n", "pain.csv:2: Unknown entry type \"pian\": did you mean pain?"),
    ("type,date,score\npain,2023-02-30,5\n", "pain.csv:2: Invalid date \"2023-02-30\""),
    ("type,date,score\npain,2024-11-01,five\n", "pain.csv:2: invalid pain score (column score) \"five\""),
    ("type,date\npain,2024-11-01\n", "pain.csv:2: the pain score (column score) is missing"),
    ("type,date,score\npain,2024-11-01,5,groin\n", "pain.csv:2: the row has 4 cells"),
    ("type,date,note\npain,2024-11-01,\"open\n", "pain.csv:2: a quoted field does not end"),
  ])
  func badCellsAreRefusedNamingTheProblem(content: String, words: String) throws {
    try RecoveryTool.with { tool in
      let file = try write(content, to: "pain.csv", in: tool)
      let run = try tool.run(["import", file])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.contains(words), "\(run.summary)")
      #expect(try tool.rowCount("pain") == 0)
    }
  }

  @Test func theFormatComesFromTheExtensionOrTheOption() throws {
    try RecoveryTool.with { tool in
      let file = try write("type,date,score\npain,2024-11-01,5\n", to: "pain.txt", in: tool)
      let run = try tool.run(["import", file])
      #expect(run.failedWithOneLine, "\(run.summary)")
      #expect(run.status == 64)
      #expect(run.error.contains("--format json or --format csv"), "\(run.summary)")
      try tool.succeed(["import", file, "--format", "csv"])
      #expect(try tool.rowCount("pain") == 1)
    }
  }

  @Test func entriesKeepTheirPatientUnlessOneIsGiven() throws {
    try RecoveryTool.with { tool in
      let file = try write(
        "patient,type,date,score\nalice,pain,2024-11-01,5\n,pain,2024-11-02,4\n", to: "pain.csv", in: tool)
      try tool.succeed(["import", file])
      #expect(try tool.listJSON(["--patient", "alice"]).count == 1)
      #expect(try tool.listJSON().count == 1)
      try tool.succeed(["import", file, "--patient", "bob"])
      let bob = try tool.listJSON(["--patient", "bob"])
      #expect(bob.count == 2)
      #expect(bob.allSatisfy { $0["patient"] as? String == "bob" })
    }
  }

  /// Every entry type with every field, an open aid period and free text with quotes, commas and
  /// line breaks.
  func logEverything(_ tool: RecoveryTool) throws {
    try ListOutputTests().logEverything(tool)
    try tool.succeed(["pain", "2", "--on", "2024-11-21", "--note", "said \"ok\", then\nslept — 良い"])
    try tool.succeed(["pain", "4", "--on", "2024-11-21", "--patient", "second"])
  }

  @Test(arguments: ["json", "csv"])
  func anExportImportsIntoAnEmptyDatabaseLosingNothing(format: String) throws {
    try RecoveryTool.with { tool in
      try logEverything(tool)
      var files: [String] = []
      for patient in ["default", "second"] {
        let listed = try tool.succeed(["list", "--format", format, "--patient", patient]).output
        let text =
          format == "json" ? "{\"format\":\"recovery-diary\",\"version\":1,\"entries\":\(listed)}" : listed
        files.append(try write(text, to: "\(patient).\(format)", in: tool))
      }
      let copy = tool.path("copy.sqlite")
      for file in files {
        let run = try tool.recovery("import", file, database: copy)
        #expect(run.succeeded, "\(run.summary)")
      }
      for patient in ["default", "second"] {
        let original = try tool.listJSON(["--patient", patient])
        let listed = try tool.recovery(arguments: [
          "list", "--format", "json", "--patient", patient, "--db", copy,
        ])
        let imported = try #require(
          try JSONSerialization.jsonObject(with: listed.standardOutput) as? [[String: Any]])
        #expect(original.count > 0)
        #expect(withoutIDs(original) == withoutIDs(imported))
      }
      #expect(try tool.recovery("check", database: copy).succeeded)
      let again = try tool.recovery("import", files[0], database: copy)
      #expect(again.output.contains(" 0 added"), "\(again.summary)")
    }
  }

  @Test func anEntryRemovedFromTheDatabaseStaysRemovedAndOtherContentForItIsRefused() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "6", "--on", "2024-11-20"])
      let listed = try tool.succeed(["list", "--format", "json"]).output
      let uid = try #require(try tool.listJSON().first?["uid"] as? String)
      try tool.succeed(["remove", "1"])
      let same = try write(listed, to: "same.json", in: tool)
      let skipped = try tool.succeed(["import", same])
      #expect(skipped.output.contains("0 added, 1 skipped"), "\(skipped.summary)")
      #expect(try tool.listJSON().isEmpty)
      let changed = try write(
        listed.replacingOccurrences(of: "\"score\" : 6", with: "\"score\" : 2"), to: "changed.json", in: tool)
      let refused = try tool.run(["import", changed, "--update"])
      #expect(refused.status == 64, "\(refused.summary)")
      #expect(refused.error.contains("\(uid) (#1) was removed"), "\(refused.summary)")
      #expect(try tool.rowCount("pain") == 1)
    }
  }
}
