import Foundation

/// The `sqlite3` command-line shell, run on a database file from outside the store, so that the
/// schema's own constraints are tested without the store's validation in front of them.
enum SQLiteShell {
  /// What one run of the shell did.
  struct Result {
    let status: Int32
    let output: String
    let error: String

    var succeeded: Bool { status == 0 && error.isEmpty }
  }

  static let executable = "/usr/bin/sqlite3"

  /// Runs one SQL text against the file.
  static func run(_ path: String, _ sql: String) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [path, sql]
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Small outputs only: read both to the end, then reap.
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      error: String(decoding: errorData, as: UTF8.self))
  }

  /// The first line the shell prints for `sql`, which must succeed.
  static func value(_ path: String, _ sql: String) throws -> String {
    let result = try run(path, sql)
    guard result.succeeded else { throw ShellFailure(sql: sql, message: result.error) }
    return result.output.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
  }

  /// A query the test expected to succeed failed.
  struct ShellFailure: Error, CustomStringConvertible {
    let sql: String
    let message: String
    var description: String { "sqlite3 failed on \(sql): \(message)" }
  }
}
