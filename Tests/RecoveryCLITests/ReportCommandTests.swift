import Foundation
import RecoveryTestSupport
import Testing

/// `recovery report` over a small diary logged through the CLI, with numbers worked out by hand.
///
/// The diary: a right cortisone injection on 2024-03-15; pain 6 at the right groin and 2 at both
/// knees on 2024-03-10, 11 and 12 (baseline days -14..-1 are 2024-03-01..14); pain 3 at the right groin
/// and 2 at both knees on 2024-03-25, 26 and 27 (cortisone follow-up days 7..42 are
/// 2024-03-22..2024-04-26). The report day is 2024-06-01, after the follow-up window has ended.
///
/// The right-side injection is judged on pain at the right side or both sides. Daily pain is the day's
/// highest score, so over all locations the groin decides:
/// baseline mean (6+6+6)/3 = 6 on 3 days, follow-up mean (3+3+3)/3 = 3 on 3 days, change 3-6 = -3,
/// percent change -3/6 = -50%: a drop of 50% or more is `substantial-improvement`.
/// Counting only the knees: 2 before and 2 after, change 0, 0%: `no-meaningful-change`.
struct ReportCommandTests {
  static let asOf = ["--as-of", "2024-06-01"]

  /// Logs the diary described above.
  static func logHistory(_ tool: RecoveryTool) throws {
    try tool.succeed(["treatment", "cortisone", "--on", "2024-03-15", "--side", "right"])
    for day in ["2024-03-10", "2024-03-11", "2024-03-12"] {
      try tool.succeed(["pain", "6", "--on", day, "--location", "groin", "--side", "right"])
      try tool.succeed(["pain", "2", "--on", day, "--location", "knee", "--side", "both"])
    }
    for day in ["2024-03-25", "2024-03-26", "2024-03-27"] {
      try tool.succeed(["pain", "3", "--on", day, "--location", "groin", "--side", "right"])
      try tool.succeed(["pain", "2", "--on", day, "--location", "knee", "--side", "both"])
    }
  }

  /// The diary's database, logged once and installed into each test's folder.
  static let history = Result { try RecoveryTool.snapshot(ReportCommandTests.logHistory) }

  /// Runs `body` with a tool whose database holds the diary.
  func withHistory<T>(_ body: (RecoveryTool) throws -> T) throws -> T {
    try RecoveryTool.with { tool in
      try tool.install(try Self.history.get())
      return try body(tool)
    }
  }

  /// `report --format json` plus `extra`, parsed.
  func reportJSON(_ tool: RecoveryTool, _ extra: [String] = []) throws -> [String: Any] {
    let run = try tool.succeed(["report", "--format", "json"] + Self.asOf + extra)
    #expect(run.error.isEmpty)
    return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
  }

  /// The one response in a report of the diary.
  func cortisone(_ report: [String: Any]) throws -> [String: Any] {
    let responses = try #require(report["responses"] as? [[String: Any]])
    #expect(responses.count == 1)
    let response = try #require(responses.first)
    #expect(response["kind"] as? String == "cortisone")
    return response
  }

  func window(_ response: [String: Any], _ name: String) throws -> [String: Any] {
    try #require(response[name] as? [String: Any], "\(name)")
  }

  @Test func textShowsTheHandComputedVerdict() throws {
    try withHistory { tool in
      let run = try tool.succeed(["report"] + Self.asOf)
      #expect(run.error.isEmpty)
      #expect(run.output.hasPrefix("Recovery report: default\nAs of 2024-06-01\n"))
      let row = try #require(run.outputLines.first { $0.hasPrefix("  cortisone injection  2024-03-15 ") })
      let cells = row.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
      #expect(
        cells
          == "cortisone injection 2024-03-15 6.0 (3 days) 3.0 (3 days) -3.0 (-50%) -3.0 (-3.0 to -3.0)"
          + " substantial improvement")
      #expect(!run.output.contains("\u{1B}["))
    }
  }

  @Test func jsonFieldsMatchTheHandComputedNumbers() throws {
    try withHistory { tool in
      let report = try reportJSON(tool)
      #expect(report["asOf"] as? String == "2024-06-01")
      #expect(report["patient"] as? String == "default")
      let treatments = try #require(report["treatments"] as? [[String: Any]])
      #expect(treatments.count == 1)
      let treatment = try #require(treatments.first)
      #expect(treatment["kind"] as? String == "cortisone")
      #expect(treatment["date"] as? String == "2024-03-15")
      #expect(treatment["side"] as? String == "right")
      #expect(treatment["id"] as? Int == 1)

      let response = try cortisone(report)
      #expect(response["treatmentIds"] as? [Int] == [1])
      #expect(response["date"] as? String == "2024-03-15")
      let baseline = try window(response, "baseline")
      #expect(baseline["from"] as? String == "2024-03-01")
      #expect(baseline["to"] as? String == "2024-03-14")
      #expect(baseline["mean"] as? Double == 6)
      #expect(baseline["days"] as? Int == 3)
      let followUp = try window(response, "followUp")
      #expect(followUp["from"] as? String == "2024-03-22")
      #expect(followUp["to"] as? String == "2024-04-26")
      #expect(followUp["mean"] as? Double == 3)
      #expect(followUp["days"] as? Int == 3)
      #expect(response["change"] as? Double == -3)
      #expect(response["percentChange"] as? Double == -50)
      #expect(response["verdict"] as? String == "substantial-improvement")
      #expect(response["partial"] as? Bool == false)
      #expect((response["confounders"] as? [Any])?.isEmpty == true)
    }
  }

  @Test func locationAndSideFiltersCountOnlyThatPain() throws {
    try withHistory { tool in
      // Right side: the groin only, the same numbers as over all locations.
      let right = try cortisone(try reportJSON(tool, ["--side", "right"]))
      #expect(try window(right, "baseline")["mean"] as? Double == 6)
      #expect(try window(right, "followUp")["mean"] as? Double == 3)
      #expect(right["verdict"] as? String == "substantial-improvement")

      // Knee, or both sides: 2 before and 2 after.
      for filter in [["--location", "knee"], ["--side", "both"], ["--location", "knee", "--side", "both"]] {
        let report = try reportJSON(tool, filter)
        let knee = try cortisone(report)
        #expect(try window(knee, "baseline")["mean"] as? Double == 2, "\(filter)")
        #expect(try window(knee, "followUp")["mean"] as? Double == 2, "\(filter)")
        #expect(try window(knee, "followUp")["days"] as? Int == 3, "\(filter)")
        #expect(knee["change"] as? Double == 0, "\(filter)")
        #expect(knee["percentChange"] as? Double == 0, "\(filter)")
        #expect(knee["verdict"] as? String == "no-meaningful-change", "\(filter)")
      }
      let filter = try #require(try reportJSON(tool, ["--location", "knee"])["painFilter"] as? [String: Any])
      #expect(filter["location"] as? String == "knee")

      // Counting only left-side pain, the right-side injection is not judged: no days in either window.
      for filter in [["--side", "left"], ["--location", "groin", "--side", "left"]] {
        let none = try cortisone(try reportJSON(tool, filter))
        #expect(none["filteredOut"] as? Bool == true, "\(filter)")
        #expect(try window(none, "baseline")["days"] as? Int == 0, "\(filter)")
        #expect(try window(none, "followUp")["days"] as? Int == 0, "\(filter)")
        #expect(none["verdict"] as? String == "insufficient-data", "\(filter)")
      }

      let text = try tool.succeed(["report", "--location", "knee"] + Self.asOf).output
      #expect(text.contains("2.0 (3 days)"))
      #expect(text.contains("no meaningful change"))
    }
  }

  @Test func followUpOverrideChangesTheWindow() throws {
    try withHistory { tool in
      // Days 7-10 after 2024-03-15 are 2024-03-22..25: only the 25th has pain (3), 1 day < 3.
      let response = try cortisone(try reportJSON(tool, ["--follow-up", "cortisone=7-10"]))
      let followUp = try window(response, "followUp")
      #expect(followUp["from"] as? String == "2024-03-22")
      #expect(followUp["to"] as? String == "2024-03-25")
      #expect(followUp["days"] as? Int == 1)
      #expect(response["verdict"] as? String == "insufficient-data")
      // Days 7-12 (2024-03-22..27) hold all three follow-up days again.
      let wider = try cortisone(try reportJSON(tool, ["--follow-up", "cortisone=7-12"]))
      #expect(try window(wider, "followUp")["to"] as? String == "2024-03-27")
      #expect(wider["verdict"] as? String == "substantial-improvement")
    }
  }

  @Test func sinceAfterUntilIsAOneLineError() throws {
    try withHistory { tool in
      let run = try tool.run(["report", "--since", "2024-05-01", "--until", "2024-04-01"] + Self.asOf)
      #expect(run.status != 0)
      #expect(run.output.isEmpty)
      #expect(run.errorIsOneLine, "\(run.error)")
      #expect(run.error.contains("2024-05-01"))
      #expect(run.error.contains("2024-04-01"))
    }
  }

  @Test func emptyHistoryPrintsAShortFriendlyMessage() throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(["report"])
      #expect(run.status == 0)
      #expect(run.error.isEmpty)
      #expect(run.outputLines.count == 1, "\(run.output)")
      #expect(run.output.contains("No entries yet"), "\(run.output)")
    }
  }

  @Test func unknownPatientIsAnErrorNamingThePatients() throws {
    try withHistory { tool in
      try tool.succeed(["pain", "4", "--on", "2024-03-10", "--patient", "anna"])
      let run = try tool.run(["report", "--patient", "nobody"] + Self.asOf)
      #expect(run.status != 0)
      #expect(run.output.isEmpty)
      #expect(run.errorIsOneLine, "\(run.error)")
      #expect(run.error.contains("nobody"))
      #expect(run.error.contains("default"))
      #expect(run.error.contains("anna"))
    }
  }

  @Test func reportOnAPipeOrWithNoColorHasNoEscapes() throws {
    try withHistory { tool in
      for environment in [[:], ["NO_COLOR": "1"]] {
        let run = try tool.succeed(["report"] + Self.asOf, environment: environment)
        #expect(!run.output.contains("\u{1B}["), "\(environment)")
      }
    }
  }

  /// Every `uid` anywhere in `value`.
  func uids(in value: Any) -> [String] {
    if let object = value as? [String: Any] {
      return object.flatMap { key, nested in
        key == "uid" ? [nested as? String ?? "\(nested)"] : uids(in: nested)
      }
    }
    if let array = value as? [Any] { return array.flatMap { uids(in: $0) } }
    return []
  }

  @Test func uidsAreLowercaseAsInList() throws {
    try withHistory { tool in
      let reportUids = uids(in: try reportJSON(tool))
      #expect(!reportUids.isEmpty)
      for uid in reportUids {
        #expect(UUID(uuidString: uid) != nil, "\(uid)")
        #expect(uid == uid.lowercased(), "\(uid)")
      }
      let listUids = Set(try tool.listJSON().compactMap { $0["uid"] as? String })
      #expect(Set(reportUids).isSubset(of: listUids))
    }
  }
}

/// The report's central answer for a treatment given during the recovery from an operation, logged as
/// a new user would.
struct RecoveryTrendReportTests {
  @Test func physiotherapyDuringTheRecoveryIsNotCreditedWithIt() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "hip-resurfacing", "--on", "2024-11-02", "--side", "right"])
      try tool.succeed(["treatment", "physiotherapy", "--on", "2024-11-09", "--side", "right"])
      let start = TestCalendar.day("2024-11-02")
      for offset in 0...32 {
        let score = max(1, Int((7.5 - 0.16 * Double(offset)).rounded()))
        try tool.succeed([
          "pain", String(score), "--on", start.adding(days: offset).description, "--location", "groin",
          "--side", "right",
        ])
      }
      let output = try tool.succeed(["report", "--as-of", "2024-12-05"]).output
      let glance = try #require(output.components(separatedBy: "\n\nTIMELINE").first)
        .replacing(/\s+/, with: " ")
      let text = output.replacing(/\s+/, with: " ")
      #expect(!glance.contains("improvement"), "\(glance)")
      #expect(glance.contains("Cannot tell: physiotherapy (2024-11-09)"), "\(glance)")
      #expect(glance.contains("in the recovery after hip resurfacing"), "\(glance)")
      #expect(
        text.contains(
          "it falls in the recovery after hip resurfacing (2024-11-02), when pain falls by itself"))
      let json = try tool.succeed(["report", "--as-of", "2024-12-05", "--format", "json"]).output
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      let responses = try #require(report["responses"] as? [[String: Any]])
      let physiotherapy = try #require(responses.first { $0["kind"] as? String == "physiotherapy" })
      #expect(physiotherapy["verdict"] as? String == "cannot-tell")
      let effect = try #require(physiotherapy["effect"] as? [String: Any])
      #expect(effect["method"] as? String == "level-comparison")
      #expect((effect["limitations"] as? [String])?.contains("surgery-recovery") == true)
    }
  }
}
