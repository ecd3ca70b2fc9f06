import Foundation
import RecoveryDemo
import RecoveryModel
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Many `recovery` processes at once, and processes killed in the middle of a write.
///
/// Serialized: each test keeps both cores busy by itself, and the kill test times a whole batch first.
@Suite(.serialized)
struct RobustnessConcurrencyTests {
  private typealias Tool = RobustnessTool

  @Test func eightProcessesLogging250EntriesEachLeaveExactly2000() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let recovery = try Tool.executable("recovery")
    // One `recovery pain` per entry, 250 in a row per worker; every failure leaves a line in the
    // worker's error file. The database does not exist yet: the eight also race to create it.
    let worker = """
      for i in $(seq 250); do
        "$0" pain $((i % 11)) --on 2024-11-20 --note "worker $1 entry $i" --db "$2" >/dev/null 2>>"$3" \
          || echo "exit $? at entry $i" >>"$3"
      done
      """
    let clock = ContinuousClock()
    let start = clock.now

    let workers = try (1...8).map { number in
      try tool.start(
        "/bin/bash", ["-c", worker, recovery, "\(number)", tool.database, tool.path("worker-\(number).err")])
    }
    let outcomes = workers.map { $0.finish() }

    let elapsed = clock.now - start
    print("RobustnessConcurrencyTests: 8 processes x 250 entries took \(elapsed)")
    for (index, outcome) in outcomes.enumerated() {
      #expect(outcome.succeeded, "worker \(index + 1): \(outcome.summary)")
      let errors = String(decoding: Tool.bytes(tool.path("worker-\(index + 1).err")) ?? Data(), as: UTF8.self)
      #expect(errors.isEmpty, "worker \(index + 1): \(errors.prefix(1000))")
      #expect(!errors.contains("locked"))
    }
    let entries = try tool.entries()
    #expect(entries.count == 2000)
    #expect(Set(entries.map(\.id)) == Set(1...2000))
    let expectedNotes = Set((1...8).flatMap { w in (1...250).map { "worker \(w) entry \($0)" } })
    #expect(Set(entries.compactMap(\.note)) == expectedNotes)
    let check = try tool.recovery("check")
    #expect(check.succeeded, "\(check.summary)")
  }

  @Test func backupsTakenWhileOthersWriteAreEachAConsistentSnapshot() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let recovery = try Tool.executable("recovery")
    let seeded = try tool.recovery("pain", "1", "--on", "2024-11-20")
    try #require(seeded.succeeded, "\(seeded.summary)")
    let worker = """
      for i in $(seq 150); do
        "$0" pain $((i % 11)) --on 2024-11-20 --note "worker $1 entry $i" --db "$2" >/dev/null 2>>"$3" \
          || echo "exit $? at entry $i" >>"$3"
      done
      """
    let workers = try (1...2).map { number in
      try tool.start(
        "/bin/bash", ["-c", worker, recovery, "\(number)", tool.database, tool.path("worker-\(number).err")])
    }

    var counts: [Int] = []
    for index in 1...6 {
      let backup = tool.path("backup-\(index).sqlite")
      let outcome = try tool.recovery("backup", backup)
      #expect(outcome.succeeded, "\(outcome.summary)")
      let check = try tool.recovery("check", database: backup)
      #expect(check.succeeded, "backup \(index): \(check.summary)")
      let ids = try tool.entries(database: backup).map(\.id).sorted()
      // A snapshot holds a prefix of the numbers: every entry committed before it, none after.
      #expect(ids == Array(1...max(ids.count, 1)), "backup \(index) has numbers \(ids.prefix(20))...")
      counts.append(ids.count)
      usleep(200_000)
    }
    for outcome in workers.map({ $0.finish() }) { #expect(outcome.succeeded, "\(outcome.summary)") }

    for number in 1...2 {
      let errors = String(decoding: Tool.bytes(tool.path("worker-\(number).err")) ?? Data(), as: UTF8.self)
      #expect(errors.isEmpty, "worker \(number): \(errors.prefix(1000))")
    }
    #expect(counts == counts.sorted(), "\(counts)")
    #expect(try tool.entries().count == 301)
  }

  /// The seed of the kill test: `RECOVERY_TEST_SEED` when set (to replay a failure), else a new one.
  private static func seed() -> UInt64 {
    if let text = ProcessInfo.processInfo.environment["RECOVERY_TEST_SEED"], let seed = UInt64(text) {
      return seed
    }
    return UInt64.random(in: 0...UInt64.max)
  }

  @Test func killingABatchWriteLeavesAHealthyDatabaseWithNoneOrAllOfTheBatch() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let bench = try Tool.executable("recovery-bench")
    let seed = Self.seed()
    var random = SplitMix64(seed: seed)
    let replay = "seed \(seed) (replay with RECOVERY_TEST_SEED=\(seed))"
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
    let whole = try tool.run(bench, ["pain-insert", "\(batch)", trial])
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
      let running = try tool.start(bench, ["pain-insert", "\(batch)", trial])
      usleep(useconds_t(delay * 1000))
      kill(running.processIdentifier, SIGKILL)
      let ended = running.finish()

      let check = try tool.recovery("check", database: trial)
      #expect(check.succeeded, "round \(round), kill after \(delay) ms, \(replay): \(check.summary)")
      let count = try tool.rowCount("pain", database: trial)
      #expect(
        count == 3 || count == 3 + batch,
        "round \(round), kill after \(delay) ms, \(replay): \(count) pain entries")
      let additions = try tool.sqlite(trial, "SELECT count(*) FROM change WHERE action = 'add'")
      #expect(additions == (count == 3 ? "3" : "4"), "round \(round), \(replay)")
      let key =
        "\(ended.signaled ? "killed" : "finished"), \(count == 3 ? "none" : count == 3 + batch ? "all" : "some")"
      outcomes[key, default: 0] += 1
    }
    print(
      "RobustnessConcurrencyTests: a batch of \(batch) takes \(duration); 20 kills took \(clock.now - killClock);"
        + " \(outcomes.sorted { $0.key < $1.key }); \(replay)")
  }
}
