import Foundation
import RecoveryExchange
import RecoveryModel
import RecoveryTestSupport
import Testing

/// `recovery export`'s content: the entries `list` prints, in the file format's frame.
struct ExportCommandTests {
  /// The demo diary (patient demo), made once.
  static let demo = try? RecoveryTool.snapshot { tool in try tool.succeed(["demo", "--format", "json"]) }

  /// The export file parsed: its `format`, `version` and entries.
  struct ExportFile {
    let format: String?
    let version: Int?
    let entries: [[String: Any]]
    /// The file's lines: the header, one per entry, the closing one.
    let lines: [Substring]

    init(_ text: String) throws {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object")
      #expect(Set(object.keys) == ["format", "version", "entries"])
      format = object["format"] as? String
      version = object["version"] as? Int
      entries = try #require(object["entries"] as? [[String: Any]], "entries is not an array of objects")
      lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }
  }

  /// `list --format json` with `arguments` as one array, for comparing with an export's entries.
  func listed(_ tool: RecoveryTool, _ arguments: [String]) throws -> NSArray {
    try tool.listJSON(arguments) as NSArray
  }

  func export(_ tool: RecoveryTool, _ arguments: [String]) throws -> ExportFile {
    try ExportFile(tool.succeed(["export"] + arguments).output)
  }

  @Test func jsonIsTheFormatVersionAndListsEntriesOnePerLine() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.demo))
      let text = try tool.succeed(["export", "--patient", "demo"]).output
      let file = try ExportFile(text)
      #expect(file.format == DiaryExport.formatName)
      #expect(file.format == "recovery-diary")
      #expect(file.version == DiaryExport.version)
      #expect(file.version == 1)
      #expect(file.entries.count > 1000)
      #expect(file.entries as NSArray == (try listed(tool, ["--patient", "demo"])))
      // A header line, one line per entry, the closing line, and the final line break.
      #expect(file.lines.count == file.entries.count + 3)
      #expect(file.lines.first == "{\"format\":\"recovery-diary\",\"version\":1,\"entries\":[")
      #expect(file.lines.dropFirst().dropLast(2).allSatisfy { $0.hasPrefix("{\"") })
      #expect(file.lines.suffix(2) == ["]}", ""])
      // Sorted keys: the same entries give the same bytes.
      #expect(try tool.succeed(["export", "--patient", "demo"]).output == text)
    }
  }

  @Test func csvIsWhatListPrints() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.demo))
      let exported = try tool.succeed(["export", "--patient", "demo", "--format", "csv"]).output
      #expect(exported == (try tool.succeed(["list", "--patient", "demo", "--format", "csv"]).output))
      #expect(
        exported.hasPrefix("id,uid,type,patient,date,from,to,time,kind,category,name,instrument,answers,"))
      let records = exported.split(separator: "\r\n", omittingEmptySubsequences: false)
      #expect(records.last == "")
      #expect(CSV.parse(exported).count == (try tool.listJSON(["--patient", "demo"])).count + 1)
    }
  }

  /// Every field of every type, an open aid period, removed entries, and free text that JSON must
  /// escape and CSV must quote.
  @Test func everyFieldAndRemovedEntriesAreWhatListPrints() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(ListOutputTests.everything))
      let notes = [
        "groin, then \"snap\"\nsecond line", "back\\slash\ttab\r\ncrlf", "naïve 日本語 — Ωμέγα",
        "line\u{2028}sep",
        "bell\u{07}",
      ]
      for note in notes {
        try tool.succeed(["pain", "4", "--on", "2024-11-21", "--note", note])
      }
      try tool.succeed(["remove", "2", "--reason", "logged twice"])
      try tool.succeed(["remove", "7"])

      for extra in [[], ["--include-removed"]] {
        let file = try export(tool, extra)
        #expect(file.entries as NSArray == (try listed(tool, extra)), "\(extra)")
        let csv = try tool.succeed(["export", "--format", "csv"] + extra).output
        #expect(csv == (try tool.succeed(["list", "--format", "csv"] + extra).output), "\(extra)")
      }
      let all = try export(tool, ["--include-removed"]).entries
      #expect(all.count == 11)
      #expect(
        all.filter { $0["removed"] as? Bool == true }.compactMap { $0["id"] as? Int }.sorted() == [2, 7])
      #expect(all.allSatisfy { $0["removed"] is Bool })
      let current = try export(tool, []).entries
      #expect(current.count == 9)
      #expect(current.allSatisfy { $0["removed"] == nil })
      #expect(Set(current.compactMap { $0["note"] as? String }).isSuperset(of: notes.dropFirst()))
    }
  }

  @Test(arguments: [
    ["--since", "2024-11-12"],
    ["--until", "2024-06-01"],
    ["--since", "2024-11-01", "--until", "2024-11-10"],
    ["--since", "2024-11-11", "--until", "2024-11-11"],
    ["--since", "2024-10-28", "--until", "2024-10-28"],
    ["--since", "2030-01-01"],
  ])
  func sinceAndUntilKeepWhatListKeeps(arguments: [String]) throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(ListOutputTests.everything))
      let listed = try tool.listJSON(arguments)
      let file = try export(tool, arguments)
      #expect(file.entries as NSArray == listed as NSArray)
      let csv = try tool.succeed(["export", "--format", "csv"] + arguments).output
      #expect(csv == (try tool.succeed(["list", "--format", "csv"] + arguments).output))
    }
  }

  @Test func sinceAndUntilKeepTheDaysAskedFor() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(ListOutputTests.everything))
      // Pain on 11-20, a symptom on 11-18, the crutches 10-28 to 11-11 (not in use on 11-11), the cane
      // from 11-11 (open), the treatments on 2023-06-05 and 2024-10-28.
      let ids = try export(tool, ["--since", "2024-11-11", "--until", "2024-11-19"]).entries.compactMap {
        $0["id"] as? Int
      }
      #expect(ids == [6, 4])
    }
  }

  @Test func allPatientsExportsEachPatientByNameWithTheirName() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20", "--patient", "zoe"])
      try tool.succeed(["pain", "3", "--on", "2024-11-19", "--patient", "anna"])
      try tool.succeed(["aid", "cane", "--from", "2024-11-01", "--patient", "anna"])
      try tool.succeed(["pain", "7", "--on", "2024-11-18"])
      let file = try export(tool, ["--all-patients"])
      let pairs = file.entries.map { "\($0["patient"] ?? "")#\($0["id"] ?? "")" }
      #expect(pairs == ["anna#3", "anna#2", "default#4", "zoe#1"])
      var expected: [[String: Any]] = []
      for patient in ["anna", "default", "zoe"] {
        expected += try tool.listJSON(["--patient", patient])
      }
      #expect(file.entries as NSArray == expected as NSArray)
      let csv = CSV.parse(try tool.succeed(["export", "--all-patients", "--format", "csv"]).output)
      #expect(csv.dropFirst().map { $0[3] } == ["anna", "anna", "default", "zoe"])
      // One patient only without --all-patients.
      #expect(try export(tool, ["--patient", "zoe"]).entries.count == 1)
      #expect(try export(tool, []).entries.count == 1)
    }
  }

  @Test func anEmptyDiaryIsAValidFileWithoutEntries() throws {
    try RecoveryTool.with { tool in
      let file = try export(tool, [])
      #expect(file.format == "recovery-diary")
      #expect(file.version == 1)
      #expect(file.entries.isEmpty)
      #expect(try export(tool, ["--all-patients"]).entries.isEmpty)
      let csv = try tool.succeed(["export", "--format", "csv"]).output
      #expect(csv == (try tool.succeed(["list", "--format", "csv"]).output))
      #expect(CSV.parse(csv).count == 1)
      // Reading an absent diary creates no database.
      #expect(!FileManager.default.fileExists(atPath: tool.database))

      try tool.succeed(["pain", "5", "--on", "2024-11-20", "--patient", "other"])
      #expect(try export(tool, []).entries.isEmpty)
      #expect(try export(tool, ["--since", "2024-11-21"]).entries.isEmpty)
    }
  }

  @Test(arguments: [
    ["--format", "xml"],
    ["--since", "2024-13-01"],
    ["--until", "soon"],
    ["--since", "2024-11-02", "--until", "2024-11-01"],
    ["--force"],
    ["--all-patients", "--patient", "default"],
  ])
  func badInputIsOneLineAndExit64(arguments: [String]) throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      let output = tool.path("out.json")
      var outcomes = [try tool.run(["export"] + arguments)]
      if !arguments.contains("--force") {
        outcomes.append(try tool.run(["export", "--output", output] + arguments))
      }
      for outcome in outcomes {
        #expect(outcome.status == 64, "\(outcome.summary)")
        #expect(outcome.failedWithOneLine, "\(outcome.summary)")
      }
      #expect(try tool.directory.fileNames() == ["diary.sqlite"])
    }
  }

  @Test func aMisspeltFormatGetsTheClosestOne() throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(["export", "--format", "jsno"])
      #expect(run.status == 64)
      #expect(run.error.contains("\"jsno\""), "\(run.error)")
      #expect(run.error.contains("json, csv"), "\(run.error)")
    }
  }
}
