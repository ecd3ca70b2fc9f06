import Foundation
import RecoveryTestSupport
import Testing

/// `--db` and `--patient` work before the subcommand as well as after it, in both `--db PATH` and
/// `--db=PATH` forms, and help documents each of them once.
struct GlobalOptionPlacementTests {
  @Test func databaseBeforeTheSubcommand() throws {
    try RecoveryTool.with { tool in
      let logged = try tool.run(["--db", tool.database, "pain", "4", "--on", "2024-11-20"], database: false)
      #expect(logged.status == 0, "\(logged.error)")
      #expect(logged.error.isEmpty)
      #expect(FileManager.default.fileExists(atPath: tool.database))
      let listed = try tool.run(["--db", tool.database, "list"], database: false)
      #expect(listed.status == 0, "\(listed.error)")
      #expect(listed.output.contains("pain 4/10"), "\(listed.output)")
      // Nothing went to the default database.
      #expect(!FileManager.default.fileExists(atPath: tool.directory.file("xdg/recovery/recovery.sqlite")))
    }
  }

  @Test(arguments: [
    ["--patient", "ann", "--db", "DB", "pain", "3", "--on", "2024-11-20"],
    ["--patient=ann", "--db=DB", "pain", "3", "--on", "2024-11-20"],
    ["--db=DB", "pain", "3", "--on", "2024-11-20", "--patient=ann"],
    ["--patient", "ann", "pain", "3", "--on", "2024-11-20", "--db", "DB"],
    ["pain", "3", "--on", "2024-11-20", "--db=DB", "--patient", "ann"],
  ])
  func patientAndDatabaseAnywhere(arguments: [String]) throws {
    try RecoveryTool.with { tool in
      let withPath = arguments.map {
        $0 == "DB" ? tool.database : $0.replacingOccurrences(of: "=DB", with: "=" + tool.database)
      }
      let run = try tool.run(withPath, database: false)
      #expect(run.status == 0, "\(run.error)")
      let entries = try tool.listJSON(["--patient", "ann"])
      #expect(entries.count == 1)
      #expect(entries.first?["patient"] as? String == "ann")
      #expect(entries.first?["score"] as? Int == 3)
      #expect(try tool.succeed(["patients"]).outputLines == ["ann"])
    }
  }

  @Test func demoKeepsItsDatabaseWhereverDatabaseIsGiven() throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(["--db", tool.database, "demo", "--format", "json"], database: false)
      #expect(run.status == 0, "\(run.error)")
      #expect(FileManager.default.fileExists(atPath: tool.database))
      #expect(try tool.succeed(["patients"]).outputLines == ["demo"])
    }
  }

  @Test func demoRefusesAPatientOnOneLine() throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(["--patient", "ann", "demo"])
      #expect(run.status != 0)
      #expect(run.output.isEmpty)
      #expect(run.errorIsOneLine, "\(run.error)")
      #expect(run.error.contains("--patient"))
      #expect(!FileManager.default.fileExists(atPath: tool.database))
    }
  }

  /// Option lines of a help screen: those that start, after indentation, with the option.
  static func optionLines(_ help: String, _ option: String) -> Int {
    help.split(separator: "\n").filter { $0.drop(while: { $0 == " " }).hasPrefix(option + " ") }.count
  }

  @Test(arguments: [
    [], ["treatment"], ["pain"], ["symptom"], ["aid"], ["list"], ["report"], ["edit"], ["remove"], ["undo"],
    ["history"], ["backup"], ["restore"], ["check"], ["patients"], ["cohort"],
  ])
  func helpDocumentsEachGlobalOptionOnce(command: [String]) throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(command + ["--help"], database: false)
      #expect(run.status == 0)
      #expect(run.error.isEmpty)
      #expect(Self.optionLines(run.output, "--db") == 1, "\(run.output)")
      #expect(Self.optionLines(run.output, "--patient") == 1, "\(run.output)")
    }
  }

  @Test func rootHelpStillWorks() throws {
    try RecoveryTool.with { tool in
      for arguments in [["--help"], ["help"], []] {
        let run = try tool.run(arguments, database: false)
        #expect(run.status == 0, "\(arguments)")
        #expect(run.output.contains("SUBCOMMANDS:"), "\(arguments)")
        #expect(run.output.contains("--db <path>"), "\(arguments)")
      }
    }
  }
}
