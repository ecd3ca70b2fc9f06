import ArgumentParser
import Dispatch
import RecoveryCommandLine
import RecoveryModel
import RecoveryStore
import RecoveryWeb

/// `recovery-serve`: the diary as a private web app, the server that `recovery serve` runs.
///
/// It is an executable of its own so that the web server's libraries are loaded by this command only,
/// not by every `recovery` command.
@main
struct RecoveryServe: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recovery-serve", abstract: ServeOptions.abstract, discussion: ServeOptions.discussion,
    version: ToolVersion.description)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var options: ServeOptions

  static func main() {
    ToolMain.run(Self.self) { arguments in
      try ToolMain.refuseRepeatedGlobalOption(CommandLineArguments(arguments: arguments))
      return arguments
    }
  }

  func run() throws {
    let store = try global.openStore()
    let app = RecoveryWebApp(store: store, services: .commandLine, host: options.host, port: options.port)
    let finished = DispatchSemaphore(value: 0)
    let failure = FailureBox()
    Task {
      do {
        try await app.application { port in
          FileHandleOutput.standardOutput("Open \(app.address(port: port))\n")
        }.runService()
      } catch {
        failure.set(error)
      }
      finished.signal()
    }
    finished.wait()
    if let error = failure.error {
      throw CommandFailure("The web app stopped: \(error).")
    }
  }
}

/// The error the server task ended with, handed to the waiting thread.
private final class FailureBox: @unchecked Sendable {
  private let lock = DispatchSemaphore(value: 1)
  private var stored: (any Error)?

  func set(_ error: any Error) {
    lock.wait()
    stored = error
    lock.signal()
  }

  var error: (any Error)? {
    lock.wait()
    defer { lock.signal() }
    return stored
  }
}
