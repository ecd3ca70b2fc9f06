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

/// Files and file systems that fight back: read-only, missing, locked, full, truncated, corrupted.
///
/// Tests run as root, which ignores permission bits, so "read-only" is made with `chattr +i` and with a
/// read-only mount; a test whose tool is not permitted here is cancelled with the reason.
struct FileFaultTests {
  private typealias Tool = RecoveryTool

  /// The commands that write, each of which must be refused cleanly by a database that cannot take it.
  private static let writes: [[String]] = [
    ["pain", "5", "--on", "2024-11-20"], ["edit", "1", "--score", "3"], ["remove", "1"], ["undo"],
  ]

  /// A database with a few entries (closed, so no -wal file is left).
  private func makeDiary(_ tool: Tool, at path: String, entries: Int = 3) throws {
    for index in 0..<entries {
      let outcome = try tool.recovery(
        "pain", "\(index % 11)", "--on", "2024-11-20", "--note",
        String(repeating: "note \(index) ", count: 40),
        database: path)
      try #require(outcome.succeeded, "\(outcome.summary)")
    }
  }

  /// Runs a shell command, returning whether it succeeded.
  @discardableResult
  private func shell(_ tool: Tool, _ command: String) throws -> Bool {
    try tool.run(program: "/bin/sh", ["-c", command]).succeeded
  }

  /// Expects every write to be refused in one line naming `path`, leaving its bytes as they were.
  private func expectWritesRefused(_ tool: Tool, database path: String, _ what: String) throws {
    let before = FileState.bytes(path)
    for arguments in Self.writes {
      let outcome = try tool.recovery(arguments: arguments + ["--db", path])
      #expect(outcome.failedWithOneLine, "\(what): \(outcome.summary)")
      #expect(outcome.error.contains(path), "\(what): the message should name the file: \(outcome.summary)")
    }
    #expect(FileState.bytes(path) == before, "\(what): the file changed")
  }

  // MARK: - Read-only

  @Test func anImmutableDatabaseFileRefusesWritesNamingTheFile() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try makeDiary(tool, at: tool.database)
    guard try shell(tool, "chattr +i '\(tool.database)'") else {
      try Test.cancel("chattr +i is not permitted here")
    }
    defer { _ = try? shell(tool, "chattr -i '\(tool.database)'") }

    try expectWritesRefused(tool, database: tool.database, "immutable file")

    #expect(try tool.entries().count == 3)
  }

  @Test func anImmutableFolderRefusesWritesNamingTheFile() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let folder = tool.path("locked-folder")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let database = folder + "/diary.sqlite"
    try makeDiary(tool, at: database)
    guard try shell(tool, "chattr +i '\(folder)'") else { try Test.cancel("chattr +i is not permitted here") }
    defer { _ = try? shell(tool, "chattr -i '\(folder)'") }

    try expectWritesRefused(tool, database: database, "immutable folder")
    let created = try tool.recovery("pain", "5", "--on", "2024-11-20", database: folder + "/new.sqlite")
    #expect(created.failedWithOneLine, "\(created.summary)")
    #expect(created.error.contains(folder + "/new.sqlite"), "\(created.summary)")
  }

  @Test func aReadOnlyFileSystemRefusesWritesNamingTheFile() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let mount = tool.path("mount")
    try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: false)
    guard try shell(tool, "mount -t tmpfs -o size=4m tmpfs '\(mount)'") else {
      try Test.cancel("mount is not permitted here")
    }
    defer { _ = try? shell(tool, "umount '\(mount)'") }
    let database = mount + "/diary.sqlite"
    try makeDiary(tool, at: database)
    try #require(try shell(tool, "mount -o remount,ro '\(mount)'"))

    try expectWritesRefused(tool, database: database, "read-only file system")
  }

  // MARK: - Paths that cannot be a database

  @Test(arguments: ["missing-folder/x.sqlite", "a-file/x.sqlite", "a-folder"])
  func aPathThatCannotHoldADatabaseIsRefusedNamingIt(_ name: String) throws {
    let tool = try Tool()
    defer { tool.remove() }
    try Data("not a folder\n".utf8).write(to: URL(fileURLWithPath: tool.path("a-file")))
    try FileManager.default.createDirectory(atPath: tool.path("a-folder"), withIntermediateDirectories: false)
    let before = try FileManager.default.contentsOfDirectory(atPath: tool.folder).sorted()
    let path = tool.path(name)

    let outcome = try tool.recovery("pain", "5", "--on", "2024-11-20", database: path)

    #expect(outcome.failedWithOneLine, "\(outcome.summary)")
    #expect(outcome.error.contains(path), "\(outcome.summary)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: tool.folder).sorted() == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: tool.path("a-folder")) == [])
  }

  // MARK: - Locked

  @Test(.tags(.slow), .skippedWhenAskedToSkipSlowTests)
  func aDatabaseLockedLongerThanTheBusyTimeoutIsRefusedAndNothingIsWritten() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try makeDiary(tool, at: tool.database)
    let holder = try LockHolder(tool.database)
    defer { holder.stop() }
    try #require(try holder.waitUntilLocked(), "sqlite3 did not take the write lock")

    let outcome = try tool.recovery("pain", "5", "--on", "2024-11-20", "--note", "written while locked")

    holder.stop()
    #expect(outcome.failedWithOneLine, "\(outcome.summary)")
    #expect(outcome.error.contains(tool.database), "\(outcome.summary)")
    #expect(outcome.error.contains("locked"), "\(outcome.summary)")
    let entries = try tool.entries()
    #expect(entries.count == 3)
    #expect(!entries.contains { $0.note == "written while locked" })
  }

  // MARK: - Full disk

  @Test func aFullDiskRefusesTheWriteInOneLineAndKeepsTheDatabaseHealthy() throws {
    let tool = try Tool()
    defer { tool.remove() }
    let mount = tool.path("small")
    try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: false)
    guard try shell(tool, "mount -t tmpfs -o size=300k tmpfs '\(mount)'") else {
      try Test.cancel("mount is not permitted here")
    }
    defer { _ = try? shell(tool, "umount '\(mount)'") }
    let database = mount + "/diary.sqlite"
    let note = String(repeating: "a long note that fills the disk ", count: 1500)

    var stored = 0
    var refusal: ProcessOutcome?
    while refusal == nil, stored < 50 {
      let outcome = try tool.recovery("pain", "5", "--on", "2024-11-20", "--note", note, database: database)
      if outcome.succeeded { stored += 1 } else { refusal = outcome }
    }

    let full = try #require(refusal, "the small file system never filled up")
    #expect(full.failedWithOneLine, "\(full.summary)")
    #expect(full.error.contains(database), "\(full.summary)")
    #expect(try tool.entries(database: database).count == stored)
    let again = try tool.recovery("pain", "6", "--on", "2024-11-20", "--note", note, database: database)
    #expect(again.failedWithOneLine, "\(again.summary)")
    #expect(try tool.entries(database: database).count == stored)
    let check = try tool.recovery("check", database: database)
    #expect(check.succeeded, "\(check.summary)")
  }

  // MARK: - Damaged files

  /// Ways to damage a copy of a real database.
  enum Damage: String, CaseIterable, Sendable {
    case truncatedToHalf, garbageInTheMiddle, garbageInTheHeader, garbageInAPageOfNotes
  }

  @Test(.tags(.slow), .skippedWhenAskedToSkipSlowTests, arguments: Damage.allCases)
  func aDamagedDatabaseIsRefusedAndNeverRewritten(_ damage: Damage) throws {
    let tool = try Tool()
    defer { tool.remove() }
    for index in 0..<30 {
      // Notes longer than a page, so that much of the file is overflow pages holding only text.
      let note = String(repeating: "marker \(index) ", count: 400)
      let outcome = try tool.recovery("pain", "\(index % 11)", "--on", "2024-11-20", "--note", note)
      try #require(outcome.succeeded, "\(outcome.summary)")
    }
    var bytes = try #require(FileState.bytes(tool.database))
    var random = SplitMix64(seed: 20_241_120)
    switch damage {
    case .truncatedToHalf:
      bytes.removeLast(bytes.count / 2)
    case .garbageInTheMiddle:
      let middle = bytes.count / 2
      for offset in middle..<(middle + 8192) { bytes[offset] = UInt8(truncatingIfNeeded: random.next()) }
    case .garbageInTheHeader:
      for offset in 20..<100 { bytes[offset] = UInt8(truncatingIfNeeded: random.next()) }
    case .garbageInAPageOfNotes:
      let marker = Data("marker 15 marker 15".utf8)
      let found = try #require(bytes.range(of: marker))
      let page = (found.lowerBound / 4096) * 4096
      for offset in page..<(page + 4096) { bytes[offset] = UInt8(truncatingIfNeeded: random.next()) }
    }
    let damaged = tool.path("damaged.sqlite")
    try bytes.write(to: URL(fileURLWithPath: damaged))

    for arguments in Self.writes {
      let before = FileState.bytes(damaged)
      let outcome = try tool.recovery(arguments: arguments + ["--db", damaged])
      #expect(outcome.failedWithOneLine, "\(damage): \(outcome.summary)")
      #expect(outcome.error.contains(damaged), "\(damage): \(outcome.summary)")
      #expect(FileState.bytes(damaged) == before, "\(damage): \(arguments) changed the file")
    }
    // Reading may fail or, where the damage is elsewhere, succeed; it must neither crash nor write.
    for arguments in [["list"], ["history", "1"], ["check"], ["backup", tool.path("copy.sqlite")]] {
      let before = FileState.bytes(damaged)
      let outcome = try tool.recovery(arguments: arguments + ["--db", damaged])
      #expect(!outcome.signaled, "\(damage): \(outcome.summary)")
      if outcome.status != 0, arguments != ["check"] {
        #expect(outcome.failedWithOneLine, "\(damage): \(outcome.summary)")
        #expect(outcome.error.contains(damaged), "\(damage): \(outcome.summary)")
      }
      #expect(FileState.bytes(damaged) == before, "\(damage): \(arguments) changed the file")
    }
    #expect(FileState.bytes(damaged) == bytes, "\(damage): the damaged file was rewritten")
    let check = try tool.recovery("check", database: damaged)
    #expect(check.status != 0, "\(damage): check passed a damaged file: \(check.summary)")
  }
}
