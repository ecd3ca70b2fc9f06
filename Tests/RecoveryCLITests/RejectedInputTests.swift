import Foundation
import RecoveryTestSupport
import Testing

/// Every class of bad input: one line on standard error, a non-zero exit, and nothing
/// written.
struct RejectedInputTests {
  /// A command that must be refused, and words its error line must contain.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    let mentions: [String]

    init(_ name: String, _ arguments: [String], _ mentions: [String]) {
      self.name = name
      self.arguments = arguments
      self.mentions = mentions
    }

    var testDescription: String { name }
  }

  /// Refused whatever the database holds.
  static let cases: [Case] = [
    Case("future date", ["pain", "5", "--on", "2999-01-01"], ["2999-01-01", "future"]),
    Case(
      "future treatment date", ["treatment", "cortisone", "--on", "2999-12-31"], ["2999-12-31", "future"]),
    Case("future aid start", ["aid", "cane", "--from", "2999-01-01"], ["2999-01-01", "future"]),
    Case(
      "future aid end", ["aid", "walker", "--from", "2024-01-01", "--to", "2999-01-01"],
      ["2999-01-01", "future"]),
    Case("impossible date", ["pain", "5", "--on", "2023-02-30"], ["2023-02-30", "YYYY-MM-DD"]),
    Case("day-first date", ["pain", "5", "--on", "20-11-2024"], ["20-11-2024", "YYYY-MM-DD"]),
    Case("tomorrow", ["pain", "5", "--on", "tomorrow"], ["tomorrow", "YYYY-MM-DD"]),
    Case("month 13", ["symptom", "catching", "--on", "2024-13-01"], ["2024-13-01", "YYYY-MM-DD"]),
    Case("slashed aid date", ["aid", "cane", "--from", "2024/01/01"], ["2024/01/01", "YYYY-MM-DD"]),
    Case("malformed time", ["pain", "5", "--time", "25:00"], ["25:00", "HH:MM"]),
    Case("pain 11", ["pain", "11"], ["11", "0", "10"]),
    Case("pain -1", ["pain", "-1"], ["-1", "0", "10"]),
    Case("pain 100", ["pain", "100"], ["100", "0", "10"]),
    Case("pain abc", ["pain", "abc"], ["abc"]),
    Case("pain 5.5", ["pain", "5.5"], ["5.5"]),
    Case("severity 11", ["symptom", "stiffness", "--severity", "11"], ["11", "0 to 10"]),
    Case("severity -1", ["symptom", "stiffness", "--severity", "-1"], ["-1", "0 to 10"]),
    Case("negative count", ["symptom", "catching", "--count", "-2"], ["-2", "0 or more"]),
    Case(
      "unknown treatment kind", ["treatment", "surgery"],
      ["surgery", "hip-resurfacing", "psoas-release", "self-massage", "other"]),
    Case("unknown symptom", ["symptom", "itching"], ["itching", "catching", "giving-way", "trigger-point"]),
    Case(
      "unknown kind to list", ["list", "--kind", "surgery"],
      ["surgery", "psoas-release", "catching", "trigger-point", "two-crutches", "walker"]),
    Case(
      "unknown location", ["pain", "5", "--location", "elbow"],
      ["elbow", "groin", "front-thigh", "lower-back", "hip"]),
    Case("unknown side", ["pain", "5", "--side", "middle"], ["middle", "left", "right", "both"]),
    Case(
      "unknown activity", ["pain", "5", "--activity", "dancing"],
      ["dancing", "stairs", "sit-to-stand", "exercise"]),
    Case(
      "unknown aid", ["aid", "skateboard", "--from", "2024-01-01"],
      ["skateboard", "two-crutches", "one-crutch", "cane", "walker"]),
    Case(
      "unknown weight bearing", ["aid", "cane", "--from", "2024-01-01", "--weight-bearing", "half"],
      ["half", "nwb", "fwb"]),
    Case(
      "unknown level", ["treatment", "psoas-release", "--level", "knee"],
      ["knee", "lesser-trochanter", "peripheral-compartment"]),
    Case(
      "unknown trigger point", ["symptom", "trigger-point", "--point", "knee"],
      ["knee", "upper-psoas", "iliacus"]),
    Case(
      "unknown guidance", ["treatment", "cortisone", "--guidance", "mri"],
      ["mri", "ultrasound", "fluoroscopy"]),
    Case(
      "level on cortisone", ["treatment", "cortisone", "--level", "central-compartment"],
      ["cortisone", "psoas-release"]),
    Case(
      "level on hip arthroscopy", ["treatment", "hip-arthroscopy", "--level", "lesser-trochanter"],
      ["hip-arthroscopy", "psoas-release"]),
    Case(
      "approach on cortisone", ["treatment", "cortisone", "--approach", "open"],
      ["cortisone", "hip-arthroscopy"]),
    Case(
      "target on physiotherapy", ["treatment", "physiotherapy", "--target", "hip-joint"],
      ["physiotherapy", "prolotherapy"]),
    Case("round 0", ["treatment", "prolotherapy", "--round", "0"], ["0", "1"]),
    Case(
      "trigger point without the point", ["symptom", "trigger-point"],
      ["--point", "upper-psoas", "lower-psoas", "iliacus"]),
    Case("point on catching", ["symptom", "catching", "--point", "iliacus"], ["--point", "catching"]),
    Case("other without a name", ["treatment", "other"], ["--name"]),
    Case("other with an empty name", ["treatment", "other", "--name", ""], ["--name"]),
    Case(
      "aid ending before it starts", ["aid", "cane", "--from", "2024-02-10", "--to", "2024-02-01"],
      ["2024-02-01", "2024-02-10"]),
    Case("aid --stop with --from", ["aid", "cane", "--stop", "--from", "2024-01-01"], ["--stop"]),
  ]

  /// Refused because of what the seeded diary holds (see `seed`).
  static let historyCases: [Case] = [
    Case(
      "period overlapping a closed one", ["aid", "cane", "--from", "2024-01-05", "--to", "2024-01-20"],
      ["#2", "overlap"]),
    Case(
      "period inside a closed one", ["aid", "cane", "--from", "2024-01-02", "--to", "2024-01-03"],
      ["#2", "overlap"]),
    Case(
      "period overlapping an open one", ["aid", "two-crutches", "--from", "2024-11-01"], ["#3", "overlap"]),
    Case(
      "period before an open one running into it",
      ["aid", "two-crutches", "--from", "2024-10-01", "--to", "2024-10-30"], ["#3", "overlap"]),
    Case("stop with no open period", ["aid", "cane", "--stop", "--on", "2024-11-15"], ["cane"]),
    Case("stop of an aid never used", ["aid", "walker", "--stop", "--on", "2024-11-15"], ["walker"]),
    Case(
      "stop before the start", ["aid", "two-crutches", "--stop", "--on", "2024-10-01"],
      ["2024-10-01", "2024-10-28"]),
    Case(
      "stop in the future", ["aid", "two-crutches", "--stop", "--on", "2999-01-01"], ["2999-01-01", "future"]),
    Case(
      "stop on a malformed date", ["aid", "two-crutches", "--stop", "--on", "2024-02-30"],
      ["2024-02-30", "YYYY-MM-DD"]),
  ]

  /// A diary of four entries: #1 pain, #2 a closed cane period 2024-01-01..2024-01-10, #3 an open
  /// two-crutches period from 2024-10-28, #4 a psoas release.
  static let seed = try? RecoveryTool.snapshot { tool in
    try tool.succeed(["pain", "5", "--on", "2024-11-01", "--note", "seed"])
    try tool.succeed(["aid", "cane", "--from", "2024-01-01", "--to", "2024-01-10"])
    try tool.succeed(["aid", "two-crutches", "--from", "2024-10-28"])
    try tool.succeed(["treatment", "psoas-release", "--on", "2024-10-28", "--level", "lesser-trochanter"])
  }

  func expectRefused(
    _ run: ProcessOutcome, _ check: Case, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(run.status != 0, "exit status", sourceLocation: sourceLocation)
    #expect(run.output.isEmpty, "standard output: \(run.output)", sourceLocation: sourceLocation)
    #expect(run.errorIsOneLine, "standard error: \(run.error)", sourceLocation: sourceLocation)
    for mention in check.mentions {
      #expect(
        run.error.contains(mention), "\(run.error) should mention \(mention)", sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: cases)
  func refusedBeforeTheDatabaseIsEvenCreated(_ check: Case) throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(check.arguments)
      expectRefused(run, check)
      #expect(!FileManager.default.fileExists(atPath: tool.database), "the database was created")
    }
  }

  @Test(.tags(.slow), .skippedWhenAskedToSkipSlowTests, arguments: cases + historyCases)
  func refusedWithNothingWrittenToAnExistingDiary(_ check: Case) throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.seed, "the seed diary could not be made"))
      let before = try tool.succeed(["list", "--format", "json", "--include-removed"]).output
      let run = try tool.run(check.arguments)
      expectRefused(run, check)
      let after = try tool.succeed(["list", "--format", "json", "--include-removed"]).output
      #expect(after == before)
      let entries = try JSONSerialization.jsonObject(with: Data(after.utf8)) as? [Any]
      #expect(entries?.count == 4)
    }
  }

  @Test func unknownPatientOnListNamesThePatientsThereAre() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-01", "--patient", "anna"])
      try tool.succeed(["pain", "5", "--on", "2024-11-01", "--patient", "ben"])
      let run = try tool.run(["list", "--patient", "carl"])
      #expect(run.status != 0)
      #expect(run.output.isEmpty)
      #expect(run.errorIsOneLine)
      for name in ["carl", "anna", "ben"] {
        #expect(run.error.contains(name), "\(run.error)")
      }
      // Asking did not create the patient.
      #expect(try tool.succeed(["patients"]).outputLines == ["anna", "ben"])
    }
  }
}
