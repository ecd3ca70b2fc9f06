import Synchronization

/// What every request is checked against: the access token, the form token, and the address the
/// server answers at (its port known once it listens, for a server asked to pick a free one).
final class ServerState: Sendable {
  let token: AccessToken
  /// The token every form carries and every state-changing request from a page must send back
  /// (`csrf`), which another site's page cannot read.
  let formToken: String
  /// The host the server was asked to listen on.
  let host: String
  private let listeningPort: Mutex<Int>

  init(token: AccessToken, host: String, port: Int) {
    self.token = token
    self.formToken = AccessToken.random().value
    self.host = host
    self.listeningPort = Mutex(port)
  }

  /// The port the server listens on.
  var port: Int {
    get { listeningPort.withLock { $0 } }
    set { listeningPort.withLock { $0 = newValue } }
  }

  /// The `Host` header values a request may carry: the address listened on, and `localhost` for a
  /// loopback address. A name an attacker's DNS could point here (DNS rebinding) is not among them.
  func accepts(authority: String) -> Bool {
    let port = self.port
    if authority == "\(bracketed(host)):\(port)" { return true }
    if isLoopback(host), authority == "localhost:\(port)" { return true }
    if host == "0.0.0.0" || host == "::" {
      // Listening on every address: any address literal may be used, never a name.
      guard let colon = authority.lastIndex(of: ":"), authority[authority.index(after: colon)...] == "\(port)"
      else { return false }
      let name = authority[..<colon]
      return name.first == "[" || name.allSatisfy { $0.isNumber || $0 == "." }
    }
    return false
  }

  /// The origin pages are served from, as browsers send it in `Origin`.
  func isOwnOrigin(_ origin: String, authority: String) -> Bool {
    origin == "http://" + authority
  }

  private func bracketed(_ host: String) -> String {
    host.contains(":") ? "[\(host)]" : host
  }

  private func isLoopback(_ host: String) -> Bool {
    host == "::1" || host.hasPrefix("127.")
  }
}
