import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the built `recovery` executable (and `recovery-bench`, `sqlite3`) against a database in a
/// temporary folder of its own, capturing what they print and how they ended.
///
/// The executables are looked up beside the running test bundle, which `swift test` builds into the
/// same products folder whatever `--scratch-path` says; failing that, in `.build/debug` of the package.
/// Every run gets `HOME` inside the folder and no `RECOVERY_*` or `XDG_DATA_HOME` variables, so a test
/// that forgets `--db` can never touch a real diary.
///
/// Call ``remove()`` in a `defer` right after creating it.
struct RobustnessTool {
  /// How a process ended and what it printed.
  struct Outcome: Sendable {
    let arguments: [String]
    let status: Int32
    /// Whether the process was ended by a signal (a crash), `status` then being the signal.
    let signaled: Bool
    let standardOutput: Data
    let standardError: Data

    var output: String { String(decoding: standardOutput, as: UTF8.self) }
    var error: String { String(decoding: standardError, as: UTF8.self) }
    var succeeded: Bool { !signaled && status == 0 }

    /// Whether it failed the way the tool promises: a normal non-zero exit with exactly one line on
    /// standard error, starting `recovery: `, and nothing on standard output.
    var failedWithOneLine: Bool {
      !signaled && status != 0 && standardOutput.isEmpty && error.hasPrefix("recovery: ")
        && error.hasSuffix("\n") && error.dropLast().allSatisfy { !$0.isNewline }
    }

    /// A description for failure messages.
    var summary: String {
      let shown = arguments.map { $0.count > 80 ? String($0.prefix(77)) + "..." : $0 }
      return "recovery \(shown) -> \(signaled ? "signal" : "status") \(status); stdout: \(output.prefix(400))"
        + "; stderr: \(error.prefix(400))"
    }
  }

  /// One entry as `list --format json` prints it.
  struct Entry: Decodable, Sendable, Equatable {
    let id: Int
    let uid: String
    let type: String
    let patient: String
    let date: String?
    let from: String?
    let to: String?
    let time: String?
    let kind: String?
    let name: String?
    let agent: String?
    let dose: String?
    let provider: String?
    let finding: String?
    let weightBearing: String?
    let score: Int?
    let count: Int?
    let severity: Int?
    let point: String?
    let location: String?
    let side: String?
    let activity: String?
    let aid: String?
    let note: String?
    let removed: Bool?
  }

  /// The temporary folder, ending without a slash.
  let folder: String

  init() throws {
    var template = Array((NSTemporaryDirectory() + "recovery-cli-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw Failure("mkdtemp failed: \(String(cString: strerror(errno)))")
    }
    folder = String(cString: made)
  }

  /// A path inside the folder.
  func path(_ name: String) -> String {
    folder + "/" + name
  }

  /// The database most tests use.
  var database: String { path("diary.sqlite") }

  /// Deletes the folder and everything in it.
  func remove() {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Runs `recovery` with `arguments` followed by `--db` and the test's database.
  @discardableResult
  func recovery(_ arguments: String..., database: String? = nil) throws -> Outcome {
    try run(Self.executable("recovery"), arguments + ["--db", database ?? self.database])
  }

  /// Runs `recovery` with exactly `arguments` (no `--db` added).
  ///
  /// - Parameter permissive: run it with umask 000, so only the modes the tool asks for protect its files.
  @discardableResult
  func recovery(
    arguments: [String], environment: [String: String] = [:], permissive: Bool = false
  ) throws
    -> Outcome
  {
    let executable = try Self.executable("recovery")
    guard permissive else { return try run(executable, arguments, environment: environment) }
    let outcome = try run(
      "/bin/sh", ["-c", "umask 000; exec \"$0\" \"$@\"", executable] + arguments, environment: environment)
    return Outcome(
      arguments: arguments, status: outcome.status, signaled: outcome.signaled,
      standardOutput: outcome.standardOutput, standardError: outcome.standardError)
  }

  /// Runs `executable` with `arguments`, waiting for it to end.
  func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Outcome
  {
    let process = try start(executable, arguments, environment: environment)
    return process.finish()
  }

  /// Starts `executable` without waiting for it; its output goes to files in the folder.
  func start(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:]
  ) throws
    -> Running
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = Self.environment(home: path("home"), overrides: environment)
    let name = UUID().uuidString
    let outputPath = path(".out-\(name)")
    let errorPath = path(".err-\(name)")
    guard FileManager.default.createFile(atPath: outputPath, contents: nil),
      FileManager.default.createFile(atPath: errorPath, contents: nil)
    else { throw Failure("cannot create output files in \(folder)") }
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
    let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    try output.close()
    try error.close()
    return Running(process: process, arguments: arguments, outputPath: outputPath, errorPath: errorPath)
  }

  /// A started process.
  struct Running {
    let process: Process
    let arguments: [String]
    let outputPath: String
    let errorPath: String

    var processIdentifier: Int32 { process.processIdentifier }

    /// Waits for the process to end and collects its output.
    func finish() -> Outcome {
      process.waitUntilExit()
      let output = FileManager.default.contents(atPath: outputPath) ?? Data()
      let error = FileManager.default.contents(atPath: errorPath) ?? Data()
      try? FileManager.default.removeItem(atPath: outputPath)
      try? FileManager.default.removeItem(atPath: errorPath)
      return Outcome(
        arguments: arguments, status: process.terminationStatus,
        signaled: process.terminationReason == .uncaughtSignal, standardOutput: output, standardError: error)
    }
  }

  /// The entries `list --format json` prints for `database` (the test's by default).
  func entries(
    database: String? = nil, includeRemoved: Bool = false, patient: String? = nil
  ) throws -> [Entry] {
    var arguments = ["list", "--format", "json", "--db", database ?? self.database]
    if includeRemoved { arguments.append("--include-removed") }
    if let patient { arguments += ["--patient", patient] }
    let outcome = try recovery(arguments: arguments)
    guard outcome.succeeded else { throw Failure("list failed: \(outcome.summary)") }
    return try JSONDecoder().decode([Entry].self, from: outcome.standardOutput)
  }

  /// Runs `sql` through the `sqlite3` shell and returns its output without the final newline.
  @discardableResult
  func sqlite(_ database: String, _ sql: String) throws -> String {
    let outcome = try run("/usr/bin/sqlite3", ["-batch", database, sql])
    guard outcome.succeeded else { throw Failure("sqlite3 failed on \(sql): \(outcome.error)") }
    return outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The number of rows in `table` of `database`, read with the sqlite3 shell.
  func rowCount(_ table: String, database: String? = nil) throws -> Int {
    guard let count = Int(try sqlite(database ?? self.database, "SELECT count(*) FROM \(table)")) else {
      throw Failure("no count for \(table)")
    }
    return count
  }

  /// The permission bits of a file or folder, or nil when it does not exist.
  static func mode(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  /// The file's bytes, or nil when it does not exist.
  static func bytes(_ path: String) -> Data? {
    FileManager.default.contents(atPath: path)
  }

  /// Today in this machine's time zone, as the tool computes it.
  static func today() -> String {
    var now = time(nil)
    var local = tm()
    localtime_r(&now, &local)
    var buffer = [CChar](repeating: 0, count: 16)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%d", &local)
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The path of a product of this package: beside the test bundle, else in `.build/debug`.
  static func executable(_ name: String) throws -> String {
    var candidates: [String] = []
    if let bundle = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append((bundle as NSString).deletingLastPathComponent + "/" + name)
    }
    if let main = Bundle.main.executablePath {
      candidates.append((main as NSString).deletingLastPathComponent + "/" + name)
    }
    var folder = (#filePath as NSString).deletingLastPathComponent
    while folder != "/" {
      if FileManager.default.fileExists(atPath: folder + "/Package.swift") {
        candidates.append(folder + "/.build/debug/" + name)
        break
      }
      folder = (folder as NSString).deletingLastPathComponent
    }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      throw Failure("cannot find the built \(name); looked in \(candidates). Run swift build first.")
    }
    return found
  }

  /// This process's environment without the variables that choose a database or a patient.
  static func environment(home: String, overrides: [String: String]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment.filter {
      !$0.key.hasPrefix("RECOVERY_") && $0.key != "XDG_DATA_HOME"
    }
    environment["HOME"] = home
    environment.merge(overrides) { _, new in new }
    return environment
  }

  /// A helper's own failure, with what went wrong.
  struct Failure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
      self.description = description
    }
  }
}
