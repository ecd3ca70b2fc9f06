import Foundation
import RecoveryTestSupport
import Testing

/// `score`, `milestone` and `target` end to end through the built tool: logging, listing, correcting,
/// and refusals that write nothing.
struct ScoreCommandTests {
  /// A diary with a hip resurfacing (#1, 2022-11-14) and a psoas release (#2, 2024-10-28).
  static let surgeries = try? RecoveryTool.snapshot { tool in
    try tool.succeed(["treatment", "hip-resurfacing", "--on", "2022-11-14", "--side", "both"])
    try tool.succeed(["treatment", "psoas-release", "--on", "2024-10-28", "--side", "right"])
  }

  @Test func scoresConfirmInOneLineAndListTheirFields() throws {
    try RecoveryTool.with { tool in
      #expect(
        try tool.succeed([
          "score", "hoos-jr", "2", "1", "1", "1", "1", "1", "--on", "2024-11-01", "--side", "right",
        ])
        .output == "Logged HOOS JR score 67.516 (raw 7), right side, 2024-11-01 (#1).\n")
      let ihot =
        ["score", "ihot-12"] + [
          "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "0", "0",
        ]
      #expect(
        try tool.succeed(ihot + ["--on", "2024-11-01", "--time", "09:30"]).output
          == "Logged iHOT-12 score 83.333, 2024-11-01 09:30 (#2).\n")
      #expect(
        try tool.succeed([
          "score", "oxford", "4", "4", "3", "3", "2", "4", "4", "1", "0", "4", "3", "4", "--on", "2024-11-02",
        ])
        .output == "Logged Oxford Hip Score 36/48, 2024-11-02 (#3).\n")
      #expect(
        try tool.succeed(["score", "oxford", "--total", "40", "--on", "2024-11-03", "--note", "clinic form"])
          .output
          == "Logged Oxford Hip Score 40/48, 2024-11-03 (#4).\n")

      let objects = try tool.listJSON(["--type", "score"])
      #expect(objects.count == 4)
      #expect(objects.map { $0["type"] as? String } == Array(repeating: "score", count: 4))
      #expect(objects.map { $0["instrument"] as? String } == ["hoos-jr", "ihot-12", "oxford", "oxford"])
      #expect(objects[0]["answers"] as? [Int] == [2, 1, 1, 1, 1, 1])
      #expect(objects[0]["raw"] as? Int == 7)
      #expect(objects[0]["score"] as? Double == 67.516)
      #expect(objects[0]["side"] as? String == "right")
      #expect(objects[1]["raw"] as? Int == 1000)
      #expect(objects[1]["score"] as? Double == 1000.0 / 12.0)
      #expect(objects[2]["score"] as? Double == 36)
      #expect(objects[3]["answers"] is NSNull)
      #expect(objects[3]["raw"] as? Int == 40)

      let entries = try tool.entries()
      #expect(entries.map(\.score) == [67.516, 1000.0 / 12.0, 36, 40])
      #expect(entries.first?.answers == [2, 1, 1, 1, 1, 1])

      let rows = CSV.parse(try tool.succeed(["list", "--format", "csv"]).output)
      let header = try #require(rows.first)
      let answers = try #require(header.firstIndex(of: "answers"))
      let score = try #require(header.firstIndex(of: "score"))
      #expect(rows[1][answers] == "2 1 1 1 1 1")
      #expect(rows[1][score] == "67.516")
      #expect(rows[2][answers] == "100 100 100 100 100 100 100 100 100 100 0 0")
      #expect(Double(rows[2][score]) == 1000.0 / 12.0)
      #expect(rows[4][answers] == "")

      let table = try tool.succeed(["list"]).output
      #expect(table.contains("HOOS JR score 67.516 (raw 7), right side"))
      #expect(table.contains("Oxford Hip Score 40/48"))
      #expect(table.contains("clinic form"))
    }
  }

  @Test func milestonesAndTargetsConfirmAndList() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.surgeries))
      #expect(
        try tool.succeed(["milestone", "walk-without-aid", "--on", "2024-11-15", "--side", "right"]).output
          == "Logged milestone walk without aid, right side, 2024-11-15 (#3).\n")
      #expect(
        try tool.succeed(["target", "off-crutches", "--days", "14", "--on", "2024-10-28"]).output
          == "Logged target off crutches by day 14 after surgery #2 (psoas release, right, 2024-10-28), 2024-10-28"
          + " (#4).\n"
      )
      // Before the release, the most recent surgery is the resurfacing.
      #expect(
        try tool.succeed(["target", "drive", "--days", "42", "--on", "2023-01-01"]).output
          == "Logged target drive by day 42 after surgery #1 (hip resurfacing, both sides, 2022-11-14), 2023-01-01"
          + " (#5).\n"
      )
      #expect(
        try tool.succeed(["target", "return-to-work", "--days", "90", "--after", "#1", "--on", "2024-11-01"])
          .output.contains("after surgery #1 (hip resurfacing"))

      let surgeries = try tool.listJSON(["--type", "treatment"])
      let resurfacing = try #require(surgeries.first?["uid"] as? String)
      let release = try #require(surgeries.last?["uid"] as? String)
      let targets = try tool.listJSON(["--type", "target"])
      #expect(targets.map { $0["kind"] as? String } == ["drive", "off-crutches", "return-to-work"])
      #expect(targets.map { $0["days"] as? Int } == [42, 14, 90])
      #expect(targets.map { $0["surgery"] as? String } == [resurfacing, release, resurfacing])
      #expect(targets.allSatisfy { $0["time"] == nil })
      let milestones = try tool.listJSON(["--type", "milestone"])
      #expect(milestones.first?["kind"] as? String == "walk-without-aid")
      #expect(milestones.first?["side"] as? String == "right")
    }
  }

  @Test func editRescoresAndRemoveUndoAndHistoryWork() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.surgeries))
      try tool.succeed(["score", "hoos-jr", "2", "1", "1", "1", "1", "1", "--on", "2024-11-01"])
      #expect(
        try tool.succeed(["edit", "3", "--answers", "0 0 0 0 0 1"]).output
          == "Edited #3: answers \"2 1 1 1 1 1\" -> \"0 0 0 0 0 1\"; raw 7 -> 1; score 67.516 -> 92.34.\n")
      #expect(try tool.entries().last?.score == 92.340)
      #expect(
        try tool.succeed(["edit", "3", "--side", "left"]).output == "Edited #3: side (none) -> left.\n")
      let refusedTotal = try tool.run(["edit", "3", "--total", "40"])
      #expect(refusedTotal.errorIsOneLine)
      #expect(refusedTotal.error.contains("--total applies only to oxford"))
      let refusedDays = try tool.run(["edit", "3", "--days", "4"])
      #expect(
        refusedDays.error.contains("--days does not apply to #3, a score entry: use --on, --time, --side,"))

      let history = try tool.succeed(["history", "3"]).output.split(separator: "\n").map(String.init)
      #expect(history.count == 5, "\(history)")
      #expect(history[2].hasSuffix("added: HOOS JR score 67.516 (raw 7), 2024-11-01"))
      #expect(
        history[3].hasSuffix(
          "edited: answers \"2 1 1 1 1 1\" -> \"0 0 0 0 0 1\"; raw 7 -> 1; score 67.516 -> 92.34"))
      try tool.succeed(["undo"])
      try tool.succeed(["undo"])
      #expect(try tool.entries().last?.score == 67.516)
      #expect(
        try tool.succeed(["remove", "3"]).output == "Removed #3: HOOS JR score 67.516 (raw 7), 2024-11-01.\n")
      #expect(try tool.listJSON(["--type", "score"]).isEmpty)
      try tool.succeed(["undo"])
      #expect(try tool.listJSON(["--type", "score"]).count == 1)

      try tool.succeed(["score", "oxford", "--total", "30", "--on", "2024-11-02"])
      #expect(
        try tool.succeed(["edit", "4", "--answers", "4 4 4 4 4 4 4 4 4 4 4 0"]).output
          == "Edited #4: answers (none) -> \"4 4 4 4 4 4 4 4 4 4 4 0\"; raw 30 -> 44; score 30 -> 44.\n")
      #expect(try tool.succeed(["edit", "4", "--total", "12"]).output.contains("score 44 -> 12"))

      try tool.succeed(["target", "off-crutches", "--days", "14", "--on", "2024-11-01"])
      #expect(
        try tool.succeed(["edit", "5", "--days", "21", "--kind", "walk-without-aid"]).output
          == "Edited #5: kind off-crutches -> walk-without-aid; days 14 -> 21.\n")
      let surgeries = try tool.listJSON(["--type", "treatment"])
      #expect(try tool.succeed(["edit", "5", "--after", "1"]).output.hasPrefix("Edited #5: surgery "))
      #expect(
        try tool.listJSON(["--type", "target"]).first?["surgery"] as? String == surgeries.first?["uid"]
          as? String)
      let notASurgery = try tool.run(["edit", "5", "--after", "4"])
      #expect(notASurgery.errorIsOneLine)
      #expect(notASurgery.error.contains("#4 is a score entry, not a surgery"))
      let noSide = try tool.run(["edit", "5", "--side", "left"])
      #expect(noSide.error.contains("--side does not apply to #5, a target entry"))

      try tool.succeed(["milestone", "drive", "--on", "2024-11-10"])
      #expect(
        try tool.succeed(["edit", "6", "--kind", "return-to-work"]).output
          == "Edited #6: kind drive -> return-to-work.\n")
      let badKind = try tool.run(["edit", "6", "--kind", "off-crutches"])
      #expect(badKind.error.contains("Unknown milestone \"off-crutches\""))
    }
  }

  /// A refused command and words its one error line must contain.
  static let refusals: [(String, [String], [String])] = [
    (
      "five HOOS JR answers", ["score", "hoos-jr", "2", "1", "1", "1", "1"],
      [
        "HOOS JR takes 6 answers, each 0-4 (0 none ... 4 extreme) in this order: stairs, walking on an uneven"
          + " surface, rising from sitting, bending to the floor, lying in bed, sitting; got 5."
      ]
    ),
    ("no answers", ["score", "ihot-12"], ["iHOT-12 takes 12 answers, each 0-100", "got 0."]),
    (
      "a HOOS JR answer of 5", ["score", "hoos-jr", "2", "1", "5", "1", "1", "1"],
      ["answer 3 (rising from sitting) is 5"]
    ),
    (
      "a negative answer", ["score", "hoos-jr", "2", "1", "1", "-1", "1", "1"],
      ["answer 4 (bending to the floor) is -1"]
    ),
    (
      "a missing answer", ["score", "hoos-jr", "2", "1", "-", "1", "1", "1"],
      ["answer 3 (rising from sitting) is missing"]
    ),
    (
      "a word for an answer", ["score", "hoos-jr", "2", "x", "1", "1", "1", "1"],
      ["answer 2 (walking on an uneven surface) \"x\""]
    ),
    (
      "an iHOT-12 answer of 101", ["score", "ihot-12", "101"] + Array(repeating: "50", count: 11),
      ["iHOT-12 answer 1 is 101", "each 0-100"]
    ),
    (
      "thirteen Oxford answers", ["score", "oxford"] + Array(repeating: "4", count: 13),
      ["Oxford Hip Score takes 12 answers", "--total", "got 13."]
    ),
    (
      "an Oxford total of 49", ["score", "oxford", "--total", "49"],
      ["Oxford Hip Score total 49 is out of range", "0 to 48"]
    ),
    ("a total for HOOS JR", ["score", "hoos-jr", "--total", "10"], ["--total applies only to oxford"]),
    ("answers and a total", ["score", "oxford", "4", "--total", "10"], ["not both"]),
    (
      "an unknown questionnaire", ["score", "hoos", "1"],
      ["Unknown questionnaire \"hoos\": did you mean hoos-jr?"]
    ),
    ("an unknown milestone", ["milestone", "drvie"], ["Unknown milestone \"drvie\": did you mean drive?"]),
    (
      "an unknown target", ["target", "off-crutch", "--days", "14"],
      ["Unknown target \"off-crutch\": did you mean off-crutches?"]
    ),
    ("a target without days", ["target", "drive"], ["Missing --days N"]),
    (
      "a target of 0 days", ["target", "drive", "--days", "0"],
      ["Number of days 0 is out of range", "1 to 3650"]
    ),
    (
      "a target after a pain entry", ["target", "drive", "--days", "9", "--after", "3"],
      ["#3 is a pain entry, not a surgery"]
    ),
    (
      "a target after a cortisone injection", ["target", "drive", "--days", "9", "--after", "4"],
      ["#4 is a cortisone injection, not a surgery", "psoas-release"]
    ),
    ("a target after no entry", ["target", "drive", "--days", "9", "--after", "99"], ["#99"]),
    (
      "a target before any surgery", ["target", "drive", "--days", "9", "--on", "2020-01-01"],
      ["no surgery on or before 2020-01-01"]
    ),
  ]

  /// The surgeries, a pain entry (#3) and a cortisone injection (#4).
  static let diary = try? RecoveryTool.snapshot { tool in
    try tool.install(try #require(surgeries))
    try tool.succeed(["pain", "5", "--on", "2024-11-01"])
    try tool.succeed(["treatment", "cortisone", "--on", "2024-11-02"])
  }

  @Test(arguments: refusals.map(\.0))
  func refusedInputWritesNothing(name: String) throws {
    let (_, arguments, words) = try #require(Self.refusals.first { $0.0 == name })
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.diary))
      let tables = ["treatment", "pain", "score", "milestone", "target", "change"]
      let before = try tables.map { try tool.rowCount($0) }
      let run = try tool.run(arguments)
      // A missing entry is an input error, as for `edit` and `remove`.
      #expect(run.status == 64, "\(run.error)")
      #expect(run.errorIsOneLine, "\(run.error)")
      for word in words {
        #expect(run.error.contains(word), "\(run.error) should contain \(word)")
      }
      #expect(try tables.map { try tool.rowCount($0) } == before)
    }
  }

  @Test func aTargetWithoutADiaryCreatesNoDatabase() throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(["target", "off-crutches", "--days", "14"])
      #expect(run.errorIsOneLine)
      #expect(run.error.contains("no surgery on or before"))
      let score = try tool.run(["score", "hoos-jr", "1"])
      #expect(score.errorIsOneLine)
      #expect(!FileManager.default.fileExists(atPath: tool.database))
    }
  }
}
