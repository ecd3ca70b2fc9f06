import Foundation
import RecoveryDemo
import RecoveryTestSupport
import Testing

/// Every report format renders the demo, to standard output and to an owner-only `--output` file, and
/// each reads as its format promises: JSON with the documented fields and the story's verdicts, HTML
/// well-formed and self-contained.
struct ReportDemoFormatTests {
  /// `demo --format <format>` printed.
  func demo(_ format: String) throws -> String {
    try RecoveryTool.with { tool in
      let run = try tool.succeed(["demo", "--format", format], database: false)
      #expect(run.error.isEmpty)
      return run.output
    }
  }

  /// The demo's report as parsed JSON.
  func demoJSON() throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(demo("json").utf8)) as? [String: Any])
  }

  func objects(_ value: Any?, _ name: String) throws -> [[String: Any]] {
    try #require(value as? [[String: Any]], "\(name) should be an array of objects")
  }

  @Test(arguments: ["text", "markdown", "html", "json"])
  func outputFileIsOwnerOnlyAndHoldsWhatStandardOutputShows(format: String) throws {
    try RecoveryTool.with { tool in
      let printed = try tool.succeed(["demo", "--format", format], database: false)
      let path = tool.directory.file("report.\(format)")
      let written = try tool.succeed(["demo", "--format", format, "--output", path], database: false)
      #expect(written.output == "Wrote the report to \(path).\n")
      #expect(written.error.isEmpty)
      let contents = try #require(FileManager.default.contents(atPath: path), "no file at \(path)")
      #expect(contents.count > 1000)
      #expect(contents == Data(printed.output.utf8))
      let mode = try #require(
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
      #expect(mode == 0o600, "mode \(String(mode, radix: 8))")
    }
  }

  @Test func markdownShowsTheResponseTable() throws {
    let markdown = try demo("markdown")
    #expect(markdown.hasPrefix("# Recovery report: demo\n"))
    #expect(markdown.contains("\n## Did it help? Pain before and after each treatment\n"))
    #expect(
      markdown.contains(
        "| Treatment | Date | Pain before | Pain after | Change | Effect (95% interval) | Verdict |"))
    #expect(markdown.contains("| cortisone injection | 2023-06-05 |"))
    #expect(markdown.contains("| prolotherapy (3 rounds) | 2024-03-04 to 2024-04-29 |"))
    #expect(markdown.contains("substantial improvement (so far) |"))
    #expect(!markdown.contains("\u{1B}["))
  }

  @Test func jsonHasTheDocumentedFields() throws {
    let report = try demoJSON()
    #expect(report["formatVersion"] as? Int == 3)
    #expect(report["asOf"] as? String == "2024-11-25")
    #expect(report["patient"] as? String == "demo")

    let treatments = try objects(report["treatments"], "treatments")
    #expect(treatments.count == 9)
    for treatment in treatments {
      #expect(treatment["id"] is Int)
      #expect(treatment["kind"] is String)
      #expect(treatment["date"] is String)
      #expect(treatment.keys.contains("side"))
    }
    let treatmentIds = Set(treatments.compactMap { $0["id"] as? Int })
    #expect(treatmentIds.count == treatments.count)

    let responses = try objects(report["responses"], "responses")
    #expect(!responses.isEmpty)
    for response in responses {
      let ids = try #require(response["treatmentIds"] as? [Int])
      #expect(!ids.isEmpty)
      #expect(Set(ids).isSubset(of: treatmentIds))
      #expect(response["kind"] is String)
      #expect(response["date"] is String)
      for window in ["baseline", "followUp"] {
        let object = try #require(response[window] as? [String: Any], "\(window)")
        for key in ["from", "to", "mean", "days"] {
          #expect(object.keys.contains(key), "\(window).\(key)")
        }
        #expect(object["days"] is Int)
      }
      for key in ["change", "percentChange", "verdict", "partial", "confounders", "analgesics"] {
        #expect(response.keys.contains(key), "\(key)")
      }
      #expect(response["verdict"] is String)
      #expect(response["partial"] is Bool)
      #expect(response["confounders"] is [Any])
      #expect(response.keys.contains("effect"))
      guard let effect = response["effect"] as? [String: Any] else { continue }
      for key in [
        "method", "limitations", "effect", "standardError", "percent", "expected", "observed", "trendBefore",
        "lastWeekBefore", "autocorrelation", "before", "after", "recoveryFrom",
      ] {
        #expect(effect.keys.contains(key), "effect.\(key)")
      }
      let interval = try #require(effect["effect"] as? [String: Double])
      #expect(try #require(interval["low"]) <= #require(interval["estimate"]))
      #expect(try #require(interval["estimate"]) <= #require(interval["high"]))
    }
    let release = try #require(responses.last { $0["kind"] as? String == "psoas-release" })
    let releaseEffect = try #require(release["effect"] as? [String: Any])
    #expect(releaseEffect["method"] as? String == "segmented-regression")

    let aids = try objects(report["aids"], "aids")
    for aid in aids {
      #expect(aid["id"] is Int)
      #expect(aid["aid"] is String)
      #expect(aid["from"] is String)
      #expect(aid.keys.contains("to"))
      #expect(aid["days"] is Int)
    }

    let pain = try #require(report["pain"] as? [String: Any])
    #expect(try !objects(pain["weekly"], "pain.weekly").isEmpty)
    #expect(try !objects(pain["monthly"], "pain.monthly").isEmpty)
    let symptoms = try objects(report["symptoms"], "symptoms")
    #expect(symptoms.contains { $0["kind"] as? String == "catching" })
  }

  @Test func jsonTellsTheSeedStory() throws {
    let report = try demoJSON()
    let responses = try objects(report["responses"], "responses")
    func response(_ kind: String) throws -> [String: Any] {
      let matching = responses.filter { $0["kind"] as? String == kind }
      #expect(matching.count == 1, "\(kind): \(matching.count) responses")
      return try #require(matching.first, "no response for \(kind)")
    }
    for kind in ["cortisone", "prp", "prolotherapy"] {
      let injection = try response(kind)
      #expect(injection["verdict"] as? String == "no-meaningful-change", "\(kind)")
      #expect(injection["partial"] as? Bool == false, "\(kind)")
    }
    // The three prolotherapy rounds are one course, dated by its last round.
    let course = try response("prolotherapy")
    #expect((course["treatmentIds"] as? [Int])?.count == 3)
    #expect(course["date"] as? String == "2024-04-29")

    let release = try response("psoas-release")
    let verdict = try #require(release["verdict"] as? String)
    #expect(["meaningful-improvement", "substantial-improvement"].contains(verdict))
    #expect(release["partial"] as? Bool == true)
    #expect(release["date"] as? String == "2024-10-28")
    let followUp = try #require(release["followUp"] as? [String: Any])
    #expect(followUp["from"] as? String == "2024-11-11")
    #expect(followUp["to"] as? String == "2024-11-25")

    let crutches = try objects(report["aids"], "aids").filter { $0["aid"] as? String == "two-crutches" }
    #expect(crutches.compactMap { $0["days"] as? Int } == [35, 14])
  }

  @Test func htmlIsWellFormedAndSelfContained() throws {
    let html = try demo("html")
    let page = HTMLElements(html)
    #expect(page.wellFormed, "not well-formed: \(page.error ?? "")")
    #expect(page.names.first == "html")
    #expect(page.names.filter { $0 == "svg" }.count >= 2)
    #expect(page.names.contains("table"))

    #expect(html.contains("<svg"))
    #expect(!html.lowercased().contains("<script"))
    let withoutNamespace = html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
    #expect(!withoutNamespace.contains("http://"))
    #expect(!withoutNamespace.contains("https://"))
    for words in [
      "Did it help? Pain before and after each treatment", "Pain before", "Pain after", "Verdict",
      "cortisone injection", "prolotherapy (3 rounds)", "no meaningful change",
      "substantial improvement (so far)",
    ] {
      #expect(html.contains(words), "\(words)")
    }
  }
}
