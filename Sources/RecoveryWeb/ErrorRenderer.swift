import Hummingbird

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The answer to a refused or failed request: a JSON error for the API, a short page otherwise.
struct ErrorRenderer: Sendable {
  /// The JSON body of an API error: `{"error": "...", "status": 400}`.
  struct Body: Encodable {
    var error: String
    var status: Int
  }

  func response(status: HTTPResponse.Status, message: String, api: Bool) -> Response {
    if api {
      let data =
        (try? JSONEncoder.recovery(indented: false).encode(Body(error: message, status: status.code)))
        ?? Data()
      return Response(
        status: status, headers: [.contentType: "application/json; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
    let page = Page(
      title: status.code == 401 ? "Open the app's address" : "Refused", section: nil, patient: nil,
      notice: Page.Notice(isProblem: true, text: message),
      content: [.tag("p", [], [.tag("a", [("href", "/")], text: "Back to today's page")])])
    return Self.html(PageRenderer().render(page), status: status)
  }

  static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }
}
