import Foundation
import Testing

/// Comments in the package's sources and tests speak of the code: none points to notes that are not in
/// the repository, no test is named after one, and the C shim declares nothing the Swift code does not
/// call.
struct SourceCommentTests {
  /// The package's folder, found from this file's path.
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The package's `Sources` folder.
  static let sources = package.appendingPathComponent("Sources")

  /// The package's `Tests` folder.
  static let tests = package.appendingPathComponent("Tests")

  /// The files under `folder` whose path ends with `suffix`.
  static func files(in folder: URL = sources, endingWith suffix: String) throws -> [URL] {
    let enumerator = try #require(
      FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
    return enumerator.compactMap { $0 as? URL }.filter { $0.path.hasSuffix(suffix) }
  }

  /// The Swift files of `Sources` and `Tests`, without this one, which spells out what it looks for.
  static func swiftFiles() throws -> [URL] {
    let this = URL(fileURLWithPath: #filePath).standardizedFileURL.path
    return try (files(in: sources, endingWith: ".swift") + files(in: tests, endingWith: ".swift"))
      .filter { $0.standardizedFileURL.path != this }
  }

  /// Whether a line mentions notes kept outside the repository.
  static func pointsOutside(_ line: Substring) -> Bool {
    let lower = line.lowercased()
    if lower.contains("domain brief") || lower.contains("seed-story") || lower.contains("shared/") {
      return true
    }
    return (0...9).contains { lower.contains("issue \($0)") }
  }

  /// The name a line declares with `func`, if any.
  static func functionName(_ line: Substring) -> Substring? {
    guard let range = line.range(of: "func ") else { return nil }
    return line[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
  }

  @Test func noCommentPointsOutsideTheRepository() throws {
    let files = try Self.swiftFiles()
    #expect(files.contains { $0.path.contains("/Sources/") })
    #expect(files.contains { $0.path.contains("/Tests/") })
    for file in files {
      let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
      for (index, line) in lines.enumerated() where line.contains("//") && Self.pointsOutside(line) {
        Issue.record("\(file.lastPathComponent):\(index + 1): \(line)")
      }
    }
  }

  @Test func noFunctionIsNamedAfterAnIssue() throws {
    for file in try Self.swiftFiles() {
      let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
      for (index, line) in lines.enumerated() {
        if let name = Self.functionName(line), name.lowercased().contains("issue") {
          Issue.record("\(file.lastPathComponent):\(index + 1): \(name)")
        }
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
