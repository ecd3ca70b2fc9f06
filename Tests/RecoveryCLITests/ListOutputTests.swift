import Foundation
import RecoveryTestSupport
import Testing

/// `list --format json` and `--format csv`, read the way a script would read them.
struct ListOutputTests {
  /// One entry of each type with every option given, plus an open aid period.
  func logEverything(_ tool: RecoveryTool) throws {
    try tool.succeed([
      "treatment", "psoas-release", "--on", "2024-10-28", "--time", "07:45", "--side", "right", "--level",
      "central-compartment", "--approach", "arthroscopic", "--agent", "bupivacaine", "--dose", "10 ml",
      "--round", "1",
      "--provider", "Dr. Example", "--name", "tenotomy", "--finding", "cup overhanging", "--note", "first",
    ])
    try tool.succeed([
      "treatment", "cortisone", "--on", "2023-06-05", "--target", "iliopsoas-bursa", "--guidance",
      "ultrasound",
    ])
    try tool.succeed([
      "pain", "6", "--on", "2024-11-20", "--time", "21:30", "--location", "groin", "--side", "right",
      "--activity",
      "sit-to-stand", "--note", "evening",
    ])
    try tool.succeed([
      "symptom", "trigger-point", "--on", "2024-11-18", "--time", "08:00", "--count", "3", "--severity", "7",
      "--point", "lower-psoas", "--location", "groin", "--side", "left", "--activity", "sitting", "--note",
      "tender",
    ])
    try tool.succeed([
      "aid", "two-crutches", "--from", "2024-10-28", "--to", "2024-11-11", "--weight-bearing", "pwb",
      "--side", "both",
      "--note", "50%",
    ])
    try tool.succeed(["aid", "cane", "--from", "2024-11-11"])
  }

  /// The database `logEverything` makes, made once for the filter table.
  static let everything = try? RecoveryTool.snapshot { tool in try ListOutputTests().logEverything(tool) }

  func entry(_ entries: [[String: Any]], id: Int) throws -> [String: Any] {
    try #require(entries.first { $0["id"] as? Int == id })
  }

  @Test func jsonHasTheDocumentedFields() throws {
    try RecoveryTool.with { tool in
      try logEverything(tool)
      let entries = try tool.listJSON()
      #expect(entries.count == 6)
      for entry in entries {
        #expect(entry["id"] is Int)
        let uid = try #require(entry["uid"] as? String)
        #expect(UUID(uuidString: uid) != nil)
        #expect(uid == uid.lowercased())
        #expect(entry["patient"] as? String == "default")
        #expect(["treatment", "pain", "symptom", "aid"].contains(entry["type"] as? String ?? ""))
      }
      #expect(Set(entries.compactMap { $0["uid"] as? String }).count == 6)

      let release = try entry(entries, id: 1)
      let expectedRelease: [String: Any] = [
        "type": "treatment", "date": "2024-10-28", "time": "07:45", "kind": "psoas-release", "side": "right",
        "level": "central-compartment", "approach": "arthroscopic", "agent": "bupivacaine", "dose": "10 ml",
        "round": 1, "provider": "Dr. Example", "name": "tenotomy", "finding": "cup overhanging",
        "note": "first",
      ]
      for (key, value) in expectedRelease {
        #expect(release[key].map { "\($0)" } == "\(value)", "\(key)")
      }
      #expect(release["round"] is Int)

      let cortisone = try entry(entries, id: 2)
      #expect(cortisone["kind"] as? String == "cortisone")
      #expect(cortisone["target"] as? String == "iliopsoas-bursa")
      #expect(cortisone["guidance"] as? String == "ultrasound")
      for absent in ["level", "approach", "round", "note", "time", "side", "name"] {
        #expect(cortisone[absent] == nil || cortisone[absent] is NSNull, "\(absent)")
      }

      let pain = try entry(entries, id: 3)
      #expect(pain["type"] as? String == "pain")
      #expect(pain["score"] as? Int == 6)
      #expect(pain["date"] as? String == "2024-11-20")
      #expect(pain["time"] as? String == "21:30")
      #expect(pain["location"] as? String == "groin")
      #expect(pain["side"] as? String == "right")
      #expect(pain["activity"] as? String == "sit-to-stand")
      #expect(pain["note"] as? String == "evening")

      let symptom = try entry(entries, id: 4)
      #expect(symptom["kind"] as? String == "trigger-point")
      #expect(symptom["count"] as? Int == 3)
      #expect(symptom["severity"] as? Int == 7)
      #expect(symptom["point"] as? String == "lower-psoas")
      #expect(symptom["side"] as? String == "left")
      #expect(symptom["activity"] as? String == "sitting")

      let crutches = try entry(entries, id: 5)
      #expect(crutches["type"] as? String == "aid")
      #expect(crutches["aid"] as? String == "two-crutches")
      #expect(crutches["from"] as? String == "2024-10-28")
      #expect(crutches["to"] as? String == "2024-11-11")
      #expect(crutches["weightBearing"] as? String == "pwb")
      #expect(crutches["side"] as? String == "both")
      #expect(crutches["note"] as? String == "50%")
      #expect(crutches["weight_bearing"] == nil)

      let cane = try entry(entries, id: 6)
      #expect(cane["from"] as? String == "2024-11-11")
      #expect(cane.keys.contains("to"))
      #expect(cane["to"] is NSNull)
    }
  }

  @Test func emptyDiaryIsAnEmptyJSONArray() throws {
    try RecoveryTool.with { tool in
      let entries = try tool.listJSON()
      #expect(entries.isEmpty)
    }
  }

  @Test(arguments: [
    (["--type", "pain"], [3]),
    (["--type", "aid"], [5, 6]),
    (["--type", "treatment"], [2, 1]),
    (["--kind", "cortisone"], [2]),
    (["--since", "2024-11-12"], [6, 4, 3]),
    (["--until", "2024-06-01"], [2]),
    (["--since", "2024-11-01", "--until", "2024-11-10"], [5]),
    (["--type", "symptom", "--since", "2024-11-19"], []),
  ])
  func listFilters(arguments: [String], ids: [Int]) throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.everything))
      #expect(try tool.listJSON(arguments).compactMap { $0["id"] as? Int } == ids)
    }
  }

  @Test func csvHasEveryJSONFieldInTheDocumentedOrder() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.everything))
      let rows = CSV.parse(try tool.succeed(["list", "--format", "csv", "--include-removed"]).output)
      let header = try #require(rows.first)
      #expect(
        header == [
          "id", "uid", "type", "patient", "date", "from", "to", "time", "kind", "category", "name",
          "instrument", "answers", "raw", "score", "count", "severity", "point", "location", "side",
          "activity", "aid", "weightBearing", "level", "approach", "target", "guidance", "agent", "dose",
          "drug", "times", "asNeeded", "round", "days", "surgery", "provider", "finding", "note", "removed",
        ])
      let objects = try tool.listJSON(["--include-removed"])
      #expect(rows.count == objects.count + 1)
      for (row, object) in zip(rows.dropFirst(), objects) {
        for (key, value) in object {
          let column = try #require(header.firstIndex(of: key), "no CSV column for \(key)")
          let text =
            value is NSNull
            ? "" : key == "removed" ? ((value as? Bool) == true ? "true" : "false") : "\(value)"
          #expect(row[column] == text, "\(key)")
        }
      }
      #expect(rows[1][header.firstIndex(of: "category")!] == "injection")
    }
  }

  @Test func csvHasAHeaderAndQuotesFieldsThatNeedIt() throws {
    try RecoveryTool.with { tool in
      let note = "groin, then \"snap\"\nsecond line"
      try tool.succeed(["pain", "6", "--on", "2024-11-20", "--location", "groin", "--note", note])
      try tool.succeed(["aid", "cane", "--from", "2024-11-11"])
      let csv = try tool.succeed(["list", "--format", "csv"]).output
      let rows = CSV.parse(csv)
      #expect(rows.count == 3)
      let header = try #require(rows.first)
      #expect(Array(header.prefix(5)) == ["id", "uid", "type", "patient", "date"])
      for column in ["from", "to", "score", "location", "aid", "weightBearing", "note"] {
        #expect(header.contains(column), "\(column)")
      }
      #expect(rows.allSatisfy { $0.count == header.count })
      func value(_ row: [String], _ column: String) -> String? {
        header.firstIndex(of: column).map { row[$0] }
      }
      let aid = rows[1]
      let pain = rows[2]
      #expect(value(aid, "type") == "aid")
      #expect(value(aid, "from") == "2024-11-11")
      #expect(value(aid, "to") == "")
      #expect(value(pain, "id") == "1")
      #expect(value(pain, "score") == "6")
      #expect(value(pain, "date") == "2024-11-20")
      #expect(value(pain, "note") == note)
      #expect(csv.contains("\"groin, then \"\"snap\"\"\nsecond line\""))
    }
  }
}
