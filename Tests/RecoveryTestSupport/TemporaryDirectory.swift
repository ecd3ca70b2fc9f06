import Foundation

/// A fresh folder under the system's temporary directory, for one test's files.
///
/// Either ``with(_:)``, which removes the folder when its body returns, or ``init()`` followed at once
/// by `defer { folder.remove() }`.
package struct TemporaryDirectory: Sendable {
  /// The folder, ending without a slash.
  package let path: String

  /// Creates a new, empty folder.
  package init() throws {
    var template = Array((FileManager.default.temporaryDirectory.path + "/recovery-tests-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    guard let made else { throw TestFailure("mkdtemp failed: \(String(cString: strerror(errno)))") }
    path = String(cString: made)
  }

  /// Runs `body` with a new, empty folder, and removes the folder when it returns.
  package static func with<T>(_ body: (TemporaryDirectory) throws -> T) throws -> T {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    return try body(directory)
  }

  /// A path inside the folder.
  package func file(_ name: String) -> String {
    path + "/" + name
  }

  /// The database most tests use: `diary.sqlite` in the folder.
  package var database: String { file("diary.sqlite") }

  /// The names of the files in the folder, sorted.
  package func fileNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }

  /// Deletes the folder and everything in it.
  package func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
