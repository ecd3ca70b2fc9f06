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
    let clock = ContinuousClock()
    let killClock = clock.now
    let rounds = KillRounds(
      tool: tool, base: base, before: 3, added: batch, program: helper,
      arguments: { ["pain-insert", "\(batch)", $0] })
    let (outcomes, duration) = try rounds.run(random: &random, seed: seed)
    print(
      "CrashSafetyTests: a batch of \(batch) takes \(duration); with 20 kills, \(clock.now - killClock) in all;"
        + " \(outcomes.sorted { $0.key < $1.key }); \(seed)")
  }
}
