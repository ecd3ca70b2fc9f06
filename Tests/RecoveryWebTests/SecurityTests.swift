import Foundation
import Hummingbird
import HummingbirdTesting
import RecoveryModel
import RecoveryStore
import RecoveryWeb
import Testing

/// Nobody without the token, from another site, or through another name gets in, and nothing is
/// written by a refused request.
struct SecurityTests {
  static let pages = [
    "/", "/treatment", "/questionnaires", "/diary", "/report", "/import", "/patients", "/report/view",
  ]

  @Test func withoutTheTokenEveryPageAndTheAPIAnswer401() async throws {
    try await WebHarness.with { web, _ in
      for path in Self.pages + ["/api/entries", "/api/report"] {
        let response = try await web.send(.get, path)
        #expect(response.status == .unauthorized, "\(path)")
        #expect(!WebHarness.text(response).contains(web.token))
      }
      let wrong = try await web.send(
        .get, "/", headers: [.cookie: "recovery_token=\(String(web.token.reversed()))"])
      #expect(wrong.status == .unauthorized)
      let wrongBearer = try await web.send(.get, "/api/entries", headers: [.authorization: "Bearer nope"])
      #expect(wrongBearer.status == .unauthorized)
      #expect(wrongBearer.headers[.contentType]?.hasPrefix("application/json") == true)
    }
  }

  @Test func theTokenInTheAddressSetsAStrictHttpOnlyCookieAndRedirectsWithoutIt() async throws {
    try await WebHarness.with { web, _ in
      let response = try await web.send(.get, "/diary?type=pain&token=\(web.token)")
      #expect(response.status == .seeOther)
      #expect(response.headers[.location] == "/diary?type=pain")
      let cookie = try #require(response.headers[.setCookie])
      #expect(cookie.hasPrefix("recovery_token=\(web.token);"))
      #expect(cookie.contains("HttpOnly"))
      #expect(cookie.contains("SameSite=Strict"))
      let wrong = try await web.send(.get, "/?token=0123456789abcdef0123")
      #expect(wrong.status == .unauthorized)
      #expect(wrong.headers[.setCookie] == nil)
    }
  }

  @Test func aHostOtherThanTheServersAddressIsRefused() async throws {
    try await WebHarness.with { web, _ in
      for host in ["attacker.example:\(web.port)", "127.0.0.1:1", "localhost.attacker.example:\(web.port)"] {
        let response = try await web.send(.get, "/", authority: host, headers: web.browser)
        #expect(response.status == .misdirectedRequest, "\(host)")
      }
      #expect(
        try await web.send(.get, "/", authority: "localhost:\(web.port)", headers: web.browser).status == .ok)
    }
  }

  @Test func aCrossOriginPostOrOneWithoutTheFormTokenIsRefusedAndWritesNothing() async throws {
    try await WebHarness.with { web, store in
      let formToken = try await web.formToken()
      let form = "type=pain&score=6&date=\(CalendarDay.today())&return=%2F"
      var foreign = web.formPost
      foreign[.origin] = "http://attacker.example"
      let crossOrigin = try await web.send(
        .post, "/entries", headers: foreign, body: form + "&csrf=\(formToken)")
      #expect(crossOrigin.status == .forbidden)
      var refererOnly = web.formPost
      refererOnly[.origin] = nil
      refererOnly[.referer] = "http://attacker.example/page"
      let foreignReferer = try await web.send(
        .post, "/entries", headers: refererOnly, body: form + "&csrf=\(formToken)")
      #expect(foreignReferer.status == .forbidden)
      var nullOrigin = web.formPost
      nullOrigin[.origin] = "null"
      nullOrigin[HTTPFields.Element.Name("Sec-Fetch-Site")!] = "cross-site"
      let crossSite = try await web.send(
        .post, "/entries", headers: nullOrigin, body: form + "&csrf=\(formToken)")
      #expect(crossSite.status == .forbidden)
      var noOrigin = web.formPost
      noOrigin[.origin] = nil
      let withoutOrigin = try await web.send(
        .post, "/entries", headers: noOrigin, body: form + "&csrf=\(formToken)")
      #expect(withoutOrigin.status == .forbidden)
      let withoutToken = try await web.send(.post, "/entries", headers: web.formPost, body: form)
      #expect(withoutToken.status == .forbidden)
      let wrongToken = try await web.send(
        .post, "/entries", headers: web.formPost, body: form + "&csrf=x\(formToken)")
      #expect(wrongToken.status == .forbidden)
      let patient = try store.defaultPatient()
      #expect(try store.entries(for: patient).isEmpty)
      // The same form from the app's own page is stored.
      let accepted = try await web.send(
        .post, "/entries", headers: web.formPost, body: form + "&csrf=\(formToken)")
      #expect(accepted.status == .seeOther)
      #expect(try store.entries(for: patient).count == 1)
    }
  }

  @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
    try await WebHarness.with { web, _ in
      for path in Self.pages + ["/app.css", "/no-such-page"] {
        let response = try await web.send(.get, path, headers: web.browser)
        #expect(response.status == (path == "/no-such-page" ? .notFound : .ok), "\(path)")
        #expect(
          response.headers[.contentSecurityPolicy]
            == "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'", "\(path)")
        #expect(response.headers[HTTPFields.Element.Name("X-Frame-Options")!] == "DENY", "\(path)")
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
        #expect(response.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "no-referrer", "\(path)")
      }
      let refused = try await web.send(.get, "/")
      #expect(refused.headers[.contentSecurityPolicy] != nil)
    }
  }

  @Test func largeBodiesAreRefusedAndWriteNothing() async throws {
    try await WebHarness.with { web, store in
      let note = String(repeating: "a", count: 100_000)
      let response = try await web.send(
        .post, "/api/entries", headers: [.authorization: "Bearer \(web.token)"],
        body: "{\"type\":\"pain\",\"score\":3,\"date\":\"\(CalendarDay.today())\",\"note\":\"\(note)\"}")
      #expect(response.status == .contentTooLarge)
      #expect(try store.entries(for: store.defaultPatient()).isEmpty)
    }
  }
}
