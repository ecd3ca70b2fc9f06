import Foundation
import RecoveryModel
import RecoveryTestSupport
import Testing

/// What help, listings and checks say: `edit`'s help for the options whose default differs from the
/// logging commands', aid periods worded as the logging line words them, entry ids as `#N`.
struct CommandWordingTests {
  /// Help with its line breaks and indentation folded into single spaces.
  static func help(_ command: [String], tool: RecoveryTool) throws -> String {
    let run = try tool.run(command + ["--help"], database: false)
    #expect(run.status == 0, "\(run.summary)")
    return run.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test func editHelpSaysTheEntrysDayStaysAndListsEveryKind() throws {
    try RecoveryTool.with { tool in
      let edit = try Self.help(["edit"], tool: tool)
      #expect(!edit.contains("(default: today)"), "\(edit)")
      #expect(
        edit.contains(
          "--on <date> A new day: YYYY-MM-DD, today or yesterday (default: the entry's day stays)."))
      for kind in TreatmentKind.allCases.map(\.rawValue) + SymptomKind.allCases.map(\.rawValue)
        + WalkingAid.allCases.map(\.rawValue)
      {
        #expect(edit.contains(kind), "edit --help should list \(kind)")
      }
      // The logging commands keep their own default.
      let pain = try Self.help(["pain"], tool: tool)
      #expect(pain.contains("(default: today)"), "\(pain)")
    }
  }

  @Test func demoAbstractSpeaksToTheUser() throws {
    try RecoveryTool.with { tool in
      let demo = try Self.help(["demo"], tool: tool)
      #expect(demo.contains("Build a sample patient's two-year diary"), "\(demo)")
      #expect(!demo.contains("seed story"), "\(demo)")
    }
  }

  @Test func listWordsAidPeriodsAsTheLoggingLineDoes() throws {
    try RecoveryTool.with { tool in
      let logged = try tool.succeed(["aid", "cane", "--from", "2024-11-01", "--to", "2024-11-02"]).output
      #expect(logged == "Logged cane, from 2024-11-01 to 2024-11-02 (1 day) (#1).\n")
      try tool.succeed(["aid", "walker", "--from", "2024-11-05", "--to", "2024-11-09"])
      try tool.succeed(["aid", "two-crutches", "--from", "2024-11-10"])
      let listed = try tool.succeed(["list"]).output
      #expect(listed.contains("cane, from 2024-11-01 to 2024-11-02 (1 day)"), "\(listed)")
      #expect(listed.contains("walker, from 2024-11-05 to 2024-11-09 (4 days)"), "\(listed)")
      #expect(listed.contains("two crutches, from 2024-11-10, still in use"), "\(listed)")
      #expect(!listed.contains("until"), "\(listed)")
      #expect(!listed.contains("1 days"), "\(listed)")
    }
  }

  @Test func checkNamesADuplicatedEntryIdAsAnEntryId() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-20"])
      try SQLiteShell.output(
        tool.database,
        """
        INSERT INTO symptom (id, uid, patient_id, day, kind, recorded_at)
        VALUES (1, '00000000-0000-4000-8000-000000000001', 1, '2024-11-20', 'catching', '2024-11-20T08:00:00+0000')
        """)
      let run = try tool.run(["check"])
      #expect(run.status == 1, "\(run.summary)")
      #expect(run.output.contains("#1: this entry id is used by more than one entry"), "\(run.output)")
      #expect(!run.output.contains("record"), "\(run.output)")
    }
  }
}
