import Foundation
import RecoveryModel
import RecoveryTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Many `recovery` processes at once: writers racing each other, and backups taken while they write.
///
/// Serialized: each test keeps both cores busy by itself.
@Suite(.serialized)
struct ConcurrencyTests {
  private typealias Tool = RecoveryTool

  @Test(.tags(.slow), .skippedWhenAskedToSkipSlowTests)
  func eightProcessesLogging250EntriesEachLeaveExactly2000() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let recovery = try Tool.executable()
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
    print("ConcurrencyTests: 8 processes x 250 entries took \(elapsed)")
    for (index, outcome) in outcomes.enumerated() {
      #expect(outcome.succeeded, "worker \(index + 1): \(outcome.summary)")
      let errors = String(
        decoding: FileState.bytes(tool.path("worker-\(index + 1).err")) ?? Data(), as: UTF8.self)
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

  @Test(.tags(.slow), .skippedWhenAskedToSkipSlowTests)
  func backupsTakenWhileOthersWriteAreEachAConsistentSnapshot() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let recovery = try Tool.executable()
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
      let errors = String(
        decoding: FileState.bytes(tool.path("worker-\(number).err")) ?? Data(), as: UTF8.self)
      #expect(errors.isEmpty, "worker \(number): \(errors.prefix(1000))")
    }
    #expect(counts == counts.sorted(), "\(counts)")
    #expect(try tool.entries().count == 301)
  }
}
