import Foundation
import RecoveryTestSupport
import Testing

/// `recovery medication` end to end through the built binary: doses and courses logged, listed in
/// every format, corrected, stopped, refused with one line that writes nothing, and carried through
/// export and import.
struct MedicationCommandTests {
  /// Logs an oxycodone dose as needed and a paracetamol course, then stops the course.
  private func logStory(_ tool: RecoveryTool) throws {
    try tool.succeed([
      "medication", "oxycodone", "--dose", "5", "--times", "3", "--on", "2024-10-29", "--prn",
    ])
    try tool.succeed(["medication", "paracetamol", "--dose", "1000", "--times", "4", "--from", "2024-10-28"])
    try tool.succeed(["medication", "other", "--name", "dexamethasone", "--dose", "8", "--on", "2024-10-28"])
  }

  @Test func dosesAndACourseAreLoggedListedAndStopped() throws {
    try RecoveryTool.with { tool in
      try logStory(tool)
      let stop = try tool.succeed(["medication", "paracetamol", "--stop", "--on", "2024-11-18"])
      #expect(
        stop.output == "Stopped paracetamol 1000 mg x4 a day, from 2024-10-28 to 2024-11-18 (21 days) (#2).\n"
      )
      let objects = try tool.listJSON()
      #expect(objects.count == 3)
      let oxycodone = try #require(objects.first { $0["drug"] as? String == "oxycodone" })
      #expect(oxycodone["type"] as? String == "medication")
      #expect(oxycodone["date"] as? String == "2024-10-29")
      #expect(oxycodone["dose"] as? Double == 5)
      #expect(oxycodone["times"] as? Int == 3)
      #expect(oxycodone["asNeeded"] as? Bool == true)
      let course = try #require(objects.first { $0["drug"] as? String == "paracetamol" })
      #expect(course["from"] as? String == "2024-10-28")
      #expect(course["to"] as? String == "2024-11-18")
      #expect(course["date"] == nil)
      let table = try tool.succeed(["list"]).output
      #expect(table.contains("oxycodone 5 mg x3 (as needed), 22.5 MME a day"))
      #expect(table.contains("dexamethasone 8 mg"))
      let csv = CSV.parse(try tool.succeed(["list", "--format", "csv"]).output)
      let header = try #require(csv.first)
      let row = try #require(csv.first { $0.contains("oxycodone") })
      let cell = { (name: String) in row[header.firstIndex(of: name)!] }
      #expect(cell("dose") == "5")
      #expect(cell("times") == "3")
      #expect(cell("asNeeded") == "true")
      #expect(try tool.succeed(["check"]).output.contains("no problems found"))
    }
  }

  @Test(arguments: [
    (["medication", "tylenol"], "Unknown drug \"tylenol\": did you mean paracetamol?"),
    (["medication", "OxyContin", "--dose", "10"], "Unknown drug \"OxyContin\": did you mean oxycodone?"),
    (
      ["medication", "oxycodone", "--dose", "800"], "A dose of 800 mg of oxycodone (--dose) is not plausible"
    ),
    (["medication", "oxycodone", "--dose", "0"], "A dose of 0 mg of oxycodone (--dose) is not plausible"),
    (
      ["medication", "paracetamol", "--dose", "1000", "--times", "6"],
      "A daily total of 6000 mg of paracetamol (--dose times --times) is not plausible"
    ),
    (["medication", "other"], "needs a name (--name)"),
    (["medication", "ibuprofen", "--from", "2024-10-28", "--time", "08:00"], "covers whole days"),
    (["medication", "ibuprofen", "--stop"], "There is no open ibuprofen course to stop."),
  ])
  func badInputIsOneLineAndWritesNothing(arguments: [String], message: String) throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "3", "--on", "2024-10-28"])
      let run = try tool.run(arguments)
      #expect(run.status != 0)
      #expect(run.output.isEmpty)
      #expect(run.error.contains(message), "\(run.error)")
      #expect(run.error.split(separator: "\n").count == 1, "\(run.error)")
      #expect(try tool.rowCount("medication") == 0)
      #expect(try tool.listJSON().count == 1)
    }
  }

  @Test func editRemoveUndoAndHistory() throws {
    try RecoveryTool.with { tool in
      try logStory(tool)
      try tool.succeed(["edit", "1", "--dose", "10", "--times", "2"])
      var oxycodone = try #require(try tool.listJSON().first { $0["drug"] as? String == "oxycodone" })
      #expect(oxycodone["dose"] as? Double == 10)
      #expect(oxycodone["times"] as? Int == 2)
      let refused = try tool.run(["edit", "1", "--dose", "500"])
      #expect(refused.status != 0)
      #expect(refused.error.contains("not plausible"))
      let wrongOption = try tool.run(["edit", "1", "--weight-bearing", "pwb"])
      #expect(wrongOption.status != 0)
      #expect(try tool.succeed(["history", "1"]).output.contains("edited: dose 5 -> 10; times 3 -> 2"))
      try tool.succeed(["undo"])
      oxycodone = try #require(try tool.listJSON().first { $0["drug"] as? String == "oxycodone" })
      #expect(oxycodone["dose"] as? Double == 5)
      try tool.succeed(["remove", "2"])
      #expect(try tool.listJSON().count == 2)
      try tool.succeed(["undo"])
      #expect(try tool.listJSON().count == 3)
    }
  }

  @Test(arguments: ["json", "csv"])
  func exportAndImportCarryMedicationsWhole(format: String) throws {
    try RecoveryTool.with { tool in
      try logStory(tool)
      let file = tool.path("diary.\(format)")
      try tool.succeed(["export", "--format", format, "--output", file])
      let copy = tool.path("copy.sqlite")
      let imported = try tool.recovery(arguments: ["import", file, "--db", copy])
      #expect(imported.succeeded, "\(imported.error)")
      // Ids are the importing database's own; everything else, uids included, comes back as it was.
      func withoutIDs(_ database: String) throws -> [NSDictionary] {
        let run = try tool.recovery(arguments: ["list", "--format", "json", "--db", database])
        let objects = try #require(
          try JSONSerialization.jsonObject(with: run.standardOutput) as? [[String: Any]])
        return objects.map { object in
          var object = object
          object["id"] = nil
          return object as NSDictionary
        }.sorted { ($0["uid"] as? String ?? "") < ($1["uid"] as? String ?? "") }
      }
      let original = try withoutIDs(tool.database)
      #expect(original.count == 3)
      #expect(try withoutIDs(copy) == original)
    }
  }

  @Test func aSpreadsheetOfDrugDoseAndTimesImports() throws {
    try RecoveryTool.with { tool in
      let file = tool.path("meds.csv")
      try Data(
        "type,date,drug,dose,times\nmedication,2024-10-29,oxycodone,5,4\nmedication,2024-10-30,Ibuprofen,400,3\n"
          .utf8
      )
      .write(to: URL(fileURLWithPath: file))
      let run = try tool.succeed(["import", file])
      #expect(run.output.contains("2 added"), "\(run.output)")
      let objects = try tool.listJSON()
      #expect(objects.map { $0["drug"] as? String } == ["oxycodone", "ibuprofen"])
      #expect(objects.first?["dose"] as? Double == 5)
      #expect(objects.first?["times"] as? Int == 4)
    }
  }

  @Test func theReportShowsTheOpioidFreeDayAgainstItsTarget() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "psoas-release", "--on", "2024-10-28", "--side", "right"])
      try tool.succeed([
        "medication", "oxycodone", "--dose", "10", "--times", "3", "--from", "2024-10-28", "--to",
        "2024-11-10",
      ])
      try tool.succeed(["medication", "oxycodone", "--dose", "5", "--on", "2024-11-15", "--prn"])
      try tool.succeed(["target", "opioid-free", "--days", "14"])
      let report = try tool.succeed(["report"]).output
      #expect(
        report.contains("After psoas release (2024-10-28): opioid-free from day 19 (last opioid 2024-11-15)"))
      #expect(report.contains("opioid-free  day 19 (2024-11-16)  day 14  5 days behind"))
      let refused = try tool.run(["milestone", "opioid-free"])
      #expect(refused.status != 0)
      #expect(refused.error.contains("recovery target opioid-free --days N"))
    }
  }
}
