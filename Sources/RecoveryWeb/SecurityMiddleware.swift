import Hummingbird

/// Lets in only requests that carry the access token, name the server's own address, and (when they
/// change something) come from the server's own pages; adds the security headers to every answer;
/// caps request bodies; turns every error into a page or a JSON error; and logs one line per request
/// with no query, no body and no token.
struct SecurityMiddleware: RouterMiddleware {
  typealias Context = BasicRequestContext

  let state: ServerState
  let renderer: ErrorRenderer

  /// The cookie that carries the token after the first visit.
  static let cookieName = "recovery_token"
  /// The largest file an import takes.
  static let importFileLimit = 4 << 20
  /// The largest request body of the import page's forms: a file with the form's other fields, or
  /// the confirm step's copy of the file in base64 (a third longer).
  static let importBodyLimit = importFileLimit / 3 * 4 + bodyLimit
  /// The largest request body anywhere else: a form or one entry.
  static let bodyLimit = 64 << 10

  /// Allows only the page's own style sheet and images, and no script at all (the pages need none);
  /// inline styles are allowed for the report's charts.
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
    + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let started = ContinuousClock.now
    let isAPI = request.uri.path.hasPrefix("/api/")
    var response: Response
    do {
      response = try await checked(request, context: context, next: next)
    } catch let error as WebError {
      response = renderer.response(status: error.status, message: error.message, api: isAPI)
    } catch let error as any HTTPResponseError {
      // Hummingbird's own: no route (404), a body over the limit (413), ...
      response = renderer.response(
        status: error.status, message: Self.sentence(for: error.status), api: isAPI)
    } catch {
      // The error's type only: its text could hold what the patient typed.
      context.logger.error("request failed: \(type(of: error))")
      response = renderer.response(
        status: .internalServerError, message: Self.sentence(for: .internalServerError), api: isAPI)
    }
    Self.addSecurityHeaders(to: &response.headers)
    let elapsed = ContinuousClock.now - started
    let milliseconds =
      Double(elapsed.components.attoseconds / 1_000_000_000_000) / 1000
      + Double(elapsed.components.seconds) * 1000
    // The method, the path without its query, the status and the time: never a query (the token and
    // filters), a body, or a header.
    context.logger.info(
      "\(request.method.rawValue) \(Self.loggedPath(request.uri.path)) \(response.status.code) \(Int(milliseconds.rounded())) ms"
    )
    return response
  }

  /// The checks, then the route.
  private func checked(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    guard let authority = request.head.authority, state.accepts(authority: authority) else {
      throw WebError(
        .misdirectedRequest,
        "This server answers only at http://\(state.host):\(state.port)/; open the address recovery serve printed."
      )
    }
    var request = request
    if let given = request.uri.queryParameters.get("token") {
      guard request.method == .get || request.method == .head, state.token.matches(given) else {
        throw WebError(.unauthorized, Self.sentence(for: .unauthorized))
      }
      return Self.settingCookie(
        redirectingTo: Self.withoutToken(path: request.uri.path, query: request.uri.query), token: state.token
      )
    }
    let bearer = Self.bearerToken(request)
    let cookie = request.cookies[Self.cookieName]?.value
    let byBearer = bearer.map { state.token.matches($0) } ?? false
    let byCookie = cookie.map { state.token.matches($0) } ?? false
    guard byBearer || byCookie else { throw WebError(.unauthorized, Self.sentence(for: .unauthorized)) }
    if Self.changesState(request.method) {
      let limit = request.uri.path.hasPrefix("/import") ? Self.importBodyLimit : Self.bodyLimit
      let body = try await request.collectBody(upTo: limit)
      try checkOrigin(request, authority: authority, requiredForPages: !byBearer)
      if !byBearer {
        // A page's form: its token must come back, in the form (urlencoded or multipart, as the
        // page's form was) or, from a script, in a header.
        let sent =
          request.headers[.csrfToken]
          ?? (try? FormFields(buffer: body, contentType: request.headers[.contentType]))?.values["csrf"]
        guard let sent, sent == state.formToken else {
          throw WebError(
            .forbidden,
            "The form is out of date or did not come from this app: reload the page and try again.")
        }
      }
    }
    return try await next(request, context)
  }

  /// A state-changing request must come from the server's own pages: its `Origin` must be this
  /// server, or (as browsers send `Origin: null` under `Referrer-Policy: no-referrer`) its
  /// `Sec-Fetch-Site` must say `same-origin`; without either, its `Referer` must be this server. A
  /// script with the bearer token sends none of them, and may.
  private func checkOrigin(_ request: Request, authority: String, requiredForPages: Bool) throws {
    let origin = request.headers[.origin]
    if let origin, origin != "null" {
      guard state.isOwnOrigin(origin, authority: authority) else {
        throw WebError(.forbidden, "Refused: the request came from another site (\(origin.prefix(80))).")
      }
      return
    }
    if let site = request.headers[.secFetchSite] {
      guard site == "same-origin" else {
        throw WebError(.forbidden, "Refused: the request came from another site.")
      }
      return
    }
    if let referer = request.headers[.referer] {
      guard referer.hasPrefix("http://" + authority + "/") else {
        throw WebError(.forbidden, "Refused: the request came from another site.")
      }
      return
    }
    if requiredForPages || origin != nil {
      throw WebError(
        .forbidden, "Refused: a change must come from a page of this app (no Origin or Referer).")
    }
  }

  static func changesState(_ method: HTTPRequest.Method) -> Bool {
    method != .get && method != .head && method != .options
  }

  private static func bearerToken(_ request: Request) -> String? {
    guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { return nil }
    return String(header.dropFirst("Bearer ".count))
  }

  /// The address without its `token` parameter.
  static func withoutToken(path: String, query: String?) -> String {
    let kept = (query ?? "").split(separator: "&").filter { !$0.hasPrefix("token=") && $0 != "token" }
    return path + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
  }

  /// Sets the token cookie and sends the browser to the same page without the token in its address.
  static func settingCookie(redirectingTo location: String, token: AccessToken) -> Response {
    var response = Response(status: .seeOther, headers: [.location: location])
    response.setCookie(
      Cookie(name: cookieName, value: token.value, path: "/", httpOnly: true, sameSite: .strict))
    return response
  }

  static func addSecurityHeaders(to headers: inout HTTPFields) {
    headers[.contentSecurityPolicy] = contentSecurityPolicy
    headers[.xContentTypeOptions] = "nosniff"
    headers[.referrerPolicy] = "no-referrer"
    headers[.xFrameOptions] = "DENY"
    headers[.cacheControl] = "no-store"
  }

  /// A path for the log: entry numbers kept, anything else that is not a known word left out.
  static func loggedPath(_ path: String) -> String {
    String(
      path.prefix(100).map { $0.isASCII && ($0.isLetter || $0.isNumber || "/-_.".contains($0)) ? $0 : "?" })
  }

  /// The sentence for a status without one of its own.
  static func sentence(for status: HTTPResponse.Status) -> String {
    switch status.code {
    case 401:
      "The access token is missing or wrong: open the address recovery serve printed (it ends in ?token=...)."
    case 404: "There is no such page."
    case 405: "This page does not take that kind of request."
    case 413:
      "The request is too large: an import may be up to \(importFileLimit >> 20) MB, anything else up to"
        + " \(bodyLimit >> 10) KB."
    case 400..<500: "The request was refused (\(status.code) \(status.reasonPhrase))."
    default: "Something went wrong on the server; nothing was written. Try again."
    }
  }
}

extension HTTPFields.Element.Name {
  static let csrfToken = Self("X-CSRF-Token")!
  static let secFetchSite = Self("Sec-Fetch-Site")!
  static let xFrameOptions = Self("X-Frame-Options")!
  static let referrerPolicy = Self("Referrer-Policy")!
}
