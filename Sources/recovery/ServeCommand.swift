import ArgumentParser
import Dispatch
import RecoveryModel
import RecoveryStore
import RecoveryWeb

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `recovery serve`: the diary as a private web app.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Open the diary in a web browser: a private web app on this computer.",
    discussion: """
      Prints the address to open, with a fresh access token: Open http://127.0.0.1:PORT/?token=... \
      Only this computer can reach it unless --host names another address (then anyone on that \
      network who has the address, token included, can use the diary: there is no TLS, so use it \
      only on a home network, or behind a reverse proxy with TLS). Ctrl-C stops it, after the \
      requests in progress are finished.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
  var port: Int = 8080
  @Option(
    help: ArgumentHelp(
      "The address to listen on (default 127.0.0.1: this computer only).", valueName: "address"))
  var host: String = "127.0.0.1"

  func validate() throws {
    guard (0...65535).contains(port) else {
      throw ValidationError("Invalid --port \(port): use a number from 0 to 65535 (0 picks a free one).")
    }
    guard !host.isEmpty, host.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) else {
      throw ValidationError(
        "Invalid --host \"\(host.oneLine)\": use an IP address such as 127.0.0.1 (this computer) or this"
          + " computer's address on the home network.")
    }
  }

  func run() throws {
    let store = try global.openStore()
    let app = RecoveryWebApp(store: store, services: .commandLine, host: host, port: port)
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
