import Foundation
import RecoveryTestSupport
import Testing

/// `recovery import` of questionnaire scores, milestones and targets: rows without uids, and targets
/// whose surgery must be in the file or the database.
struct ImportOutcomeTests {
  /// Writes `text` to `name` in the tool's folder and returns its path.
  func write(_ text: String, to name: String, in tool: RecoveryTool) throws -> String {
    let path = tool.path(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func scoresAndMilestonesWithoutUidsImportOnceWithTheirScores() throws {
    try RecoveryTool.with { tool in
      let file = try write(
        """
        type,date,instrument,answers,raw,score,kind
        score,2024-11-01,hoos-jr,2 1 1 1 1 1,,,
        score,2024-11-01,ihot-12,80 75 90 60 85 70 95 80 65 90 70 85,,,
        score,2024-11-02,oxford,,40,40,
        milestone,2024-11-03,,,,,drive

        """, to: "outcomes.csv", in: tool)
      let run = try tool.succeed(["import", file])
      #expect(run.output.contains("4 added"), "\(run.summary)")
      let scores = try tool.listJSON(["--type", "score"])
      #expect(scores.map { $0["score"] as? Double } == [67.516, 78.75, 40])
      #expect(scores.first?["raw"] as? Int == 7)
      let again = try tool.succeed(["import", file])
      #expect(again.output.contains("0 added, 4 skipped"), "\(again.summary)")
    }
  }

  @Test func aTargetImportsWhenItsSurgeryComesLaterInTheFile() throws {
    try RecoveryTool.with { tool in
      let surgery = "11111111-2222-4333-8444-555555555555"
      let file = try write(
        """
        type,uid,date,kind,days,surgery,side
        target,aaaaaaaa-2222-4333-8444-555555555555,2024-10-29,off-crutches,14,\(surgery),
        treatment,\(surgery),2024-10-28,psoas-release,,,right

        """, to: "target.csv", in: tool)
      try tool.succeed(["import", file])
      #expect(try tool.recovery("check", database: tool.database).succeeded)
      #expect(try tool.listJSON(["--type", "target"]).first?["surgery"] as? String == surgery)
    }
  }

  @Test func aTargetWhoseSurgeryIsNowhereIsRefusedByLineAndNothingIsWritten() throws {
    try RecoveryTool.with { tool in
      let missing = "99999999-2222-4333-8444-555555555555"
      let file = try write(
        """
        type,date,score,kind,days,surgery
        pain,2024-11-01,5,,,
        target,2024-10-29,,off-crutches,14,\(missing)

        """, to: "target.csv", in: tool)
      let run = try tool.recovery(arguments: ["import", file, "--db", tool.database])
      #expect(run.status == 64)
      #expect(run.error.contains("\(file):3: the target counts from surgery \(missing)"), "\(run.summary)")
      #expect(try tool.listJSON().isEmpty)
    }
  }
}
