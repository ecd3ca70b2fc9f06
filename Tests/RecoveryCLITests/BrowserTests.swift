import Foundation
import RecoveryTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The web app in a real browser: headless Chromium, driven by Selenium (`browser_flows.py`), logs
/// pain with the buttons, a treatment, a HOOS JR, edits (adding fields the entry lacked) and undoes,
/// imports a CSV chosen in the file field through its dry run (again with JavaScript turned off),
/// refuses a binary file, shows the report's verdicts and the clinic view; axe-core finds no serious or critical
/// accessibility problem on any page. Screenshots at 390 px and 1280 px go to
/// `$TMPDIR/recovery-browser-screenshots`, kept for people to look at.
@Suite(.serialized)
struct BrowserTests {
  static let screenshots = NSTemporaryDirectory() + "/recovery-browser-screenshots"

  @Test func thePatientsFlowsWorkInABrowserAndEveryPagePassesAxe() throws {
    let tool = try RecoveryTool()
    defer { tool.remove() }
    let demo = try tool.recovery(arguments: [
      "demo", "--db", tool.database, "--output", tool.path("demo.txt"),
    ])
    try #require(demo.succeeded, "\(demo.summary)")
    let served = try ServedApp(
      recovery: try BuiltProduct.path("recovery"), database: tool.database, folder: tool.folder)
    try? FileManager.default.removeItem(atPath: Self.screenshots)
    try FileManager.default.createDirectory(atPath: Self.screenshots, withIntermediateDirectories: true)
    let browser = try TestPython.run("browser_flows.py", [served.address, Self.screenshots])
    let stopped = served.stop()
    try #require(browser.succeeded, "\(browser.summary)")
    let result = try #require(
      try JSONSerialization.jsonObject(with: browser.standardOutput) as? [String: Any])
    let notices = try #require(result["notices"] as? [String: String])
    let texts = try #require(result["texts"] as? [String: Any])
    let violations = try #require(result["violations"] as? [String: [Any]])

    #expect(result["error"] == nil, "the browser stopped: \(result["error"] ?? "")")
    #expect((texts["address after the token"] as? String)?.contains("token") == false)
    #expect(notices["pain"]?.hasPrefix("Logged: pain 6") == true, "\(notices)")
    #expect(notices["treatment"]?.contains("cortisone") == true, "\(notices)")
    #expect(notices["hoos"]?.contains("67.516") == true, "\(notices)")
    #expect(notices["edit"]?.hasPrefix("Saved: pain 7") == true, "\(notices)")
    #expect(texts["note before the edit"] as? String == "", "\(texts)")
    #expect(texts["note after the edit"] as? String == "after the walk", "\(texts)")
    #expect(texts["activity after the edit"] as? String == "walking", "\(texts)")
    #expect(notices["medication"]?.hasPrefix("Logged: ibuprofen") == true, "\(notices)")
    let medicationFields = Set(texts["medication fields"] as? [String] ?? [])
    #expect(
      medicationFields.isSuperset(of: ["edit-name", "edit-time", "edit-times", "edit-asNeeded", "edit-note"]),
      "\(medicationFields)")
    #expect(notices["undo"]?.hasPrefix("Undid the edit") == true, "\(notices)")
    #expect((texts["dry run"] as? String)?.contains("New\n2") == true, "\(texts)")
    #expect(notices["import"]?.contains("2 added") == true, "\(notices)")
    #expect(
      notices["binary import"]
        == "photo.png is not a text file (it holds binary data): nothing was imported.",
      "\(notices)")
    #expect(texts["script in the second browser"] as? String == "off", "\(texts)")
    #expect((texts["dry run without script"] as? String)?.contains("New\n2") == true, "\(texts)")
    #expect(notices["import without script"]?.contains("2 added") == true, "\(notices)")
    #expect(notices["patient"] == "Showing the diary of demo.", "\(notices)")
    #expect((texts["report title"] as? String)?.hasSuffix("demo") == true, "\(texts)")
    #expect((texts["report verdicts"] as? [String])?.contains("substantial improvement") == true, "\(texts)")
    #expect((texts["cohort title"] as? String)?.isEmpty == false, "\(texts)")
    for (page, found) in violations {
      #expect(found.isEmpty, "axe on \(page): \(found)")
    }
    #expect(violations.count >= 14)

    // What the browser logged is in the diary as the command line lists it.
    let listed = try tool.recovery("list", "--format", "json")
    let entries = try #require(
      try JSONSerialization.jsonObject(with: listed.standardOutput) as? [[String: Any]])
    let pain = entries.filter { $0["type"] as? String == "pain" && $0["patient"] as? String == "default" }
    #expect(
      pain.contains {
        $0["score"] as? Int == 6 && $0["location"] as? String == "groin" && $0["side"] as? String == "right"
      }, "\(pain)")
    for days in [["2024-03-01", "2024-03-02"], ["2024-03-05", "2024-03-06"]] {
      #expect(pain.filter { days.contains($0["date"] as? String ?? "") }.count == 2, "\(days)")
    }
    #expect(entries.contains { $0["kind"] as? String == "cortisone" && $0["side"] as? String == "right" })
    #expect(entries.contains { $0["instrument"] as? String == "hoos-jr" && $0["raw"] as? Int == 7 })

    // It stopped cleanly on SIGTERM, and its log holds neither the token nor what was logged.
    #expect(!stopped.signaled && stopped.status == 0, "\(stopped)")
    #expect(!stopped.log.contains(served.token))
    #expect(!stopped.log.contains("groin") && !stopped.log.contains("cortisone"))
    #expect(stopped.log.contains("POST /entries 303"), "\(stopped.log.prefix(2000))")
  }
}
