import Foundation

/// A fresh folder under the system's temporary directory, removed with everything in it when the body
/// returns.
struct TemporaryDirectory {
  let path: String

  /// A path inside the folder.
  func file(_ name: String) -> String {
    path + "/" + name
  }

  /// Runs `body` with a new, empty folder.
  static func with<T>(_ body: (TemporaryDirectory) throws -> T) throws -> T {
    var template = Array(
      (FileManager.default.temporaryDirectory.path + "/recovery-cli-tests-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    guard let made else { throw CocoaError(.fileWriteUnknown) }
    let directory = TemporaryDirectory(path: String(cString: made))
    defer { try? FileManager.default.removeItem(atPath: directory.path) }
    return try body(directory)
  }
}
