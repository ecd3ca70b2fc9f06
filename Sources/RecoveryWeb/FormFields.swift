import Hummingbird
import MultipartKit

/// The fields of a submitted form or of a query string: by name, the last value of a repeated name
/// kept. A form comes `application/x-www-form-urlencoded` (read by Hummingbird's form decoder) or
/// `multipart/form-data` (read by MultipartKit's parser), as the page's `enctype` chose; a
/// multipart form's chosen files are kept apart, in ``files``.
struct FormFields: Sendable {
  var values: [String: String]
  /// The files a multipart form sent, by the name of their field: only those chosen (with a file name).
  var files: [String: UploadedFile] = [:]

  init(values: [String: String] = [:]) {
    self.values = values
  }

  /// The fields of a body sent with `contentType`: multipart when it says so, else urlencoded.
  init(buffer: ByteBuffer, contentType: String?) throws {
    guard let type = contentType.flatMap(MediaType.init(from:)), type.isType(.multipartForm) else {
      try self.init(buffer: buffer)
      return
    }
    guard let parameter = type.parameter, parameter.name.lowercased() == "boundary", !parameter.value.isEmpty
    else {
      throw WebError(.badRequest, Self.unreadable)
    }
    try self.init(multipart: buffer, boundary: parameter.value)
  }

  /// The fields of a urlencoded form body.
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
      throw WebError(.badRequest, Self.unreadable)
    }
  }

  /// The parts of a multipart body: a part with a file name is a file (left out when its name is
  /// empty, as a browser sends a file field with no file chosen), any other a text field.
  init(multipart buffer: ByteBuffer, boundary: String) throws {
    var parts: [MultipartPart] = []
    var headers = HTTPHeaders()
    var body = ByteBuffer()
    let parser = MultipartParser(boundary: boundary)
    parser.onHeader = { name, value in headers.replaceOrAdd(name: name, value: value) }
    parser.onBody = { chunk in body.writeBuffer(&chunk) }
    parser.onPartComplete = {
      parts.append(MultipartPart(headers: headers, body: body))
      headers = HTTPHeaders()
      body = ByteBuffer()
    }
    do {
      try parser.execute(buffer)
    } catch {
      throw WebError(.badRequest, Self.unreadable)
    }
    values = [:]
    for part in parts {
      guard let name = part.name else { continue }
      if let fileName = UploadedFile.fileName(disposition: part.headers.first(name: "Content-Disposition")) {
        if !fileName.isEmpty { files[name] = UploadedFile(name: fileName, bytes: part.body) }
      } else {
        values[name] = String(buffer: part.body)
      }
    }
  }

  /// The query's fields of a request.
  init(query request: Request) throws {
    try self.init(encoded: request.uri.query ?? "")
  }

  /// The form body of a request, collected already by ``SecurityMiddleware`` within its limit.
  static func body(of request: Request) async throws -> FormFields {
    var request = request
    return try FormFields(
      buffer: try await request.collectBody(upTo: SecurityMiddleware.importBodyLimit),
      contentType: request.headers[.contentType])
  }

  subscript(_ name: String) -> String? {
    values[name].flatMap { $0.isEmpty ? nil : $0 }
  }

  private static let unreadable = "The form could not be read: send it from the app's page."
}
