import Foundation
import RecoveryTestSupport
import Testing

/// `recovery demo` stores the story's questionnaires, milestones and target like any other entry, and
/// its report shows them: the HOOS JR change after the release (early) and the crutch target met on day 14.
struct DemoOutcomeTests {
  @Test func theDemoReportShowsTheHOOSJRChangeAndTheCrutchTargetMet() throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed(["demo", "--format", "json"], database: false)
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
      let scores = try #require(report["scores"] as? [[String: Any]])
      #expect(scores.map { $0["instrument"] as? String } == ["hoos-jr", "ihot-12"])
      let change = try #require((scores.first?["changes"] as? [[String: Any]])?.first)
      #expect((change["surgery"] as? [String: Any])?["kind"] as? String == "psoas-release")
      #expect((change["surgery"] as? [String: Any])?["id"] is Int)
      #expect(change["threshold"] as? Double == 22)
      // Day 28 is before HOOS JR's 270-365-day window: the change is early, not reached.
      #expect(change["thresholdKind"] as? String == "scb")
      #expect(change["early"] as? Bool == true)
      #expect(change["reached"] as? Bool == false)
      let milestones = try #require(report["milestones"] as? [[String: Any]])
      let release = try #require(milestones.last?["milestones"] as? [[String: Any]])
      let crutches = try #require(release.first)
      #expect(crutches["kind"] as? String == "off-crutches")
      #expect(crutches["day"] as? Int == 14)
      #expect(crutches["target"] as? Int == 14)
      #expect(crutches["difference"] as? Int == 0)
      #expect(crutches["overdue"] as? Bool == false)
      let text = try tool.succeed(["demo"], database: false).output
      #expect(text.contains("+26.8"))
      #expect(text.contains("  off crutches      day 14 (2024-11-11)  day 14  on the target day\n"))
    }
  }
}
