import Foundation
import RecoveryTestSupport
import Testing

/// Patients by name: near-miss names refused, rename, remove and restore, entries moved between
/// patients, and messages that say whose entry is meant.
struct PatientManagementTests {
  @Test(arguments: ["Anna", "anna ", "Ána", "Ana", "annna"])
  func aNameCloseToAnExistingPatientIsRefusedWithDidYouMean(name: String) throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["--patient", "anna", "pain", "5", "--on", "2024-11-20"])
      let run = try tool.run(["--patient", name, "pain", "6", "--on", "2024-11-20"])
      #expect(run.failedWithOneLine, "\(run.summary)")
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.contains("did you mean \"anna\"?"), "\(run.summary)")
      #expect(run.error.contains("--new-patient"), "\(run.summary)")
      #expect(try tool.succeed(["patients"]).output == "anna\n")
      let created = try tool.succeed(["--patient", name, "--new-patient", "pain", "6", "--on", "2024-11-20"])
      #expect(created.output.hasPrefix("New patient \(name) created.\n"), "\(created.summary)")
    }
  }

  @Test func aNameCloseToNoneIsCreatedWithALineSayingSo() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["--patient", "anna", "pain", "5", "--on", "2024-11-20"])
      let run = try tool.succeed(["--patient", "Bartholomew", "pain", "6", "--on", "2024-11-20"])
      #expect(
        run.output == "New patient Bartholomew created.\nLogged pain 6/10, 2024-11-20 (#2) for Bartholomew.\n"
      )
    }
  }

  @Test func namesDifferingInDigitsAreDifferentPatientsAndAScriptCanCreateMany() throws {
    try RecoveryTool.with { tool in
      for number in 1...12 {
        let name = "p" + String(repeating: "0", count: 3 - String(number).count) + String(number)
        let run = try tool.succeed(["--patient", name, "pain", "4", "--on", "2024-11-20"])
        #expect(run.output.hasPrefix("New patient \(name) created."), "\(run.summary)")
      }
      #expect(try tool.succeed(["patients"]).outputLines.count == 12)
    }
  }

  @Test func theConfirmationNamesThePatientOnlyWhenThereAreSeveral() throws {
    try RecoveryTool.with { tool in
      let alone = try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      #expect(alone.output == "Logged pain 5/10, 2024-11-20 (#1).\n")
      try tool.succeed(["--patient", "Zed", "pain", "5", "--on", "2024-11-20"])
      let two = try tool.succeed(["pain", "4", "--on", "2024-11-20"])
      #expect(two.output == "Logged pain 4/10, 2024-11-20 (#3) for default.\n")
    }
  }

  @Test func editingAnotherPatientsEntrySaysWhoseItIs() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["--patient", "anna", "pain", "5", "--on", "2024-11-20"])
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      for arguments in [["edit", "1", "--score", "3"], ["remove", "1"], ["history", "1"]] {
        let run = try tool.run(arguments)
        #expect(run.failedWithOneLine, "\(run.summary)")
        #expect(run.status == 64, "\(run.summary)")
        #expect(
          run.error.contains("Entry #1 belongs to patient \"anna\": add --patient anna."), "\(run.summary)")
      }
    }
  }

  @Test func editingOrRemovingARemovedEntrySaysItWasRemovedAndHowToUndo() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      try tool.succeed(["remove", "1"])
      for arguments in [["edit", "1", "--score", "3"], ["remove", "1"]] {
        let run = try tool.run(arguments)
        #expect(run.failedWithOneLine, "\(run.summary)")
        #expect(run.error.contains("Entry #1 was removed: recovery undo"), "\(run.summary)")
      }
    }
  }

  @Test func anUnknownEntryOrPatientIsAnInputError() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      #expect(try tool.run(["edit", "9", "--score", "3"]).status == 64)
      #expect(try tool.run(["list", "--patient", "nobody"]).status == 64)
    }
  }

  @Test func renamingTheDefaultPatientTitlesTheReportAndTheFHIRPatient() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      let renamed = try tool.succeed(["patient", "rename", "default", "Jane Doe"])
      #expect(renamed.output == "Renamed patient default to Jane Doe.\n")
      let logged = try tool.succeed(["pain", "4", "--on", "2024-11-21"])
      #expect(logged.output == "Logged pain 4/10, 2024-11-21 (#2).\n")
      #expect(try tool.succeed(["patients"]).output == "Jane Doe\n")
      let report = try tool.succeed(["report", "--as-of", "2024-11-22"]).output
      #expect(report.hasPrefix("Recovery report: Jane Doe\n"), "\(report.prefix(200))")
      let fhir = try tool.succeed(["export", "--format", "fhir"]).output
      #expect(fhir.contains("\"name\":[{\"text\":\"Jane Doe\"}]"), "\(fhir.prefix(600))")
      let taken = try tool.run(["patient", "rename", "Jane Doe", "Jane Doe2"])
      #expect(taken.succeeded)
      try tool.succeed(["--patient", "Other", "pain", "3", "--on", "2024-11-21"])
      let clash = try tool.run(["patient", "rename", "Other", "Jane Doe2"])
      #expect(clash.failedWithOneLine && clash.status == 64, "\(clash.summary)")
    }
  }

  @Test func removingAPatientWithEntriesNeedsWithEntriesAndRestoringBringsThemBack() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      try tool.succeed(["--patient", "Annna", "pain", "6", "--on", "2024-11-20"])
      let refused = try tool.run(["patient", "remove", "Annna"])
      #expect(refused.failedWithOneLine && refused.status == 64, "\(refused.summary)")
      #expect(refused.error.contains("has 1 entry: pass --with-entries"), "\(refused.summary)")
      let removed = try tool.succeed(["patient", "remove", "Annna", "--with-entries"])
      #expect(removed.output.contains("Removed patient Annna with 1 entry"), "\(removed.summary)")
      #expect(try tool.succeed(["patients"]).output == "default\n")
      let cohort = try tool.succeed(["cohort", "--format", "json"]).output
      #expect(!cohort.contains("Annna"))
      let logging = try tool.run(["--patient", "Annna", "pain", "2", "--on", "2024-11-21"])
      #expect(logging.error.contains("was removed: recovery patient restore Annna"), "\(logging.summary)")
      let file = tool.path("annna.csv")
      try Data("type,date,score,patient\npain,2024-11-22,3,Annna\n".utf8).write(
        to: URL(fileURLWithPath: file))
      let imported = try tool.run(["import", file])
      #expect(imported.status == 64, "\(imported.summary)")
      #expect(
        imported.error.contains("the patient \"Annna\" was removed: recovery patient restore Annna"),
        "\(imported.summary)")
      try tool.succeed(["patient", "restore", "Annna"])
      #expect(try tool.entries(patient: "Annna").count == 1)
      let defaultRemoval = try tool.run(["patient", "remove", "default", "--with-entries"])
      #expect(defaultRemoval.failedWithOneLine, "\(defaultRemoval.summary)")
      let empty = try tool.succeed(["--patient", "Quentin", "pain", "2", "--on", "2024-11-21"])
      #expect(empty.succeeded)
      try tool.succeed(["--patient", "Quentin", "remove", "3"])
      #expect(try tool.succeed(["patient", "remove", "Quentin"]).succeeded)
    }
  }

  @Test func movingAnEntryKeepsItsHistoryAndUndoMovesItBack() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      try tool.succeed(["edit", "1", "--score", "6"])
      try tool.succeed(["--patient", "anna", "pain", "2", "--on", "2024-11-20"])
      let moved = try tool.succeed(["move", "1", "--to-patient", "anna"])
      #expect(
        moved.output.contains("Moved #1 (pain 6/10, 2024-11-20) from default to anna"), "\(moved.summary)")
      #expect(try tool.entries().isEmpty)
      #expect(try tool.entries(patient: "anna").count == 2)
      let history = try tool.succeed(["--patient", "anna", "history", "1"]).output
      #expect(history.contains("edited"), "\(history)")
      #expect(history.contains("moved to another patient"), "\(history)")
      let undone = try tool.succeed(["undo"])
      #expect(undone.output.contains("Undid the move of #1"), "\(undone.summary)")
      #expect(try tool.entries().count == 1)
      #expect(try tool.entries(patient: "anna").count == 1)
      let unknown = try tool.run(["move", "1", "--to-patient", "bob"])
      #expect(unknown.failedWithOneLine && unknown.status == 64, "\(unknown.summary)")
    }
  }

  @Test func anImportRefusesANewNameCloseToAnExistingPatientUnlessNewPatient() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["--patient", "anna", "pain", "5", "--on", "2024-11-20"])
      let file = tool.path("rows.csv")
      try Data("type,date,score,patient\npain,2024-11-21,4,Anna\npain,2024-11-21,4,p002\n".utf8)
        .write(to: URL(fileURLWithPath: file))
      let refused = try tool.run(["import", file])
      #expect(refused.status == 64, "\(refused.summary)")
      #expect(
        refused.error.contains("\(file):2: there is no patient named \"Anna\"; did you mean \"anna\"?"),
        "\(refused.summary)")
      #expect(!refused.error.contains(":3:"), "\(refused.summary)")
      try tool.succeed(["import", file, "--new-patient"])
      #expect(try tool.succeed(["patients"]).output == "Anna\nanna\np002\n")
    }
  }
}
