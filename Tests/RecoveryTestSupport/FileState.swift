import Foundation

/// What a file holds and who may read it, for tests that must show a file was left exactly as it was.
package enum FileState {
  /// The file's bytes, or nil when it does not exist.
  package static func bytes(_ path: String) -> Data? {
    FileManager.default.contents(atPath: path)
  }

  /// The permission bits of a file or folder, or nil when it does not exist.
  package static func mode(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }
}
