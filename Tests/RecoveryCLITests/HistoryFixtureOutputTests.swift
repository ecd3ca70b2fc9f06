import Foundation
import RecoveryTestSupport
import Testing

/// A database written by the build before history snapshots had a version
/// (`Tests/RecoveryStoreTests/Fixtures/history-v0.sqlite`), read by this build: `history` and `list`
/// print what that build printed for it (`Golden/history-v0.txt`, `Golden/history-v0-list.json`).
struct HistoryFixtureOutputTests {
  static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let fixture = tests.deletingLastPathComponent()
    .appendingPathComponent("RecoveryStoreTests/Fixtures/history-v0.sqlite")

  func golden(_ name: String) throws -> String {
    try String(contentsOf: Self.tests.appendingPathComponent("Golden/\(name)"), encoding: .utf8)
  }

  @Test func historyOfEveryEntryIsAsThatBuildPrintedIt() throws {
    try RecoveryTool.with { tool in
      try tool.install(try Data(contentsOf: Self.fixture))
      var output = ""
      for (id, patient) in (1...9).map({ ($0, nil as String?) }) + (20...22).map({ ($0, "demo") }) {
        let arguments = ["history", "\(id)"] + (patient.map { ["--patient", $0] } ?? [])
        output += "$ recovery " + arguments.joined(separator: " ") + "\n"
        output += try tool.succeed(arguments).output
      }
      #expect(output == (try golden("history-v0.txt")))
    }
  }

  @Test func listJSONIsAsThatBuildPrintedIt() throws {
    try RecoveryTool.with { tool in
      try tool.install(try Data(contentsOf: Self.fixture))
      let output = try tool.succeed(["list", "--format", "json", "--include-removed"]).output
      #expect(output == (try golden("history-v0-list.json")))
    }
  }
}
