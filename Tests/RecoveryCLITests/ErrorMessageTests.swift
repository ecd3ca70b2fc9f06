import Foundation
import RecoveryTestSupport
import Testing

/// The sentences users see for the libraries' errors: the libraries carry data, the command line names
/// the options to pass and the forms it accepts.
struct ErrorMessageTests {
  /// A command that must fail, and the exact line it must print on standard error.
  typealias Case = RefusedCommand

  static let cases: [Case] = [
    Case(
      ["pain", "5", "--on", "2024-02-30"],
      "Invalid date \"2024-02-30\": use YYYY-MM-DD (a real calendar day), today or yesterday."),
    Case(
      ["pain", "11"],
      "Pain score 11 is out of range: use a whole number from 0 (no pain) to 10 (worst imaginable)."),
    Case(
      ["pain", "-1"],
      "Pain score -1 is out of range: use a whole number from 0 (no pain) to 10 (worst imaginable)."),
    Case(
      ["symptom", "stiffness", "--severity", "11"],
      "Severity 11 is out of range: use a whole number from 0 to 10."),
    Case(
      ["symptom", "catching", "--count", "-2"],
      "Episode count -2 is invalid: use a whole number of 0 or more."),
    Case(
      ["symptom", "catching", "--count", "10001"],
      "Episode count 10001 is too large: use a whole number from 0 to 10000 (log several entries if needed)."),
    Case(
      ["treatment", "prolotherapy", "--round", "0"], "Round 0 is invalid: rounds are numbered from 1 to 100."),
    Case(
      ["treatment", "other"], "A treatment of kind other needs a name (--name), for example \"acupuncture\"."),
    Case(
      ["symptom", "trigger-point"],
      "A trigger-point symptom needs the point (--point): choose one of upper-psoas, lower-psoas, iliacus."),
    Case(
      ["symptom", "catching", "--point", "iliacus"],
      "A trigger point (--point) applies only to the trigger-point symptom, not to catching."),
    Case(
      ["treatment", "cortisone", "--level", "central-compartment"],
      "A release level (--level) does not apply to cortisone: it applies only to psoas-release."),
    Case(
      ["treatment", "physiotherapy", "--guidance", "ultrasound"],
      "An image guidance (--guidance) does not apply to physiotherapy: it applies only to cortisone, prp, prolotherapy."
    ),
  ]

  @Test(arguments: cases)
  func inputErrorsNameTheOptionAndTheAcceptedForms(_ check: Case) throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(check.arguments)
      #expect(run.status != 0)
      #expect(run.error == "recovery: \(check.message)\n")
    }
  }

  @Test func anExistingBackupTargetSaysToPassForce() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      let target = tool.directory.file("backup.sqlite")
      try tool.succeed(["backup", target])
      let run = try tool.run(["backup", target])
      #expect(run.status != 0)
      #expect(
        run.error
          == "recovery: Cannot back up to \(target): the file exists already; pass --force to replace it.\n")
    }
  }

  @Test func aBackupIntoAFolderSaysItIsAFolder() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      let folder = tool.directory.file("folder")
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
      let run = try tool.run(["backup", folder])
      #expect(run.error == "recovery: Cannot open \(folder): it is a folder; give the path of a file.\n")
    }
  }

  @Test func aMissingBackupToRestoreSaysWhatTheSystemSaid() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      let missing = tool.directory.file("missing.sqlite")
      let run = try tool.run(["restore", missing])
      #expect(run.error == "recovery: Cannot open \(missing): No such file or directory.\n")
    }
  }

  @Test func aReportEndingBeforeItStartsNamesBothOptions() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      let run = try tool.run(["report", "--since", "2024-05-01", "--until", "2024-04-01"])
      #expect(run.errorIsOneLine, "\(run.error)")
      for mention in ["--since", "--until", "2024-05-01", "2024-04-01"] {
        #expect(run.error.contains(mention), "\(run.error)")
      }
    }
  }

  @Test func aRowChangedOutsideTheToolNamesTheEntryAndTheWayOut() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20", "--side", "left"])
      let shell = try SQLiteShell.run(
        tool.database,
        "PRAGMA ignore_check_constraints = 1; UPDATE pain SET side = 'private words' WHERE id = 1")
      try #require(shell.status == 0)
      let run = try tool.run(["list"])
      #expect(run.status != 0)
      #expect(
        run.error
          == "recovery: Entry #1 in \(tool.database) has an unreadable value in its side column, changed outside"
          + " recovery. Run recovery check to see every problem, or recovery restore a backup.\n")
      #expect(!run.error.contains("private words"))
    }
  }

  @Test func anEditThatChangesNothingSaysToGiveAnOption() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      let run = try tool.run(["edit", "1", "--score", "5"])
      #expect(run.error == "recovery: Nothing to change in #1: give at least one option with a new value.\n")
    }
  }
}
