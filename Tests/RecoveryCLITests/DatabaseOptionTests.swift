import Foundation
import RecoveryTestSupport
import Testing

/// Which database and which patient: `--db`, `RECOVERY_DB`, the XDG default, `--patient`,
/// `RECOVERY_PATIENT`; and the new file's permissions.
struct DatabaseOptionTests {
  func permissions(_ path: String) throws -> Int {
    try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  @Test func newDatabaseIsOwnerOnly() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      #expect(try permissions(tool.database) == 0o600)
    }
  }

  @Test func patientsAreKeptApart() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "7", "--on", "2024-11-20", "--patient", "anna"])
      try tool.succeed(["aid", "cane", "--from", "2024-11-01", "--patient", "anna"])
      try tool.succeed(["pain", "2", "--on", "2024-11-20", "--patient", "ben"])
      // The same aid on the same days is no overlap for another patient.
      try tool.succeed(["aid", "cane", "--from", "2024-11-01", "--patient", "ben"])
      let anna = try tool.listJSON(["--patient", "anna"])
      let ben = try tool.listJSON(["--patient", "ben"])
      #expect(anna.compactMap { $0["score"] as? Int } == [7])
      #expect(ben.compactMap { $0["score"] as? Int } == [2])
      #expect(anna.allSatisfy { $0["patient"] as? String == "anna" })
      #expect(ben.allSatisfy { $0["patient"] as? String == "ben" })
      // Numbers are database-wide: nobody shares one.
      let numbers = (anna + ben).compactMap { $0["id"] as? Int }
      #expect(Set(numbers).count == 4)
      // Ben's stop leaves Anna's cane open.
      try tool.succeed(["aid", "cane", "--stop", "--on", "2024-11-10", "--patient", "ben"])
      let annasCane = try #require(try tool.listJSON(["--patient", "anna", "--type", "aid"]).first)
      #expect(annasCane["to"] is NSNull)
      // Without --patient: the default patient, who has nothing yet.
      #expect(try tool.listJSON().isEmpty)
    }
  }

  @Test func environmentChoosesDatabaseAndPatient() throws {
    try RecoveryTool.with { tool in
      let other = tool.directory.file("from-environment.sqlite")
      try tool.succeed(
        ["pain", "3", "--on", "2024-11-20"], database: false,
        environment: ["RECOVERY_DB": other, "RECOVERY_PATIENT": "carol"])
      #expect(FileManager.default.fileExists(atPath: other))
      #expect(!FileManager.default.fileExists(atPath: tool.database))
      let entries = try tool.run(
        ["list", "--format", "json", "--db", other, "--patient", "carol"], database: false)
      #expect(entries.status == 0)
      #expect(entries.output.contains("\"carol\""))
      // --db and --patient win over the environment.
      try tool.succeed(
        ["pain", "8", "--on", "2024-11-20", "--patient", "dave"],
        environment: ["RECOVERY_DB": other, "RECOVERY_PATIENT": "carol"])
      let fromOptions = try tool.listJSON(["--patient", "dave"])
      #expect(fromOptions.compactMap { $0["score"] as? Int } == [8])
      let carol = try tool.run(["patients", "--db", other], database: false)
      #expect(carol.outputLines == ["carol"])
      // RECOVERY_PATIENT alone picks the patient in the --db database.
      let viaEnvironment = try tool.listJSON(environment: ["RECOVERY_PATIENT": "dave"])
      #expect(viaEnvironment.compactMap { $0["score"] as? Int } == [8])
    }
  }

  @Test func defaultDatabaseIsUnderXDGDataHome() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"], database: false)
      let path = tool.directory.file("xdg/recovery/recovery.sqlite")
      #expect(FileManager.default.fileExists(atPath: path))
      #expect(try permissions(path) == 0o600)
      #expect(!FileManager.default.fileExists(atPath: tool.database))
    }
  }

  @Test func defaultDatabaseFallsBackToHome() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(
        ["pain", "5", "--on", "2024-11-20"], database: false, environment: ["XDG_DATA_HOME": ""])
      #expect(
        FileManager.default.fileExists(
          atPath: tool.directory.file("home/.local/share/recovery/recovery.sqlite")))
    }
  }

  @Test func fileThatIsNotADatabaseIsLeftUntouched() throws {
    try RecoveryTool.with { tool in
      let text = Data("my own notes, not a database\n".utf8)
      try text.write(to: URL(fileURLWithPath: tool.database))
      let run = try tool.run(["pain", "5", "--on", "2024-11-20"])
      #expect(run.status != 0)
      #expect(run.errorIsOneLine)
      #expect(run.error.contains(tool.database))
      #expect(try Data(contentsOf: URL(fileURLWithPath: tool.database)) == text)
    }
  }
}
