import Foundation
import RecoveryTestSupport
import Testing

/// Scores, milestones and targets logged with the tool reach its report: the change against the
/// threshold, and a target overdue after a surgery with no milestone of its kind yet.
struct OutcomeReportCommandTests {
  @Test func loggedScoresMilestonesAndTargetsAreReported() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "psoas-release", "--on", "2024-10-28", "--side", "right"])
      try tool.succeed(["score", "hoos-jr", "3", "2", "3", "2", "2", "2", "--on", "2024-10-21"])
      try tool.succeed(["score", "hoos-jr", "1", "1", "1", "1", "0", "1", "--on", "2024-11-18"])
      try tool.succeed(["target", "return-to-work", "--days", "21", "--on", "2024-10-28"])
      try tool.succeed(["milestone", "drive", "--on", "2024-11-15", "--side", "right"])
      let run = try tool.succeed(["report", "--as-of", "2024-11-25", "--format", "json"])
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
      let hoos = try #require((report["scores"] as? [[String: Any]])?.first)
      #expect((hoos["scores"] as? [Any])?.count == 2)
      let change = try #require((hoos["changes"] as? [[String: Any]])?.first)
      #expect((change["baseline"] as? [String: Any])?["value"] as? Double == 46.652)
      #expect((change["latest"] as? [String: Any])?["value"] as? Double == 73.472)
      // Day 28 is before HOOS JR's 270-365-day window: early, not reached.
      #expect(change["early"] as? Bool == true)
      #expect(change["reached"] as? Bool == false)
      let surgery = try #require((report["milestones"] as? [[String: Any]])?.first)
      let items = try #require(surgery["milestones"] as? [[String: Any]])
      #expect(items.map { $0["kind"] as? String } == ["drive", "return-to-work"])
      #expect(items[0]["day"] as? Int == 18)
      #expect(items[1]["day"] is NSNull)
      #expect(items[1]["target"] as? Int == 21)
      #expect(items[1]["overdue"] as? Bool == true)

      let text = try tool.succeed(["report", "--as-of", "2024-11-25"]).output
      #expect(text.contains("\nQUESTIONNAIRES\n"))
      #expect(text.contains("  return to work  day 28 so far        day 21  overdue by 7 days\n"))
      #expect(text.contains("+26.8"))
    }
  }
}
