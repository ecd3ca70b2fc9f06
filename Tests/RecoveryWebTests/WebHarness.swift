import Foundation
import Hummingbird
import HummingbirdTesting
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import RecoveryWeb

/// A web app on a real SQLite file, listening on a free loopback port for the length of one test,
/// and a client that sends requests with exactly the headers a test gives.
struct WebHarness: Sendable {
  let app: RecoveryWebApp
  let port: Int
  let client: TestClient

  /// The `Host` a browser sends.
  var authority: String { "127.0.0.1:\(port)" }
  var token: String { app.token.value }

  /// Services that word errors by their descriptions: these tests check statuses, headers and what
  /// is stored, not the command line's sentences (the end-to-end tests do).
  static let services = WebServices(
    message: { "\($0)" }, importProblem: { "\($0)" },
    importEntries: { _, _, _, _, _ in throw TestFailure("these tests import nothing") },
    export: { _, _, _ in throw TestFailure("these tests export nothing") })

  /// Runs `body` with a server on a new database, stopping it afterwards.
  static func with(
    services: WebServices = services,
    _ body: @escaping @Sendable (WebHarness, RecoveryStore) async throws -> Void
  ) async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try RecoveryStore(path: directory.database)
    let app = RecoveryWebApp(store: store, services: services, port: 0)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let server = Task {
      try await app.application { continuation.yield($0) }.runService(gracefulShutdownSignals: [])
    }
    defer { server.cancel() }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else { throw TestFailure("the server did not start") }
    try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
      try await body(WebHarness(app: app, port: port, client: client), store)
    }
  }

  /// Sends a request; `authority` is the `Host` header (the server's own address unless given).
  func send(
    _ method: HTTPRequest.Method, _ path: String, authority: String? = nil, headers: HTTPFields = [:],
    body: String? = nil
  ) async throws -> TestClient.Response {
    try await client.execute(
      TestClient.Request(
        path, method: method, authority: authority ?? self.authority, headers: headers,
        body: body.map { ByteBuffer(string: $0) }))
  }

  /// Posts a multipart form as a browser does from the app's own page (`origin`, else the server's).
  func post(_ path: String, _ form: MultipartBody, origin: String? = nil) async throws -> TestClient.Response
  {
    var headers = browser
    headers[.origin] = origin ?? "http://\(authority)"
    headers[.contentType] = MultipartBody.contentType
    return try await client.execute(
      TestClient.Request(path, method: .post, authority: authority, headers: headers, body: form.buffer))
  }

  /// The headers of a browser that has the token cookie, on a page of the app.
  var browser: HTTPFields {
    [.cookie: "recovery_token=\(token)"]
  }

  /// The browser's headers for a form it posts from the app's own page.
  var formPost: HTTPFields {
    var headers = browser
    headers[.origin] = "http://\(authority)"
    headers[.contentType] = "application/x-www-form-urlencoded"
    return headers
  }

  /// The form token a page of the app carries.
  func formToken() async throws -> String {
    let page = try await send(.get, "/", headers: browser)
    let html = String(buffer: page.body ?? ByteBuffer())
    guard let range = html.range(of: "name=\"csrf\" value=\"") else {
      throw TestFailure("the page has no form token: \(html.prefix(300))")
    }
    return String(html[range.upperBound...].prefix { $0 != "\"" })
  }

  /// The text of a response's body.
  static func text(_ response: TestClient.Response) -> String {
    String(buffer: response.body ?? ByteBuffer())
  }
}
