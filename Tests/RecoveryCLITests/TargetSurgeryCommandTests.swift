import Foundation
import RecoveryTestSupport
import Testing

/// A target counts from the surgery it was most plausibly set for; `check` flags one whose surgery
/// was removed or which a surgery on the other side soon followed, and the report names the first.
struct TargetSurgeryCommandTests {
  /// A target written down at the pre-operative visit and logged after the surgery counts from that
  /// surgery, not from an earlier one on the other hip.
  @Test func aTargetSetBeforeItsSurgeryCountsFromIt() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "total-hip-replacement", "--on", "2024-01-10", "--side", "left"])
      try tool.succeed(["treatment", "total-hip-replacement", "--on", "2024-06-10", "--side", "right"])
      #expect(
        try tool.succeed(["target", "off-crutches", "--days", "14", "--on", "2024-06-01"]).output
          == "Logged target off crutches by day 14 after surgery #2 (total hip replacement, right,"
          + " 2024-06-10), 2024-06-01 (#3).\n")
      // Set after the right replacement, it counts from it too.
      #expect(
        try tool.succeed(["target", "drive", "--days", "42", "--on", "2024-06-20"]).output.contains(
          "after surgery #2 (total hip replacement, right, 2024-06-10)"))
      #expect(try tool.succeed(["check"]).output.hasSuffix("no problems found.\n"))
    }
  }

  /// Logged before its surgery was, a target counts from the earlier surgery on the other hip: check
  /// says so once the surgery it was meant for is logged.
  @Test func checkFlagsATargetWhoseSurgeryIsOnTheOtherSide() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "total-hip-replacement", "--on", "2024-01-10", "--side", "left"])
      #expect(
        try tool.succeed(["target", "off-crutches", "--days", "14", "--on", "2024-06-01"]).output.contains(
          "after surgery #1 (total hip replacement, left, 2024-01-10)"))
      try tool.succeed(["treatment", "total-hip-replacement", "--on", "2024-06-10", "--side", "right"])
      let check = try tool.run(["check"])
      #expect(!check.succeeded)
      #expect(
        check.output.contains(
          "#2: this target counts from surgery #1 (total hip replacement, left, 2024-01-10), but surgery #3"
            + " (total hip replacement, right, 2024-06-10) on the other side followed it"))
      #expect(check.errorIsOneLine)
      // Moved to the right surgery, the target is fine.
      try tool.succeed(["edit", "2", "--after", "3"])
      #expect(try tool.succeed(["check"]).output.hasSuffix("no problems found.\n"))
    }
  }

  @Test func removingASurgeryOrphansItsTargetAndCheckAndTheReportSaySo() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "psoas-release", "--on", "2024-10-28", "--side", "right"])
      try tool.succeed(["target", "off-crutches", "--days", "14", "--on", "2024-10-28"])
      try tool.succeed(["pain", "4", "--on", "2024-11-01", "--location", "groin", "--side", "right"])
      try tool.succeed(["remove", "1", "--reason", "wrong patient"])
      let check = try tool.run(["check"])
      #expect(!check.succeeded)
      #expect(
        check.output.contains(
          "#2: this target counts from surgery #1 (psoas release, right, 2024-10-28), which was removed"))
      for format in ["text", "markdown", "html"] {
        let report = try tool.succeed(["report", "--as-of", "2024-11-25", "--format", format]).output
        #expect(
          report.contains("A target whose surgery was removed, counted from no surgery: off crutches by day"),
          "\(format)")
      }
      let json = try tool.succeed(["report", "--as-of", "2024-11-25", "--format", "json"]).output
      let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      #expect((report["orphanedTargets"] as? [[String: Any]])?.first?["id"] as? Int == 2)
      // Removing the target as well leaves nothing to report.
      try tool.succeed(["remove", "2"])
      #expect(try tool.succeed(["check"]).output.hasSuffix("no problems found.\n"))
    }
  }
}
