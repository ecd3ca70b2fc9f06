import Hummingbird

/// A refusal with the status to answer and the sentence to show.
struct WebError: Error, Sendable {
  var status: HTTPResponse.Status
  var message: String

  init(_ status: HTTPResponse.Status, _ message: String) {
    self.status = status
    self.message = message
  }
}
