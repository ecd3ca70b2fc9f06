import Foundation
import RecoveryTestSupport
import Testing

/// What people type on their first day, and the answers they get.
struct FirstDayMessageTests {
  @Test func exportsSummaryMentionsFHIR() throws {
    try RecoveryTool.with { tool in
      let help = try tool.succeed(["help"], database: false).output
      let line = try #require(help.split(separator: "\n").first { $0.contains("export") })
      #expect(line.contains("FHIR"), "\(line)")
    }
  }

  @Test func anAidWithoutFromStartsToday() throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed(["aid", "cane"])
      let today = try tool.listJSON().first?["from"] as? String
      #expect(today != nil)
      #expect(run.output.contains("from \(today ?? "?"), still in use"), "\(run.summary)")
    }
  }

  @Test(arguments: [
    (["pain", "5", "groin"], "Unexpected argument \"groin\": give it with its option, --location groin."),
    (["pain", "5", "Right"], "Unexpected argument \"Right\": give it with its option, --side right."),
    (
      ["milestone", "off-crutches"],
      "off-crutches is not logged as a milestone: it is the day the crutches period ends"
        + " (recovery aid two-crutches --stop --on DATE); recovery target off-crutches --days N sets a target for it."
    ),
  ])
  func aMisplacedWordIsExplained(arguments: [String], message: String) throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(arguments)
      #expect(run.failedWithOneLine && run.status == 64, "\(run.summary)")
      #expect(run.error == "recovery: \(message)\n")
    }
  }

  @Test(arguments: [
    ("THR", "total-hip-replacement"), ("tha", "total-hip-replacement"), ("steroid", "cortisone"),
    ("injection", "cortisone"),
  ])
  func everydayNamesSuggestTheKind(typed: String, kind: String) throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(["treatment", typed])
      #expect(run.error.contains("did you mean \(kind)?"), "\(run.summary)")
    }
  }

  @Test func anAidEntryTakesAn() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["aid", "cane", "--from", "2024-11-01"])
      let run = try tool.run(["target", "drive", "--days", "10", "--after", "1"])
      #expect(run.error.contains("#1 is an aid entry, not a surgery"), "\(run.summary)")
    }
  }

  @Test func aTimeWithOneDigitForTheHourIsAccepted() throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed(["pain", "5", "--on", "2024-11-20", "--time", "9:30"])
      #expect(run.output == "Logged pain 5/10, 2024-11-20 09:30 (#1).\n")
    }
  }

  @Test func wordsAreReadInAnyCase() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20", "--location", "Groin", "--side", "RIGHT"])
      try tool.succeed(["treatment", "Cortisone", "--on", "2024-11-20", "--side", "Left"])
      try tool.succeed(["edit", "1", "--location", "Front-Thigh"])
      let entries = try tool.listJSON()
      #expect(entries.first?["location"] as? String == "front-thigh")
      #expect(entries.first?["side"] as? String == "right")
      #expect(entries.last?["kind"] as? String == "cortisone")
    }
  }
}
