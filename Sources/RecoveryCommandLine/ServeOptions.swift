import ArgumentParser
import RecoveryModel

/// The options of the private web app's server: `recovery serve` reads them, and the `recovery-serve`
/// executable it runs reads them again.
package struct ServeOptions: ParsableArguments {
  /// The command's one-line description.
  package static let abstract = "Open the diary in a web browser: a private web app on this computer."

  /// The command's description for `--help`.
  package static let discussion = """
    Prints the address to open, with a fresh access token: Open http://127.0.0.1:PORT/?token=... \
    Only this computer can reach it unless --host names another address (then anyone on that \
    network who has the address, token included, can use the diary: there is no TLS, so use it \
    only on a home network, or behind a reverse proxy with TLS). Ctrl-C stops it, after the \
    requests in progress are finished.
    """

  @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
  package var port: Int = 8080
  @Option(
    help: ArgumentHelp(
      "The address to listen on (default 127.0.0.1: this computer only).", valueName: "address"))
  package var host: String = "127.0.0.1"

  package init() {}

  package func validate() throws {
    guard (0...65535).contains(port) else {
      throw ValidationError("Invalid --port \(port): use a number from 0 to 65535 (0 picks a free one).")
    }
    guard !host.isEmpty, host.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) else {
      throw ValidationError(
        "Invalid --host \"\(host.oneLine)\": use an IP address such as 127.0.0.1 (this computer) or this"
          + " computer's address on the home network.")
    }
  }
}
