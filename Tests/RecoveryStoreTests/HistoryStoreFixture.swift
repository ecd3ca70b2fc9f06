import Foundation
import RecoveryModel
import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A temporary folder for one test's database files, with the few tools the history and robustness
/// tests share: entry builders on fixed dates, the `sqlite3` shell for planting damage, file bytes and
/// permission bits.
///
/// Call ``remove()`` in a `defer` right after creating it.
struct HistoryStoreFixture {
  /// The "today" every test passes to the store, so no test depends on the date it runs.
  static let today = CalendarDay("2024-12-31")!

  /// The folder, ending without a slash.
  let folder: String

  init() throws {
    var template = Array((NSTemporaryDirectory() + "recovery-store-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw Failure("mkdtemp failed: \(String(cString: strerror(errno)))")
    }
    folder = String(cString: made)
  }

  /// A path inside the folder.
  func path(_ name: String) -> String {
    folder + "/" + name
  }

  /// The database every test starts from.
  var database: String { path("diary.sqlite") }

  /// Deletes the folder and everything in it.
  func remove() {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// The names of the files in the folder, sorted.
  func fileNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  /// A day in late 2024.
  static func day(_ text: String) -> CalendarDay {
    CalendarDay(text)!
  }

  static func pain(_ score: Int, on date: String = "2024-11-20", note: String? = nil) -> DiaryEntry {
    .pain(PainEntry(day: day(date), score: score, location: .groin, side: .right, note: note))
  }

  static func aid(_ aid: WalkingAid, from: String, to: String?) -> DiaryEntry {
    .aid(AidPeriod(aid: aid, from: day(from), to: to.map(day)))
  }

  /// Runs `sql` through the `sqlite3` shell against `database` and returns its trimmed output.
  @discardableResult
  static func sqlite(_ database: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = ["-batch", database, sql]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let text = output.fileHandleForReading.readDataToEndOfFile()
    let problem = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure("sqlite3 failed on \(sql): \(String(decoding: problem, as: UTF8.self))")
    }
    return String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The number of rows in the store's change log.
  static func changeCount(_ database: String) throws -> Int {
    Int(try sqlite(database, "SELECT count(*) FROM change")) ?? -1
  }

  /// The file's bytes, or nil when it does not exist.
  static func bytes(_ path: String) -> Data? {
    FileManager.default.contents(atPath: path)
  }

  /// The permission bits of a file or folder.
  static func mode(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  /// A fixture's own failure, with what went wrong.
  struct Failure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
      self.description = description
    }
  }
}
