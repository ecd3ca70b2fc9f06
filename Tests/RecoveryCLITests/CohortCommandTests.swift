import Foundation
import RecoveryTestSupport
import Testing

/// `recovery cohort` end to end on the hand-made cohort: its output in every format (golden files),
/// what it never prints, and the input it refuses.
struct CohortCommandTests {
  static let asOf = ["--as-of", "2024-12-31"]

  /// The hand-made cohort's database, written once and installed in each test's folder.
  static let snapshot: Data = {
    try! RecoveryTool.snapshot { tool in try CohortStore.write(HandMadeCohort.patients, with: tool) }
  }()

  /// A golden file in `Golden/` beside this file; `RECOVERY_UPDATE_GOLDEN=1` rewrites it.
  static func checkGolden(
    _ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Golden/\(name)")
    if ProcessInfo.processInfo.environment["RECOVERY_UPDATE_GOLDEN"] == "1" {
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try #require(
      FileManager.default.contents(atPath: url.path),
      "No golden file at \(url.path): run with RECOVERY_UPDATE_GOLDEN=1 to create it.")
    #expect(
      String(decoding: expected, as: UTF8.self) == actual,
      "cohort output differs from \(url.path); if intended, rewrite it with RECOVERY_UPDATE_GOLDEN=1 and review the diff.",
      sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    ("text", "cohort.txt"), ("markdown", "cohort.md"), ("html", "cohort.html"), ("json", "cohort.json"),
  ])
  func theHandMadeCohortPrintsItsGoldenFile(format: String, file: String) throws {
    try RecoveryTool.with { tool in
      try tool.install(Self.snapshot)
      let run = try tool.succeed(["cohort", "--format", format] + Self.asOf, environment: ["NO_COLOR": "1"])
      #expect(run.error.isEmpty)
      try Self.checkGolden(file, run.output)
    }
  }

  @Test func theJSONHasTheHandWorkedFigures() throws {
    try RecoveryTool.with { tool in
      try tool.install(Self.snapshot)
      let output = try tool.succeed(["cohort", "--format", "json"] + Self.asOf).output
      let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
      #expect(json["asOf"] as? String == "2024-12-31")
      #expect(json["patients"] as? Int == 6)
      #expect(json["patientsWithoutEntries"] as? Int == 1)
      let treatments = try #require(json["treatments"] as? [[String: Any]])
      let release = try #require(treatments.first { $0["kind"] as? String == "psoas-release" })
      #expect(release["responses"] as? Int == 4)
      let verdicts = try #require(release["verdicts"] as? [String: Int])
      #expect(verdicts["pending"] == 1)
      #expect(verdicts["worse"] == 0)
      let change = try #require(release["change"] as? [String: Double])
      #expect(change == ["median": -3, "q1": -4.5, "q3": -2])
      let prp = try #require(treatments.first { $0["kind"] as? String == "prp" })
      #expect((prp["change"] as? [String: Any])?["median"] is NSNull)
      let crutches = try #require(json["crutchDays"] as? [[String: Any]])
      #expect(crutches.first?["kind"] as? String == "psoas-release")
      // Ann 14, Bob 7, Eve 0; Cat, still on crutches, counted apart.
      #expect(crutches.first?["median"] as? Double == 7)
      #expect(crutches.first?["n"] as? Int == 3)
      #expect(crutches.first?["stillOnCrutches"] as? Int == 1)
      let questionnaires = try #require(json["questionnaires"] as? [[String: Any]])
      #expect(
        questionnaires.compactMap { $0["kind"] as? String } == ["psoas-release", "total-hip-replacement"])
      let instruments = try #require(questionnaires.first?["instruments"] as? [[String: Any]])
      #expect(instruments.compactMap { $0["instrument"] as? String } == ["ihot-12", "oxford"])
      let oxford = instruments[1]
      #expect(oxford["threshold"] as? Double == 8)
      #expect(oxford["n"] as? Int == 3)
      #expect(oxford["patients"] as? Int == 3)
      #expect(oxford["change"] as? [String: Double] == ["median": 9, "q1": 6, "q3": 10.5])
      #expect(oxford["reached"] as? Int == 2)
      #expect(abs((oxford["reachedShare"] as? Double ?? 0) - 2.0 / 3) < 1e-12)
      #expect(instruments[0]["change"] as? [String: Double] == ["median": 15.25, "q1": 12.875, "q3": 17.625])
    }
  }

  @Test(arguments: ["text", "markdown", "html", "json"])
  func anonymizedOutputHasNoNameAndNoFreeText(format: String) throws {
    try RecoveryTool.with { tool in
      try tool.install(Self.snapshot)
      let first = try tool.succeed(["cohort", "--anonymize", "--format", format] + Self.asOf).output
      for secret in HandMadeCohort.patients.map(\.name) + HandMadeCohort.freeText {
        #expect(!first.contains(secret), "\(format) output contains \(secret)")
      }
      // Every figure of the hand-made cohort describes fewer than 5 patients: suppressed.
      #expect(first.contains(format == "json" ? "\"suppressed\" : true" : "fewer than 5"))
      let second = try tool.succeed(["cohort", "--anonymize", "--format", format] + Self.asOf).output
      #expect(first == second)
    }
  }

  @Test(arguments: ["text", "markdown", "html", "json"])
  func withoutAnonymizeOnlyThePatientWithoutEntriesIsNamedAndNoFreeTextIsShown(format: String) throws {
    try RecoveryTool.with { tool in
      try tool.install(Self.snapshot)
      let output = try tool.succeed(["cohort", "--format", format] + Self.asOf).output
      for secret in HandMadeCohort.freeText {
        #expect(!output.contains(secret), "\(format) output contains \(secret)")
      }
      #expect(output.contains("Dan Example"))
      for name in ["Ann Example", "Bob Example", "Cat Example", "Eve Example", "Fay Example"] {
        #expect(!output.contains(name))
      }
    }
  }

  @Test func anUnknownKindIsRefusedWithTheClosestOne() throws {
    try RecoveryTool.with { tool in
      try tool.install(Self.snapshot)
      let run = try tool.run(["cohort", "--kind", "psoas", "--output", "cohort.txt"])
      #expect(run.status == 64)
      #expect(
        run.error
          == "recovery: Unknown treatment kind \"psoas\": did you mean psoas-release? Choose one of hip-resurfacing, "
          + "psoas-release, cortisone, prp, prolotherapy, total-hip-replacement, hip-arthroscopy, revision, "
          + "physiotherapy, self-massage, other.\n")
      #expect(run.output.isEmpty)
      #expect(!FileManager.default.fileExists(atPath: tool.path("cohort.txt")))
    }
  }

  @Test func kindsNarrowTheTreatmentsAndCrutchDays() throws {
    try RecoveryTool.with { tool in
      try tool.install(Self.snapshot)
      let output = try tool.succeed(
        ["cohort", "--format", "json", "--kind", "cortisone", "--kind", "prolotherapy"] + Self.asOf
      ).output
      let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
      let kinds = (json["treatments"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
      #expect(kinds == ["cortisone", "prolotherapy"])
      #expect((json["crutchDays"] as? [Any])?.isEmpty == true)
    }
  }

  @Test func aPatientOptionIsRefused() throws {
    try RecoveryTool.with { tool in
      try tool.install(Self.snapshot)
      let run = try tool.run(["cohort", "--patient", "Ann Example"])
      #expect(run.status == 64)
      #expect(
        run.error == "recovery: The cohort covers every patient in the database: leave out --patient.\n")
    }
  }

  @Test func sinceAfterUntilIsRefused() throws {
    try RecoveryTool.with { tool in
      try tool.install(Self.snapshot)
      let run = try tool.run(["cohort", "--since", "2024-06-02", "--until", "2024-06-01"])
      #expect(run.status == 64)
      #expect(run.output.isEmpty)
    }
  }

  @Test func outputGoesToAnOwnerOnlyFile() throws {
    try RecoveryTool.with { tool in
      try tool.install(Self.snapshot)
      let printed = try tool.succeed(["cohort", "--format", "markdown"] + Self.asOf).output
      let run = try tool.succeed(["cohort", "--format", "markdown", "--output", "cohort.md"] + Self.asOf)
      #expect(run.output == "Wrote the cohort to cohort.md.\n")
      let written = try String(contentsOfFile: tool.path("cohort.md"), encoding: .utf8)
      #expect(written == printed)
      let mode =
        try FileManager.default.attributesOfItem(atPath: tool.path("cohort.md"))[.posixPermissions] as? Int
      #expect(mode == 0o600)
    }
  }

  @Test func noDatabaseIsACohortOfNoPatientsAndCreatesNothing() throws {
    try RecoveryTool.with { tool in
      let output = try tool.succeed(["cohort", "--format", "json"]).output
      let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
      #expect(json["patients"] as? Int == 0)
      #expect(!FileManager.default.fileExists(atPath: tool.database))
      #expect(try tool.succeed(["cohort"]).output.contains("No patients in this database yet."))
    }
  }
}
