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

/// A process killed with SIGKILL in the middle of a write leaves a healthy database holding none or all
/// of what it was writing.
///
/// Serialized: the test times a whole batch first, and the kills are timed against it.
@Suite(.serialized)
struct CrashSafetyTests {
  private typealias Tool = RecoveryTool

  /// The helper that writes the batch: a small executable of the tests' own, built with them.
  private static func helper() throws -> String {
    try BuiltProduct.path(
      "recovery-crash-helper",
      builtFrom: ["Sources/CSQLite", "Sources/RecoveryModel", "Sources/RecoveryStore", "Tests/CrashHelper"])
  }

  @Test(.tags(.slow), .skippedWhenAskedToSkipSlowTests)
  func killingABatchWriteLeavesAHealthyDatabaseWithNoneOrAllOfTheBatch() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let helper = try Self.helper()
    // The kill times are random, so that the runs of many days cover the whole write.
    let seed = TestSeed.random()
    var random = SplitMix64(seed: seed.value)
    let batch = 20_000
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

    // One batch left alone, to learn how long a whole one takes here.
    try freshTrial()
    let clock = ContinuousClock()
    let started = clock.now
    let whole = try tool.run(program: helper, ["pain-insert", "\(batch)", trial])
    let duration = clock.now - started
    try #require(whole.succeeded, "\(whole.summary)")
    try #require(try tool.rowCount("pain", database: trial) == 3 + batch)
    let window = Int(
      duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)

    var outcomes: [String: Int] = [:]
    let killClock = clock.now
    for round in 1...20 {
      try freshTrial()
      let delay = random.int(in: 0...max(window * 11 / 10, 1))
      let running = try tool.start(helper, ["pain-insert", "\(batch)", trial])
      usleep(useconds_t(delay * 1000))
      kill(running.processIdentifier, SIGKILL)
      let ended = running.finish()

      let check = try tool.recovery("check", database: trial)
      #expect(check.succeeded, "round \(round), kill after \(delay) ms, \(seed): \(check.summary)")
      let count = try tool.rowCount("pain", database: trial)
      #expect(
        count == 3 || count == 3 + batch,
        "round \(round), kill after \(delay) ms, \(seed): \(count) pain entries")
      let additions = try SQLiteShell.output(trial, "SELECT count(*) FROM change WHERE action = 'add'")
      #expect(additions == (count == 3 ? "3" : "4"), "round \(round), \(seed)")
      let key =
        "\(ended.signaled ? "killed" : "finished"), \(count == 3 ? "none" : count == 3 + batch ? "all" : "some")"
      outcomes[key, default: 0] += 1
    }
    print(
      "CrashSafetyTests: a batch of \(batch) takes \(duration); 20 kills took \(clock.now - killClock);"
        + " \(outcomes.sorted { $0.key < $1.key }); \(seed)")
  }
}
