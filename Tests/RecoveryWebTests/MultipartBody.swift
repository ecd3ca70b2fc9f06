import Hummingbird

/// A `multipart/form-data` body written as a browser writes one: a part per field, a file part with
/// its file name and type.
struct MultipartBody: Sendable {
  static let boundary = "----RecoveryTestsBoundary5vQ2yXbM"
  static let contentType = "multipart/form-data; boundary=\(boundary)"

  private var bytes: [UInt8] = []

  /// Adds a text field.
  func field(_ name: String, _ value: String) -> MultipartBody {
    var body = self
    body.bytes += Array(
      "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    return body
  }

  /// Adds a file field holding `contents`; an empty `fileName` is a file field with no file chosen.
  func file(_ name: String, fileName: String, _ contents: [UInt8], type: String = "text/csv") -> MultipartBody
  {
    var body = self
    body.bytes += Array(
      ("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\n"
        + "Content-Type: \(type)\r\n\r\n").utf8)
    body.bytes += contents + Array("\r\n".utf8)
    return body
  }

  /// The body with its closing boundary.
  var buffer: ByteBuffer {
    ByteBuffer(bytes: bytes + Array("--\(Self.boundary)--\r\n".utf8))
  }
}
