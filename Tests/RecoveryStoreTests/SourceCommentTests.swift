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

  /// Whether a line mentions notes kept outside the repository.
  static func pointsOutside(_ line: Substring) -> Bool {
    let lower = line.lowercased()
    if lower.contains("domain brief") || lower.contains("seed-story") || lower.contains("shared/") {
      return true
    }
    return (0...9).contains { lower.contains("issue \($0)") }
  }

  @Test func noCommentPointsOutsideTheRepository() throws {
    let files = try Self.files(endingWith: ".swift")
    #expect(!files.isEmpty)
    for file in files {
      let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
      for (index, line) in lines.enumerated() where line.contains("//") && Self.pointsOutside(line) {
        Issue.record("\(file.lastPathComponent):\(index + 1): \(line)")
      }
    }
  }

  @Test func everyFunctionOfTheShimIsCalled() throws {
    let shim = try String(contentsOf: Self.sources.appendingPathComponent("CSQLite/shim.h"), encoding: .utf8)
    // The name of each `static inline <type> recovery_name(...)`.
    let declared = shim.split(separator: "\n").filter { $0.hasPrefix("static inline") }.compactMap { line in
      line.split(separator: "(").first?.split(separator: " ").last.map(String.init)
    }
    #expect(!declared.isEmpty)
    #expect(declared.allSatisfy { $0.hasPrefix("recovery_") }, "\(declared)")
    let swift = try Self.files(endingWith: ".swift").map { try String(contentsOf: $0, encoding: .utf8) }
      .joined()
    for name in declared {
      #expect(swift.contains(name + "("), "\(name) is declared in shim.h but never called")
    }
  }
}
