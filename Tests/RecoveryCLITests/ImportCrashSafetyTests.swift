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
    let trial = tool.path("trial.sqlite")
    func freshTrial() throws {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: trial + suffix) }
      try FileManager.default.copyItem(atPath: base, toPath: trial)
    }

    // One import left alone, to learn how long a whole one takes here.
    try freshTrial()
    let clock = ContinuousClock()
    let started = clock.now
    let whole = try tool.recovery("import", file, database: trial)
    let duration = clock.now - started
    try #require(whole.succeeded, "\(whole.summary)")
    try #require(try tool.rowCount("pain", database: trial) == 3 + rows)
    let window = Int(
      duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)

    let executable = try RecoveryTool.executable()
    var outcomes: [String: Int] = [:]
    for round in 1...20 {
      try freshTrial()
      let delay = random.int(in: 0...max(window * 11 / 10, 1))
      let running = try tool.start(executable, ["import", file, "--db", trial])
      usleep(useconds_t(delay * 1000))
      kill(running.processIdentifier, SIGKILL)
      let ended = running.finish()

      let check = try tool.recovery("check", database: trial)
      #expect(check.succeeded, "round \(round), kill after \(delay) ms, \(seed): \(check.summary)")
      let count = try tool.rowCount("pain", database: trial)
      #expect(
        count == 3 || count == 3 + rows,
        "round \(round), kill after \(delay) ms, \(seed): \(count) pain entries")
      let additions = try SQLiteShell.output(trial, "SELECT count(*) FROM change WHERE action = 'add'")
      #expect(additions == (count == 3 ? "3" : "4"), "round \(round), \(seed)")
      let key =
        "\(ended.signaled ? "killed" : "finished"), \(count == 3 ? "none" : count == 3 + rows ? "all" : "some")"
      outcomes[key, default: 0] += 1
    }
    print(
      "ImportCrashSafetyTests: an import of \(rows) rows takes \(duration);"
        + " \(outcomes.sorted { $0.key < $1.key }); \(seed)")
  }
}
