import Foundation
import RecoveryModel
import RecoveryTestSupport
import Testing

/// Each logging command stores its entry and confirms it in one line with its number.
struct LoggingCommandTests {
  /// A command, and words its confirmation must contain besides "Logged", the date and the number.
  static let commands: [([String], String, [String])] = [
    (["pain", "6", "--location", "groin", "--side", "right"], "pain", ["pain 6/10", "right groin"]),
    (["pain", "0"], "pain", ["pain 0/10"]),
    (
      ["pain", "10", "--activity", "stairs", "--time", "21:30"], "pain", ["pain 10/10", "on stairs", "21:30"]
    ),
    (
      [
        "treatment", "cortisone", "--side", "right", "--target", "iliopsoas-bursa", "--guidance",
        "ultrasound",
      ],
      "treatment", ["cortisone", "iliopsoas bursa", "ultrasound"]
    ),
    (
      [
        "treatment", "psoas-release", "--side", "right", "--level", "central-compartment", "--approach",
        "arthroscopic",
      ],
      "treatment", ["psoas release", "central compartment", "arthroscopic"]
    ),
    (["treatment", "other", "--name", "acupuncture"], "treatment", ["acupuncture"]),
    (
      ["treatment", "prolotherapy", "--round", "2", "--agent", "dextrose 15%"], "treatment",
      ["prolotherapy", "2", "dextrose 15%"]
    ),
    (["treatment", "physiotherapy"], "treatment", ["physiotherapy"]),
    (
      ["symptom", "catching", "--count", "4", "--location", "groin", "--side", "right"], "symptom",
      ["catching", "4", "groin"]
    ),
    (
      ["symptom", "trigger-point", "--point", "lower-psoas", "--severity", "6"], "symptom",
      ["trigger point", "lower psoas", "6/10"]
    ),
    (["symptom", "giving-way", "--count", "0"], "symptom", ["giving way"]),
  ]

  @Test(arguments: commands)
  func loggingCommandConfirmsInOneLineAndStores(arguments: [String], type: String, words: [String]) throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed(arguments + ["--on", "2024-11-20"])
      #expect(run.error.isEmpty)
      #expect(run.outputLines.count == 1)
      let line = try #require(run.outputLines.first)
      #expect(line.hasPrefix("Logged "))
      #expect(line.contains("2024-11-20"))
      #expect(line.hasSuffix(" (#1)."))
      for word in words {
        #expect(line.contains(word), "\(line) should contain \(word)")
      }
      let entries = try tool.listJSON()
      #expect(entries.count == 1)
      #expect(entries.first?["type"] as? String == type)
      #expect(entries.first?["id"] as? Int == 1)
      #expect(entries.first?["date"] as? String == "2024-11-20")
    }
  }

  @Test func painConfirmationNamesScoreSideLocationDayAndId() throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed([
        "pain", "6", "--on", "2024-11-20", "--location", "groin", "--side", "right",
      ])
      #expect(run.output == "Logged pain 6/10, right groin, 2024-11-20 (#1).\n")
      #expect(run.error.isEmpty)
    }
  }

  @Test func numbersIncreaseAcrossCommands() throws {
    try RecoveryTool.with { tool in
      let lines = try [
        ["pain", "5", "--on", "2024-11-01"],
        ["treatment", "physiotherapy", "--on", "2024-11-02"],
        ["symptom", "clicking", "--on", "2024-11-03"],
        ["aid", "cane", "--from", "2024-11-04"],
        ["pain", "4", "--on", "2024-11-05"],
      ].map { try tool.succeed($0).output }
      for (index, line) in lines.enumerated() {
        #expect(line.hasSuffix(" (#\(index + 1)).\n"), "\(line)")
      }
      #expect(try tool.listJSON().compactMap { $0["id"] as? Int } == [1, 2, 3, 4, 5])
    }
  }

  @Test func aidPeriodStartsOpenAndStopEndsIt() throws {
    try RecoveryTool.with { tool in
      let start = try tool.succeed(["aid", "two-crutches", "--from", "2024-10-28", "--weight-bearing", "pwb"])
      #expect(start.outputLines.count == 1)
      #expect(start.output.hasPrefix("Logged two crutches"))
      #expect(start.output.hasSuffix(" (#1).\n"))
      #expect(start.output.contains("2024-10-28"))
      let open = try #require(try tool.listJSON().first)
      #expect(open["from"] as? String == "2024-10-28")
      #expect(open["to"] is NSNull)
      #expect(open["weightBearing"] as? String == "pwb")

      let stop = try tool.succeed(["aid", "two-crutches", "--stop", "--on", "2024-11-11"])
      #expect(stop.error.isEmpty)
      #expect(stop.outputLines.count == 1)
      #expect(stop.output.contains("2024-11-11"))
      #expect(stop.output.hasSuffix(" (#1).\n"))
      let stopped = try tool.listJSON()
      #expect(stopped.count == 1)
      #expect(stopped.first?["to"] as? String == "2024-11-11")
      #expect(stopped.first?["id"] as? Int == 1)
    }
  }

  @Test func aidPeriodWithBothEnds() throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed([
        "aid", "cane", "--from", "2024-11-11", "--to", "2024-11-20", "--side", "left",
      ])
      #expect(run.outputLines.count == 1)
      #expect(run.output.hasPrefix("Logged cane"))
      #expect(run.output.contains("2024-11-11"))
      #expect(run.output.contains("2024-11-20"))
      let period = try #require(try tool.listJSON().first)
      #expect(period["aid"] as? String == "cane")
      #expect(period["from"] as? String == "2024-11-11")
      #expect(period["to"] as? String == "2024-11-20")
      #expect(period["side"] as? String == "left")
    }
  }

  @Test func todayAndYesterdayAreResolvedInLocalTime() throws {
    try RecoveryTool.with { tool in
      let before = TestCalendar.clockToday()
      try tool.succeed(["pain", "3", "--on", "today"])
      try tool.succeed(["pain", "4", "--on", "yesterday"])
      try tool.succeed(["pain", "5"])
      let after = TestCalendar.clockToday()
      let days = try tool.listJSON().map { entry -> (Int, CalendarDay?) in
        (entry["score"] as? Int ?? -1, (entry["date"] as? String).flatMap(CalendarDay.init))
      }
      let byScore = Dictionary(days, uniquingKeysWith: { first, _ in first })
      for score in [3, 5] {
        let day = try #require(byScore[score] ?? nil)
        #expect(day >= before && day <= after)
      }
      let yesterday = try #require(byScore[4] ?? nil)
      #expect(yesterday >= before.adding(days: -1) && yesterday <= after.adding(days: -1))
    }
  }

  @Test func listTableShowsEveryEntry() throws {
    try RecoveryTool.with { tool in
      #expect(try tool.succeed(["list"]).output == "No entries.\n")
      try tool.succeed(["pain", "6", "--on", "2024-11-20", "--location", "groin", "--note", "after stairs"])
      try tool.succeed(["treatment", "cortisone", "--on", "2024-11-01"])
      let lines = try tool.succeed(["list"]).outputLines
      #expect(lines.count == 3)
      let header = try #require(lines.first)
      for column in ["#", "DATE", "TYPE"] {
        #expect(header.contains(column))
      }
      #expect(lines[1].hasPrefix("#2 "))
      #expect(lines[1].contains("2024-11-01"))
      #expect(lines[1].contains("treatment"))
      #expect(lines[2].hasPrefix("#1 "))
      #expect(lines[2].contains("pain 6/10"))
      #expect(lines[2].contains("after stairs"))
      // Aligned: every date starts under the DATE heading.
      func column(of text: String, in line: String) -> Int? {
        line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
      }
      let dateColumn = try #require(column(of: "DATE", in: header))
      #expect(column(of: "2024-11-01", in: lines[1]) == dateColumn)
      #expect(column(of: "2024-11-20", in: lines[2]) == dateColumn)
    }
  }

  @Test func patientsListsThePatients() throws {
    try RecoveryTool.with { tool in
      let empty = try tool.succeed(["patients"])
      #expect(empty.status == 0)
      #expect(!empty.outputLines.contains("default"))
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      try tool.succeed(["pain", "5", "--on", "2024-11-20", "--patient", "anna"])
      #expect(try tool.succeed(["patients"]).outputLines == ["anna", "default"])
    }
  }
}
