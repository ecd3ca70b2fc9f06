import Foundation
import RecoveryTestSupport
import Testing

/// Input the parser would misread or word poorly gets one clear line and exit status 64, wherever the
/// global options stand; failures of the database or a file exit with 1.
struct InputErrorTests {
  /// A command that must be refused with exactly one line.
  struct Case: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let message: String

    init(_ arguments: [String], _ message: String) {
      self.arguments = arguments
      self.message = message
    }

    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let negativeScore =
    "Pain score -1 is out of range: use a whole number from 0 (no pain) to 10 (worst imaginable)."

  static let cases: [Case] = [
    Case(["--db", "DB", "pain", "-1"], negativeScore),
    Case(["--db=DB", "pain", "-1"], negativeScore),
    Case(["--patient", "ann", "--db", "DB", "pain", "-1"], negativeScore),
    Case(["pain", "--db", "DB", "-1"], negativeScore),
    Case(["pain", "-1", "--db", "DB"], negativeScore),
    Case(
      ["pain", "five", "--db", "DB"],
      "Invalid pain score \"five\": use a whole number from 0 (no pain) to 10 (worst imaginable)."),
    Case(
      ["--db", "DB", "edit", "abc"],
      "Invalid entry id \"abc\": entry ids are whole numbers from 1, like 42 or #42, as list shows them."),
    Case(
      ["--db", "DB", "edit", "1", "--score", "high"],
      "Invalid pain score \"high\": use a whole number from 0 (no pain) to 10 (worst imaginable)."),
    Case(
      ["--db", "DB", "lst"],
      "Unknown command \"lst\": did you mean list? Choose one of treatment, pain, symptom, aid, score,"
        + " milestone, target, medication, list, report, cohort, export, import, demo, edit, remove, undo, history,"
        + " backup, restore, check, patients, patient, move, serve."),
    Case(
      ["report", "--format", "htm", "--db", "DB"],
      "Unknown report format \"htm\": did you mean html? Choose one of text, markdown, html, json."),
    Case(
      ["--db", "DB", "list", "--db", "other.sqlite"],
      "--db is given more than once: give it once, before or after the command."),
    Case(
      ["--db=DB", "list", "--db=other.sqlite"],
      "--db is given more than once: give it once, before or after the command."),
    Case(
      ["--patient", "ann", "pain", "5", "--patient=bob", "--db", "DB"],
      "--patient is given more than once: give it once, before or after the command."),
    Case(
      ["pain", "11", "--db", "DB"],
      "Pain score 11 is out of range: use a whole number from 0 (no pain) to 10 (worst imaginable)."),
    Case(
      ["pain", "5", "--side", "rigth", "--db", "DB"],
      "Unknown side \"rigth\": did you mean right? Choose one of left, right, both."),
  ]

  @Test(arguments: cases)
  func refusedInOneLineWithTheUsageStatus(_ check: Case) throws {
    try RecoveryTool.with { tool in
      let arguments = check.arguments.map {
        $0 == "DB" ? tool.database : $0.replacingOccurrences(of: "=DB", with: "=" + tool.database)
      }
      let run = try tool.run(arguments, database: false)
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.output.isEmpty, "\(run.output)")
      #expect(run.error == "recovery: \(check.message)\n")
      #expect(!FileManager.default.fileExists(atPath: tool.database), "the database was created")
      #expect(!FileManager.default.fileExists(atPath: tool.path("other.sqlite")))
    }
  }

  @Test func anOptionThatDoesNotFitAnEntryIsAnInputErrorWithTheRightArticle() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["aid", "cane", "--from", "2024-11-01", "--to", "2024-11-02"])
      let run = try tool.run(["edit", "1", "--score", "3"])
      #expect(run.status == 64, "\(run.summary)")
      #expect(
        run.error
          == "recovery: --score does not apply to #1, an aid entry: use --aid, --side, --note, --from, --to,"
          + " --weight-bearing.\n")
    }
  }

  @Test func failuresOfTheDatabaseOrAFileExitWithOne() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-01"])
      let missing = try tool.run(["edit", "99", "--note", "x"])
      #expect(missing.status == 64, "an unknown entry is an input error: \(missing.summary)")
      try Data().write(to: URL(fileURLWithPath: tool.path("taken.sqlite")))
      let backup = try tool.run(["backup", tool.path("taken.sqlite")])
      #expect(backup.status == 1, "\(backup.summary)")
      #expect(backup.errorIsOneLine, "\(backup.error)")
    }
  }
}
