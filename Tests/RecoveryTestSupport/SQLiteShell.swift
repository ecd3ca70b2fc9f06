import Foundation

/// The `sqlite3` command-line shell, run on a database file from outside the store: to read what the
/// tool wrote, to test the schema's own constraints without the store's validation in front of them,
/// and to plant damage.
package enum SQLiteShell {
  /// Where the shell is expected; `.ci/run` installs it where it is missing.
  package static let executable = "/usr/bin/sqlite3"

  /// What one run of the shell did.
  package struct Result: Sendable {
    package let status: Int32
    package let output: String
    package let error: String

    /// Whether it exited with status 0 and printed no error.
    package var succeeded: Bool { status == 0 && error.isEmpty }
  }

  /// Runs one SQL text against the file.
  package static func run(_ path: String, _ sql: String) throws -> Result {
    let outcome = try ChildProcess.run(executable, ["-batch", path, sql])
    return Result(status: outcome.status, output: outcome.output, error: outcome.error)
  }

  /// The output of `sql`, which must succeed, without surrounding white space.
  @discardableResult
  package static func output(_ path: String, _ sql: String) throws -> String {
    let result = try run(path, sql)
    guard result.status == 0 else { throw TestFailure("sqlite3 failed on \(sql): \(result.error)") }
    return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The first line the shell prints for `sql`, which must succeed without an error message.
  package static func value(_ path: String, _ sql: String) throws -> String {
    let result = try run(path, sql)
    guard result.succeeded else { throw TestFailure("sqlite3 failed on \(sql): \(result.error)") }
    return result.output.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
  }

  /// The number of rows in `table`.
  package static func rowCount(_ table: String, in path: String) throws -> Int {
    guard let count = Int(try output(path, "SELECT count(*) FROM \(table)")) else {
      throw TestFailure("no row count for \(table) in \(path)")
    }
    return count
  }
}
