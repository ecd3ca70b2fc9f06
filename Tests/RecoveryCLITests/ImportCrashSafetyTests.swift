import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `recovery import` killed with SIGKILL at any moment leaves a healthy database holding none or all
/// of the file.
///
/// Serialized: the test times a whole import first, and the kills are timed against it.
@Suite(.serialized)
struct ImportCrashSafetyTests {
  @Test(.tags(.slow), .skippedWhenAskedToSkipSlowTests)
  func killingAnImportLeavesAHealthyDatabaseWithNoneOrAllOfTheFile() throws {
    let tool = try RecoveryTool()
    defer { tool.remove() }
    let seed = TestSeed.random()
    var random = SplitMix64(seed: seed.value)
    let rows = 20_000
    var lines = ["type,date,time,score,location,side,note"]
    for index in 0..<rows {
      let day = CalendarDay(year: 2020, month: 1, day: 1)!.adding(days: index % 1500)
      lines.append("pain,\(day),\(10 + index % 12):\(10 + index % 50),\(index % 11),groin,right,row \(index)")
    }
    let file = tool.path("big.csv")
    try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: file))

    let base = tool.path("base.sqlite")
    for score in [3, 5, 7] {
      let logged = try tool.recovery("pain", "\(score)", "--on", "2024-11-20", database: base)
      try #require(logged.succeeded, "\(logged.summary)")
    }
    let rounds = KillRounds(
      tool: tool, base: base, before: 3, added: rows, program: try RecoveryTool.executable(),
      arguments: { ["import", file, "--db", $0] })
    let (outcomes, duration) = try rounds.run(random: &random, seed: seed)
    print(
      "ImportCrashSafetyTests: an import of \(rows) rows takes \(duration);"
        + " \(outcomes.sorted { $0.key < $1.key }); \(seed)")
  }
}
