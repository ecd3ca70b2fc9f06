import Foundation
import RecoveryTestSupport
import Testing

/// The README's tour and corrections, run command by command, as written, on a new database: they
/// give their dates and use the entry numbers the tour creates, so they work on any day.
struct ReadmeTourTests {
  /// The shell commands of the first `sh` block after `heading`, continuation lines joined, comment
  /// lines and blank lines left out.
  static func commands(after heading: String) throws -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    guard let section = readme.range(of: heading),
      let start = readme.range(of: "```sh\n", range: section.upperBound..<readme.endIndex),
      let end = readme.range(of: "\n```", range: start.upperBound..<readme.endIndex)
    else { throw TourMissing(heading: heading) }
    var commands: [String] = []
    var current = ""
    for line in readme[start.upperBound..<end.lowerBound].split(separator: "\n") {
      let trimmed = line.drop(while: \.isWhitespace)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if line.hasSuffix("\\") {
        current += line.dropLast()
        continue
      }
      commands.append(current + line)
      current = ""
    }
    return commands
  }

  struct TourMissing: Error {
    let heading: String
  }

  @Test func theTourAndTheCorrectionsRunAsWritten() throws {
    let tour = try Self.commands(after: "## A tour, as the demo's patient would use it")
    let corrections = try Self.commands(after: "### Corrections never lose anything")
    #expect(tour.count >= 20)
    #expect(corrections.count >= 5)
    try RecoveryTool.with { tool in
      let folder = (try RecoveryTool.executable() as NSString).deletingLastPathComponent
      let environment = [
        "PATH": folder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
        "RECOVERY_DB": tool.database,
      ]
      for command in tour + corrections {
        #expect(command.hasPrefix("recovery "), "\(command)")
        let run = try tool.run(program: "/bin/sh", ["-c", command], environment: environment)
        #expect(run.succeeded, "\(command): \(run.summary)")
      }
      let history = try tool.succeed(["history", "6"], database: false, environment: environment).output
      #expect(history.contains("edited"), "\(history)")
      #expect(FileManager.default.fileExists(atPath: tool.path("2024.csv")))
      #expect(FileManager.default.fileExists(atPath: tool.path("diary.fhir.json")))
    }
  }
}
