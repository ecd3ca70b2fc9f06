import Foundation

/// The built `recovery` executable, run as a separate process against databases in a temporary folder
/// of its own.
///
/// Every run gets an environment without `RECOVERY_*` variables, whose `HOME` and `XDG_DATA_HOME` are
/// inside the folder, and the folder as its working directory, so that no test can touch a real diary.
/// Output goes to files rather than pipes: a 100 KB listing would fill a pipe nobody reads while the
/// process runs.
///
/// Either ``with(_:)``, which removes the folder when its body returns, or ``init()`` followed at once by
/// `defer { tool.remove() }`.
package struct RecoveryTool: Sendable {
  /// The folder the tool's files live in.
  package let directory: TemporaryDirectory

  package init(directory: TemporaryDirectory) {
    self.directory = directory
  }

  /// A tool in a new, empty folder.
  package init() throws {
    directory = try TemporaryDirectory()
  }

  /// Runs `body` with a tool in a new, empty folder, and removes the folder when it returns.
  package static func with<T>(_ body: (RecoveryTool) throws -> T) throws -> T {
    try TemporaryDirectory.with { directory in try body(RecoveryTool(directory: directory)) }
  }

  /// The folder, ending without a slash.
  package var folder: String { directory.path }

  /// A path inside the folder.
  package func path(_ name: String) -> String {
    directory.file(name)
  }

  /// The database every run uses unless told otherwise.
  package var database: String { directory.database }

  /// Deletes the folder and everything in it.
  package func remove() {
    directory.remove()
  }

  /// The path of the built `recovery`; see ``BuiltProduct``.
  package static func executable() throws -> String {
    try BuiltProduct.path("recovery")
  }

  // MARK: - Running

  /// Runs `recovery` with `arguments`, adding `--db` and the tool's database unless `database` is false.
  @discardableResult
  package func run(
    _ arguments: [String], database: Bool = true, environment: [String: String?] = [:]
  ) throws -> ProcessOutcome {
    try recovery(arguments: arguments + (database ? ["--db", self.database] : []), environment: environment)
  }

  /// Runs a command that must succeed, and returns its run.
  @discardableResult
  package func succeed(
    _ arguments: [String], database: Bool = true, environment: [String: String?] = [:]
  ) throws -> ProcessOutcome {
    let run = try run(arguments, database: database, environment: environment)
    guard run.succeeded else { throw ToolFailure(run: run) }
    return run
  }

  /// Runs `recovery` with `arguments` and `--db`, with umask 000, so that only the modes the tool asks for
  /// protect its files; the run must succeed. Returns what it printed.
  @discardableResult
  package func permissiveOutput(_ arguments: String...) throws -> String {
    let outcome = try recovery(arguments: arguments + ["--db", database], permissive: true)
    guard outcome.succeeded else { throw ToolFailure(run: outcome) }
    return outcome.output
  }

  /// Runs `recovery` with `arguments` followed by `--db` and `database` (the tool's by default).
  @discardableResult
  package func recovery(_ arguments: String..., database: String? = nil) throws -> ProcessOutcome {
    try recovery(arguments: arguments + ["--db", database ?? self.database])
  }

  /// Runs `recovery` with exactly `arguments` (no `--db` added).
  ///
  /// - Parameter permissive: run it with umask 000, so only the modes the tool asks for protect its files.
  @discardableResult
  package func recovery(
    arguments: [String], environment: [String: String?] = [:], permissive: Bool = false
  ) throws -> ProcessOutcome {
    let executable = try Self.executable()
    guard permissive else { return try run(program: executable, arguments, environment: environment) }
    let outcome = try run(
      program: "/bin/sh", ["-c", "umask 000; exec \"$0\" \"$@\"", executable] + arguments,
      environment: environment)
    return ProcessOutcome(
      arguments: arguments, status: outcome.status, signaled: outcome.signaled,
      standardOutput: outcome.standardOutput, standardError: outcome.standardError)
  }

  /// Runs `program` with `arguments` in the tool's folder and environment, waiting for it to end.
  @discardableResult
  package func run(
    program: String, _ arguments: [String], environment: [String: String?] = [:]
  ) throws -> ProcessOutcome {
    try start(program, arguments, environment: environment).finish()
  }

  /// Starts `program` with `arguments` in the tool's folder and environment, without waiting for it.
  package func start(
    _ program: String, _ arguments: [String], environment: [String: String?] = [:]
  ) throws -> ChildProcess {
    try ChildProcess.start(
      program, arguments, environment: self.environment(environment), directory: folder, outputFolder: folder)
  }

  /// The environment of every run: this process's without the variables that choose a database or a
  /// patient, with `HOME` and `XDG_DATA_HOME` inside the folder, and `overrides` on top (nil removes).
  package func environment(_ overrides: [String: String?] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("RECOVERY_") }
    environment["HOME"] = path("home")
    environment["XDG_DATA_HOME"] = path("xdg")
    for (name, value) in overrides { environment[name] = value }
    return environment
  }

  // MARK: - Reading what it stored

  /// `list --format json` (plus `extra`), parsed as JSON objects.
  package func listJSON(
    _ extra: [String] = [], environment: [String: String?] = [:]
  ) throws -> [[String: Any]] {
    let run = try succeed(["list", "--format", "json"] + extra, environment: environment)
    let parsed = try JSONSerialization.jsonObject(with: Data(run.output.utf8))
    guard let objects = parsed as? [[String: Any]] else { throw ToolFailure(run: run) }
    return objects
  }

  /// The entries `list --format json` prints for `database` (the tool's by default), decoded.
  package func entries(
    database: String? = nil, includeRemoved: Bool = false, patient: String? = nil
  ) throws -> [Entry] {
    var arguments = ["list", "--format", "json", "--db", database ?? self.database]
    if includeRemoved { arguments.append("--include-removed") }
    if let patient { arguments += ["--patient", patient] }
    let outcome = try recovery(arguments: arguments)
    guard outcome.succeeded else { throw ToolFailure(run: outcome) }
    return try JSONDecoder().decode([Entry].self, from: outcome.standardOutput)
  }

  /// The number of rows in `table` of `database` (the tool's by default), read with the sqlite3 shell.
  package func rowCount(_ table: String, database: String? = nil) throws -> Int {
    try SQLiteShell.rowCount(table, in: database ?? self.database)
  }

  // MARK: - Prepared databases

  /// The bytes of a database that `setup` fills through the tool, to copy into many tests' folders
  /// with ``install(_:)`` instead of running the same commands for each.
  package static func snapshot(_ setup: (RecoveryTool) throws -> Void) throws -> Data {
    try with { tool in
      try setup(tool)
      // Every process has closed the database, so the WAL is checkpointed into the one file.
      return try Data(contentsOf: URL(fileURLWithPath: tool.database))
    }
  }

  /// Makes `bytes` (from ``snapshot(_:)``) this tool's database, owner-only like a new one.
  package func install(_ bytes: Data) throws {
    try bytes.write(to: URL(fileURLWithPath: database))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: database)
  }

  /// A run that was expected to succeed did not.
  package struct ToolFailure: Error, CustomStringConvertible {
    package let run: ProcessOutcome

    package var description: String {
      "recovery \(run.arguments.joined(separator: " ").prefix(300)) exited \(run.status): \(run.error.prefix(500))"
    }
  }
}
