import Hummingbird
import RecoveryExchange
import RecoveryModel
import RecoveryStore

/// The private web app of `recovery serve`: the diary's pages and a small JSON API over one store,
/// behind the access token.
///
/// ```swift
/// let app = RecoveryWebApp(store: store, services: services, host: "127.0.0.1", port: 0)
/// try await app.application { port in print("Open \(app.address(port: port))") }.runService()
/// ```
///
/// Every request needs the token (a cookie set by the first visit's `?token=`, or
/// `Authorization: Bearer`), must name the server's own address in `Host`, and, when it changes
/// something from a page, must come from the app's own origin with the form's token. Every answer has
/// a Content-Security-Policy that allows only the app's own files.
public struct RecoveryWebApp: Sendable {
  /// The diary.
  public let store: RecoveryStore
  /// The host program's wording, readers and writers.
  public let services: WebServices
  /// The token that opens the app.
  public var token: AccessToken { state.token }
  /// The host the server listens on.
  public var host: String { state.host }
  let state: ServerState
  /// Stores the entries of concurrent requests together (``WriteBatcher``).
  let batcher: WriteBatcher

  /// - Parameters:
  ///   - store: the diary the app shows and changes.
  ///   - services: the host program's wording, readers and writers.
  ///   - host: the address to listen on; `127.0.0.1` keeps the app on this computer.
  ///   - port: the port; 0 picks a free one.
  ///   - token: the access token; a fresh random one by default.
  public init(
    store: RecoveryStore, services: WebServices, host: String = "127.0.0.1", port: Int = 8080,
    token: AccessToken = .random()
  ) {
    self.store = store
    self.services = services
    self.state = ServerState(token: token, host: host, port: port)
    self.batcher = WriteBatcher(store: store, services: services)
    // Many small writes, one after another: no commit should wait for a checkpoint.
    store.checkpointInBackground()
  }

  /// The address that opens the app in a browser, token included.
  public func address(port: Int) -> String {
    let shown = host.contains(":") ? "[\(host)]" : host
    return "http://\(shown):\(port)/?token=\(token.value)"
  }

  /// The routes behind the security middleware, for the server and for in-process tests.
  public func router() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SecurityMiddleware(state: state, renderer: ErrorRenderer()))
    addAssetRoutes(to: router)
    addAPIRoutes(to: router)
    addPageRoutes(to: router)
    return router
  }

  /// The server: it listens once run (`runService()`, which also stops it cleanly on SIGINT and
  /// SIGTERM, letting requests in progress finish), and calls `onListening` with its port.
  public func application(
    onListening: @escaping @Sendable (Int) -> Void
  ) -> some ApplicationProtocol {
    let state = self.state
    return Application(
      router: router(),
      configuration: ApplicationConfiguration(
        address: .hostname(state.host, port: state.port), serverName: nil),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? state.port
        state.port = port
        onListening(port)
      })
  }

  private func addAssetRoutes(to router: Router<BasicRequestContext>) {
    router.get("/app.css") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: WebAssets.css)))
    }
  }

  /// The patient a request names (`?patient=NAME`, for scripts), else the one the browser chose (its
  /// uid in a cookie), else the default patient.
  func patient(for request: Request) async throws -> Patient {
    let choice = patientChoice(for: request)
    let services = self.services
    return try await store.perform { store in try choice.resolve(in: store, services: services) }
  }

  /// Which patient the request is for, before looking in the store.
  func patientChoice(for request: Request) -> PatientChoice {
    PatientChoice(
      named: (try? FormFields(query: request))?["patient"],
      chosenUID: request.cookies[Self.patientCookie]?.value)
  }

  /// The cookie holding the uid of the patient chosen on the Patients page.
  static let patientCookie = "recovery_patient"
}
