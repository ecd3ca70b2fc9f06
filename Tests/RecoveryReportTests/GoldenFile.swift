import Foundation
import Testing

/// A file under `Golden/` beside this source file (read through `#filePath`, not bundled), holding
/// output that must not change unnoticed.
///
/// After an intended change to the report, regenerate the files and review the diff before
/// committing:
///
///     RECOVERY_UPDATE_GOLDEN=1 swift test --filter RecoveryReportTests
///
/// With `RECOVERY_UPDATE_GOLDEN=1` set, ``check(_:)`` rewrites the file from the current output and
/// passes.
struct GoldenFile {
  /// The file's name inside `Golden/`, such as `demo.txt`.
  var name: String

  /// The folder of golden files.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// The file's path.
  var path: String { Self.folder.appendingPathComponent(name).path }

  /// Whether the golden files are being rewritten.
  static var updating: Bool { ProcessInfo.processInfo.environment["RECOVERY_UPDATE_GOLDEN"] == "1" }

  /// The file's text.
  func contents() throws -> String {
    let data = try #require(
      FileManager.default.contents(atPath: path),
      "No golden file at \(path): run with RECOVERY_UPDATE_GOLDEN=1 to create it.")
    return String(decoding: data, as: UTF8.self)
  }

  /// Records an issue naming the first differing line unless `actual` equals the file byte for
  /// byte; rewrites the file instead when ``updating``.
  func check(_ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if Self.updating {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
      return
    }
    let expected = try contents()
    guard expected != actual else { return }
    Issue.record(
      Comment(rawValue: difference(expected: expected, actual: actual)), sourceLocation: sourceLocation)
  }

  /// Where two texts first differ, as a message to act on.
  func difference(expected: String, actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let hint = "If the change is intended, run with RECOVERY_UPDATE_GOLDEN=1 to rewrite \(path)."
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let want = index < expectedLines.count ? String(expectedLines[index]) : nil
      let got = index < actualLines.count ? String(actualLines[index]) : nil
      if want != got {
        return """
          \(name) differs from the output first at line \(index + 1):
            golden: \(want.map { $0.debugDescription } ?? "(no such line)")
            actual: \(got.map { $0.debugDescription } ?? "(no such line)")
          \(hint)
          """
      }
    }
    return "\(name) differs from the output only in bytes that split into equal lines. \(hint)"
  }
}
