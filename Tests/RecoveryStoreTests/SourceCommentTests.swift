import Foundation
import Testing

/// Comments in the package's sources speak of the code: none points to notes that are not in the
/// repository, and the C shim declares nothing the Swift code does not call.
struct SourceCommentTests {
  /// The package's `Sources` folder, found from this file's path.
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  static func files(endingWith suffix: String) throws -> [URL] {
    let enumerator = try #require(
      FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
    return enumerator.compactMap { $0 as? URL }.filter { $0.path.hasSuffix(suffix) }
  }

  @Test func noCommentPointsOutsideTheRepository() throws {
    let pattern = try Regex("(?i)(issue [0-9]|domain brief|seed-story|shared/)")
    let files = try Self.files(endingWith: ".swift")
    #expect(!files.isEmpty)
    for file in files {
      let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
      for (index, line) in lines.enumerated() where line.contains("//") && line.contains(pattern) {
        Issue.record("\(file.lastPathComponent):\(index + 1): \(line)")
      }
    }
  }

  @Test func everyFunctionOfTheShimIsCalled() throws {
    let shim = try String(contentsOf: Self.sources.appendingPathComponent("CSQLite/shim.h"), encoding: .utf8)
    let declared = shim.matches(of: try Regex("static inline [^(]*?(recovery_[a-z_]+)\\(")).compactMap {
      $0.output[1].substring.map(String.init)
    }
    #expect(!declared.isEmpty)
    let swift = try Self.files(endingWith: ".swift").map { try String(contentsOf: $0, encoding: .utf8) }
      .joined()
    for name in declared {
      #expect(swift.contains(name + "("), "\(name) is declared in shim.h but never called")
    }
  }
}
