import Foundation
import RecoveryTestSupport
import Testing

/// When the chosen patient has no entries and others do, `report` and `list` say who has them and how
/// to choose one, instead of only "no entries".
struct EmptyDiaryTests {
  @Test func reportAfterTheDemoNamesTheDemoPatient() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["demo", "--format", "json"])
      let run = try tool.succeed(["report"])
      #expect(run.error.isEmpty)
      #expect(
        run.output == "No entries yet for default. Patients with entries: demo (--patient demo).\n")
      // And the suggestion works.
      let demo = try tool.succeed(["report", "--patient", "demo", "--as-of", "2024-11-25"])
      #expect(demo.output.contains("psoas release"), "\(demo.output.prefix(300))")
    }
  }

  @Test func listAfterTheDemoNamesTheDemoPatient() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["demo", "--format", "json"])
      let run = try tool.succeed(["list"])
      #expect(
        run.output == "No entries yet for default. Patients with entries: demo (--patient demo).\n")
      // Scripts still get an empty list.
      #expect(try tool.listJSON().isEmpty)
    }
  }

  @Test func severalPatientsAreListedByName() throws {
    try RecoveryTool.with { tool in
      for name in ["ben", "anna", "carl"] {
        try tool.succeed(["pain", "5", "--on", "2024-11-01", "--patient", name])
      }
      // Only removed entries count as none.
      try tool.succeed(["pain", "5", "--on", "2024-11-01", "--patient", "dora"])
      try tool.succeed(["remove", "4", "--patient", "dora"])
      let run = try tool.succeed(["report", "--patient", "dora"])
      #expect(
        run.output
          == "No entries yet for dora. Patients with entries: anna, ben, carl (--patient NAME).\n")
    }
  }

  @Test func manyPatientsAreCutShort() throws {
    try RecoveryTool.with { tool in
      for number in 1...7 {
        try tool.succeed(["pain", "5", "--on", "2024-11-01", "--patient", "p\(number)"])
      }
      let line = try tool.succeed(["report"]).output
      #expect(line.contains("p1, p2, p3, p4, p5 and 2 more (recovery patients)"), "\(line)")
    }
  }

  @Test func aNameThatNeedsQuotingIsQuotedInTheHint() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-01", "--patient", "Ann O'Neil"])
      let line = try tool.succeed(["report"]).output
      #expect(line.contains("(--patient 'Ann O'\\''Neil')"), "\(line)")
    }
  }

  @Test func withoutOtherPatientsTheMessagesStayAsTheyWere() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-01"])
      try tool.succeed(["remove", "1"])
      #expect(try tool.succeed(["list"]).output == "No entries.\n")
      #expect(try tool.succeed(["report"]).output.hasPrefix("No entries yet for default: log a"))
    }
  }

  @Test func aFilterThatMatchesNothingIsNotAnEmptyDiary() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-01"])
      try tool.succeed(["pain", "5", "--on", "2024-11-01", "--patient", "anna"])
      #expect(try tool.succeed(["list", "--type", "aid"]).output == "No entries.\n")
    }
  }
}
