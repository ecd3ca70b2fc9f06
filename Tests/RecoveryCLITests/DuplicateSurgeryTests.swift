import Foundation
import RecoveryTestSupport
import Testing

/// The same surgery logged twice: refused naming the first, `--again` to log it anyway, and
/// `recovery check` reporting copies already in the database.
struct DuplicateSurgeryTests {
  @Test func theSameSurgeryTwiceIsRefusedNamingTheExistingEntry() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "hip-resurfacing", "--on", "2022-11-14", "--side", "both"])
      let run = try tool.run(["treatment", "hip-resurfacing", "--on", "2022-11-14", "--side", "both"])
      #expect(run.failedWithOneLine, "\(run.summary)")
      #expect(run.status == 64, "\(run.summary)")
      #expect(
        run.error
          == "recovery: The hip-resurfacing (both) on 2022-11-14 is logged already as #1: pass --again to log a second one.\n"
      )
      #expect(try tool.entries().count == 1)
      // Another side, another day or an injection is not the same surgery.
      try tool.succeed(["treatment", "hip-resurfacing", "--on", "2022-11-14", "--side", "left"])
      try tool.succeed(["treatment", "hip-resurfacing", "--on", "2022-11-15", "--side", "both"])
      try tool.succeed(["treatment", "cortisone", "--on", "2023-06-05", "--side", "right"])
      try tool.succeed(["treatment", "cortisone", "--on", "2023-06-05", "--side", "right"])
      let again = try tool.succeed([
        "treatment", "hip-resurfacing", "--on", "2022-11-14", "--side", "both", "--again",
      ])
      #expect(again.output.contains("(#6)"), "\(again.summary)")
    }
  }

  @Test func checkReportsASurgeryLoggedTwice() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "psoas-release", "--on", "2024-10-28", "--side", "right"])
      #expect(try tool.succeed(["check"]).output.hasSuffix("no problems found.\n"))
      try tool.succeed(["treatment", "psoas-release", "--on", "2024-10-28", "--side", "right", "--again"])
      let run = try tool.run(["check"])
      #expect(run.status == 1, "\(run.summary)")
      #expect(
        run.output == "#2: the same surgery as #1 (psoas-release, same side, 2024-10-28): logged twice?\n",
        "\(run.summary)")
      try tool.succeed(["remove", "2"])
      #expect(try tool.succeed(["check"]).succeeded)
    }
  }

  @Test func theReportCountsASurgeryLoggedTwiceOnce() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "psoas-release", "--on", "2024-10-28", "--side", "right"])
      try tool.succeed(["treatment", "psoas-release", "--on", "2024-10-28", "--side", "right", "--again"])
      try tool.succeed(["aid", "two-crutches", "--from", "2024-10-28", "--to", "2024-11-11"])
      try tool.succeed(["milestone", "walk-without-aid", "--on", "2024-11-15"])
      let json = try tool.succeed(["report", "--format", "json", "--as-of", "2024-11-25"]).output
      let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      #expect((report["crutchDays"] as? [Any])?.count == 1, "\(report["crutchDays"] ?? "")")
      #expect((report["milestones"] as? [Any])?.count == 1, "\(report["milestones"] ?? "")")
    }
  }
}
