import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `recovery serve` running on a free loopback port, for tests that use it as a browser or a client
/// would: the address it printed, and its log once stopped.
///
/// `recovery serve` runs the `recovery-serve` executable beside it, which must be built and fresh too.
package final class ServedApp {
  private let process: Process
  private let errorPath: String
  /// The address the server printed, token included.
  package let address: String

  /// Starts `recovery serve --port 0` on `database` (or `recovery` with `arguments`) and waits for the
  /// address it prints.
  /// - Parameter searchPath: the `PATH` it runs with.
  package init(
    recovery: String, arguments: [String]? = nil, database: String, folder: String,
    searchPath: String = "/usr/bin:/bin"
  ) throws {
    _ = try BuiltProduct.path("recovery-serve")
    process = Process()
    process.executableURL = URL(fileURLWithPath: recovery)
    process.arguments = arguments ?? ["serve", "--port", "0", "--db", database]
    process.environment = ["HOME": folder, "PATH": searchPath, "TMPDIR": folder]
    let output = Pipe()
    errorPath = folder + "/serve-\(UUID().uuidString).log"
    guard FileManager.default.createFile(atPath: errorPath, contents: nil) else {
      throw TestFailure("cannot create \(errorPath)")
    }
    let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    defer { try? error.close() }
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    var line = Data()
    let reader = output.fileHandleForReading
    while !line.contains(UInt8(ascii: "\n")) {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      line += chunk
    }
    let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard text.hasPrefix("Open http://127.0.0.1:"), text.contains("/?token=") else {
      process.terminate()
      throw TestFailure("recovery serve printed \"\(text)\", not its address")
    }
    address = String(text.dropFirst("Open ".count))
  }

  /// The port the server listens on.
  package var port: Int {
    Int(address.split(separator: ":")[2].prefix { $0.isNumber }) ?? 0
  }

  /// The access token.
  package var token: String {
    String(address.split(separator: "=").last ?? "")
  }

  package var processIdentifier: Int32 { process.processIdentifier }

  /// Stops the server with `signal` and returns how it ended and what it logged.
  package func stop(signal: Int32 = SIGTERM) -> (status: Int32, signaled: Bool, log: String) {
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    let log = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(atPath: errorPath)
    return (process.terminationStatus, process.terminationReason == .uncaughtSignal, log)
  }
}
