import Foundation
import RecoveryTestSupport
import Testing

/// Commands that only read or correct entries never create a database file that does not exist.
struct MissingDatabaseTests {
  static let refusals: [[String]] = [
    ["aid", "cane", "--stop"], ["edit", "3", "--score", "2"], ["remove", "3"], ["undo"], ["history", "3"],
    ["check"], ["list", "--patient", "bob"],
  ]

  @Test(arguments: refusals)
  func refusesWithOneLineAndCreatesNothing(arguments: [String]) throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(arguments)
      #expect(run.status != 0)
      #expect(run.errorIsOneLine, "\(run.error)")
      #expect(!FileManager.default.fileExists(atPath: tool.database))
    }
  }

  @Test(arguments: [
    (["list"], "No entries.\n"), (["list", "--format", "json"], "[]\n"), (["patients"], nil),
  ])
  func readsAsEmptyAndCreatesNothing(arguments: [String], output: String?) throws {
    try RecoveryTool.with { tool in
      let run = try tool.succeed(arguments)
      if let output { #expect(run.output == output) }
      #expect(!FileManager.default.fileExists(atPath: tool.database))
    }
  }
}
