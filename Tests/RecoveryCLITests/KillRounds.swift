import Foundation
import RecoveryDemo
import RecoveryTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Kills a process that writes pain entries at random moments, and checks after each kill that the
/// database passes `recovery check` and holds none or all of what was being written.
///
/// The write is first run once to the end, to learn how long it takes here; the kills then fall
/// anywhere from its start to a little after its end.
struct KillRounds {
  /// The runner whose folder holds the databases.
  let tool: RecoveryTool
  /// A database with ``before`` pain entries, each added by one change, copied afresh for each round.
  let base: String
  /// The pain entries in ``base``.
  let before: Int
  /// The pain entries the write adds, in one change.
  let added: Int
  /// The program that writes.
  let program: String
  /// The program's arguments for a database path.
  let arguments: (String) -> [String]

  /// Runs `rounds` kills and returns the outcomes counted ("killed, none", "finished, all") and how
  /// long the whole write took.
  func run(
    rounds: Int = 20, random: inout SplitMix64, seed: TestSeed
  ) throws -> (
    outcomes: [String: Int], whole: Duration
  ) {
    let trial = tool.path("trial.sqlite")
    func freshTrial() throws {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: trial + suffix) }
      try FileManager.default.copyItem(atPath: base, toPath: trial)
    }

    try freshTrial()
    let clock = ContinuousClock()
    let started = clock.now
    let whole = try tool.run(program: program, arguments(trial))
    let duration = clock.now - started
    try #require(whole.succeeded, "\(whole.summary)")
    try #require(try tool.rowCount("pain", database: trial) == before + added)
    let window = Int(
      duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)

    var outcomes: [String: Int] = [:]
    for round in 1...rounds {
      try freshTrial()
      let delay = random.int(in: 0...max(window * 11 / 10, 1))
      let running = try tool.start(program, arguments(trial))
      usleep(useconds_t(delay * 1000))
      kill(running.processIdentifier, SIGKILL)
      let ended = running.finish()

      let check = try tool.recovery("check", database: trial)
      #expect(check.succeeded, "round \(round), kill after \(delay) ms, \(seed): \(check.summary)")
      let count = try tool.rowCount("pain", database: trial)
      #expect(
        count == before || count == before + added,
        "round \(round), kill after \(delay) ms, \(seed): \(count) pain entries")
      let additions = try SQLiteShell.output(trial, "SELECT count(*) FROM change WHERE action = 'add'")
      #expect(additions == "\(count == before ? before : before + 1)", "round \(round), \(seed)")
      let written = count == before ? "none" : count == before + added ? "all" : "some"
      outcomes["\(ended.signaled ? "killed" : "finished"), \(written)", default: 0] += 1
    }
    return (outcomes, duration)
  }
}
