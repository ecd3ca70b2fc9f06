import Foundation

/// An `sqlite3` shell that holds a database's write lock until stopped, for tests of a busy database.
package final class LockHolder {
  private let process = Process()
  private let input = Pipe()
  package let path: String
  private var stopped = false

  /// Starts the shell on `path` and takes the write lock (`BEGIN IMMEDIATE`).
  package init(_ path: String) throws {
    self.path = path
    process.executableURL = URL(fileURLWithPath: SQLiteShell.executable)
    process.arguments = [path]
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The shell waits for the lock rather than failing at once when a probe of waitUntilLocked()
    // happens to hold it for an instant as the shell starts.
    input.fileHandleForWriting.write(Data(".timeout 60000\nBEGIN IMMEDIATE;\n".utf8))
  }

  /// Waits until another writer really finds the lock taken; false after a minute.
  package func waitUntilLocked() throws -> Bool {
    // A minute at most: under a full parallel test run the shell can take seconds to start.
    let deadline = ContinuousClock.now + .seconds(60)
    while ContinuousClock.now < deadline {
      if try !SQLiteShell.run(path, "BEGIN IMMEDIATE; ROLLBACK;").succeeded { return true }
      usleep(50_000)
    }
    return false
  }

  /// Releases the lock and ends the shell; once stopped, does nothing, so it may also stand in a `defer`.
  package func stop() {
    guard !stopped else { return }
    stopped = true
    input.fileHandleForWriting.write(Data("ROLLBACK;\n".utf8))
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
}
