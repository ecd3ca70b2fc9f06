import Hummingbird

/// The fields of a submitted form (`application/x-www-form-urlencoded`) or of a query string, read
/// by Hummingbird's form decoder: by name, the last value of a repeated name kept.
struct FormFields: Sendable {
  var values: [String: String]

  init(values: [String: String] = [:]) {
    self.values = values
  }

  /// The fields of a form body.
  init(buffer: ByteBuffer) throws {
    try self.init(encoded: String(buffer: buffer))
  }

  /// The fields of `name=value&...` text.
  init(encoded: String) throws {
    guard !encoded.isEmpty else {
      values = [:]
      return
    }
    do {
      values = try URLEncodedFormDecoder().decode([String: String].self, from: encoded)
    } catch {
      throw WebError(.badRequest, "The form could not be read: send it from the app's page.")
    }
  }

  /// The query's fields of a request.
  init(query request: Request) throws {
    try self.init(encoded: request.uri.query ?? "")
  }

  /// The form body of a request, collected already by ``SecurityMiddleware`` within its limit.
  static func body(of request: Request) async throws -> FormFields {
    var request = request
    return try FormFields(buffer: try await request.collectBody(upTo: SecurityMiddleware.importBodyLimit))
  }

  subscript(_ name: String) -> String? {
    values[name].flatMap { $0.isEmpty ? nil : $0 }
  }
}
