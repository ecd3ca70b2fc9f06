import Hummingbird

/// A file chosen in a form's file field: its name on the patient's computer and its bytes.
struct UploadedFile: Sendable {
  /// The file's name as the browser gave it, without its folder.
  var name: String
  var bytes: ByteBuffer

  /// The `filename` parameter of a part's `Content-Disposition` header (`form-data; name="file";
  /// filename="pain.csv"`); nil when the part is not a file. Browsers write the file name last and
  /// escape its quotes, so it runs to the last quote.
  static func fileName(disposition: String?) -> String? {
    guard let disposition, let start = disposition.range(of: "filename=\"") else { return nil }
    let rest = disposition[start.upperBound...]
    let name = rest[..<(rest.lastIndex(of: "\"") ?? rest.endIndex)]
    // Some browsers send the whole path.
    return String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
  }
}
