import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// A store checkpointing in the background copies its write-ahead log into the database file on its
/// own, between commits, and loses nothing.
struct BackgroundCheckpointTests {
  /// Adds `count` pain entries, one commit each, and returns the database file's size before them.
  static func write(_ count: Int, to store: RecoveryStore) throws -> Int {
    let patient = try store.patientCreatingIfNeeded(named: "Ana")
    let before = try Self.size(of: store.path)
    for number in 0..<count {
      let pain = PainEntry(
        day: Sample.today.adding(days: -(number % 300)), score: number % 11, side: .left,
        note: String(repeating: "n", count: 200))
      try store.add(.pain(pain), for: patient, today: Sample.today)
    }
    return before
  }

  static func size(of path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
  }

  @Test func copiesTheLogIntoTheFileWithoutACommitAskingForIt() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      var store: RecoveryStore? = try RecoveryStore(path: path)
      store?.checkpointInBackground(afterPages: 8)
      let before = try Self.write(60, to: try #require(store))
      // The writes stay in the log until a checkpoint copies them: SQLite's own would wait for
      // 1,000 pages, which 60 small entries do not fill.
      var grown = false
      for _ in 0..<200 where !grown {
        grown = try Self.size(of: path) > before
        if !grown { usleep(25_000) }
      }
      #expect(grown)
      store = nil
      let reopened = try RecoveryStore(path: path)
      let patient = try #require(try reopened.patients().first)
      #expect(try reopened.entries(for: patient).count == 60)
      #expect(try reopened.check().isEmpty)
    }
  }

  @Test func leavesTheLogAloneWithoutIt() throws {
    try TemporaryDirectory.with { directory in
      let store = try RecoveryStore(path: directory.file("diary.sqlite"))
      let before = try Self.write(60, to: store)
      #expect(try Self.size(of: store.path) == before)
    }
  }
}
