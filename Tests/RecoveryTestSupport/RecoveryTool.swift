import Foundation

/// The built `recovery` executable, run as a separate process in a folder of its own.
///
/// Every run gets `--db <folder>/diary.sqlite` unless told otherwise, and an environment without
/// `RECOVERY_DB` or `RECOVERY_PATIENT` whose `HOME` and `XDG_DATA_HOME` point into the folder, so that
/// no test can touch a real diary.
struct RecoveryTool {
  /// What one run printed and how it ended.
  struct Run {
    let arguments: [String]
    let status: Int32
    let output: String
    let error: String

    /// Standard output split into lines, without the final line break.
    var outputLines: [String] {
      output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Whether standard error holds exactly one line, ended by a line break.
    var errorIsOneLine: Bool {
      error.hasSuffix("\n") && error.dropLast().allSatisfy { !$0.isNewline } && error.count > 1
    }
  }

  let directory: TemporaryDirectory

  /// The database every run uses by default.
  var database: String { directory.file("diary.sqlite") }

  /// Runs `body` with a tool in a new, empty folder.
  static func with<T>(_ body: (RecoveryTool) throws -> T) throws -> T {
    try TemporaryDirectory.with { directory in try body(RecoveryTool(directory: directory)) }
  }

  /// Runs `recovery` with `arguments`, adding `--db` unless `database` is false.
  @discardableResult
  func run(_ arguments: [String], database: Bool = true, environment: [String: String] = [:]) throws -> Run {
    let fullArguments = arguments + (database ? ["--db", self.database] : [])
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try Self.executable())
    process.arguments = fullArguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
    var childEnvironment = ProcessInfo.processInfo.environment
    childEnvironment["RECOVERY_DB"] = nil
    childEnvironment["RECOVERY_PATIENT"] = nil
    childEnvironment["HOME"] = directory.file("home")
    childEnvironment["XDG_DATA_HOME"] = directory.file("xdg")
    childEnvironment.merge(environment) { _, new in new }
    process.environment = childEnvironment
    // Files rather than pipes: a 100 KB listing would fill a pipe nobody reads while the process runs.
    let name = UUID().uuidString
    let outputPath = directory.file(".stdout-\(name)")
    let errorPath = directory.file(".stderr-\(name)")
    guard FileManager.default.createFile(atPath: outputPath, contents: nil),
      FileManager.default.createFile(atPath: errorPath, contents: nil)
    else { throw CocoaError(.fileWriteUnknown) }
    defer {
      try? FileManager.default.removeItem(atPath: outputPath)
      try? FileManager.default.removeItem(atPath: errorPath)
    }
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
    let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try output.close()
    try error.close()
    return Run(
      arguments: fullArguments, status: process.terminationStatus,
      output: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outputPath)), as: UTF8.self),
      error: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errorPath)), as: UTF8.self))
  }

  /// Runs a command that must succeed, and returns its run.
  @discardableResult
  func succeed(
    _ arguments: [String], database: Bool = true, environment: [String: String] = [:]
  ) throws -> Run {
    let run = try run(arguments, database: database, environment: environment)
    guard run.status == 0 else {
      throw ToolFailure(run: run)
    }
    return run
  }

  /// `list --format json` (plus `extra`), parsed.
  func listJSON(_ extra: [String] = [], environment: [String: String] = [:]) throws -> [[String: Any]] {
    let run = try succeed(["list", "--format", "json"] + extra, environment: environment)
    let parsed = try JSONSerialization.jsonObject(with: Data(run.output.utf8))
    guard let objects = parsed as? [[String: Any]] else { throw ToolFailure(run: run) }
    return objects
  }

  /// The bytes of a database that `setup` fills through the tool, to copy into many tests' folders
  /// with ``install(_:)`` instead of running the same commands for each.
  static func snapshot(_ setup: (RecoveryTool) throws -> Void) throws -> Data {
    try with { tool in
      try setup(tool)
      // Every process has closed the database, so the WAL is checkpointed into the one file.
      return try Data(contentsOf: URL(fileURLWithPath: tool.database))
    }
  }

  /// Makes `bytes` (from ``snapshot(_:)``) this tool's database, owner-only like a new one.
  func install(_ bytes: Data) throws {
    try bytes.write(to: URL(fileURLWithPath: database))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: database)
  }

  /// A run that was expected to succeed did not.
  struct ToolFailure: Error, CustomStringConvertible {
    let run: Run
    var description: String {
      "recovery \(run.arguments.joined(separator: " ").prefix(300)) exited \(run.status): \(run.error.prefix(500))"
    }
  }

  /// The path of the `recovery` executable: beside the running test bundle (the build products
  /// folder), else in the package's `.build/debug`.
  static func executable() throws -> String {
    var candidates: [URL] = []
    if let executable = Bundle.main.executableURL {
      candidates.append(executable.deletingLastPathComponent())
    }
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    candidates.append(Bundle.main.bundleURL)
    if let first = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
        candidates.append(folder.appendingPathComponent(".build/debug"))
        break
      }
      folder.deleteLastPathComponent()
    }
    for candidate in candidates {
      let path = candidate.appendingPathComponent("recovery").path
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
        FileManager.default.isExecutableFile(atPath: path)
      {
        return path
      }
    }
    throw CocoaError(
      .fileNoSuchFile, userInfo: [NSFilePathErrorKey: "recovery (looked in \(candidates.map(\.path)))"])
  }
}
