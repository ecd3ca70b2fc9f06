import Foundation

/// A started process whose standard output and error go to files, so that a large output never fills a
/// pipe nobody reads while the process runs.
package struct ChildProcess {
  private let process: Process
  private let arguments: [String]
  private let outputPath: String
  private let errorPath: String

  /// Starts `executable` with `arguments` and without standard input.
  ///
  /// - Parameters:
  ///   - environment: the whole environment of the process; nil: this process's.
  ///   - directory: its working directory; nil: this process's.
  ///   - outputFolder: where its output files are kept until ``finish()`` reads and removes them.
  package static func start(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    directory: String? = nil, outputFolder: String = NSTemporaryDirectory()
  ) throws -> ChildProcess {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let name = UUID().uuidString
    let outputPath = outputFolder + "/.out-\(name)"
    let errorPath = outputFolder + "/.err-\(name)"
    guard FileManager.default.createFile(atPath: outputPath, contents: nil),
      FileManager.default.createFile(atPath: errorPath, contents: nil)
    else { throw TestFailure("cannot create output files in \(outputFolder)") }
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
    let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    defer {
      try? output.close()
      try? error.close()
    }
    do {
      try process.run()
    } catch {
      try? FileManager.default.removeItem(atPath: outputPath)
      try? FileManager.default.removeItem(atPath: errorPath)
      throw error
    }
    return ChildProcess(process: process, arguments: arguments, outputPath: outputPath, errorPath: errorPath)
  }

  /// Runs `executable` to its end; see ``start(_:_:environment:directory:outputFolder:)``.
  package static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    directory: String? = nil, outputFolder: String = NSTemporaryDirectory()
  ) throws -> ProcessOutcome {
    try start(
      executable, arguments, environment: environment, directory: directory, outputFolder: outputFolder
    ).finish()
  }

  /// The process's identifier, for sending it a signal.
  package var processIdentifier: Int32 { process.processIdentifier }

  /// Waits for the process to end and collects its output.
  package func finish() -> ProcessOutcome {
    process.waitUntilExit()
    let output = FileManager.default.contents(atPath: outputPath) ?? Data()
    let error = FileManager.default.contents(atPath: errorPath) ?? Data()
    try? FileManager.default.removeItem(atPath: outputPath)
    try? FileManager.default.removeItem(atPath: errorPath)
    return ProcessOutcome(
      arguments: arguments, status: process.terminationStatus,
      signaled: process.terminationReason == .uncaughtSignal, standardOutput: output, standardError: error)
  }
}
