import Foundation
import RecoveryTestSupport
import Testing

/// The tests run the `recovery` of their own build, and refuse one that is missing or older than its
/// sources rather than test code that is no longer there.
struct BuiltProductTests {
  /// Makes an executable file at `path` whose modification date is `date`.
  private func makeExecutable(_ path: String, modified date: Date) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755, .modificationDate: date], ofItemAtPath: path)
  }

  @Test func theToolIsTheOneBesideTheRunningTests() throws {
    let path = try BuiltProduct.path("recovery")
    #expect((path as NSString).deletingLastPathComponent == (try BuiltProduct.productsFolder()))
    #expect(FileManager.default.isExecutableFile(atPath: path))
  }

  @Test func aMissingProductIsRefusedSayingWhatToBuild() throws {
    try TemporaryDirectory.with { folder in
      let error = #expect(throws: TestFailure.self) {
        try BuiltProduct.executable("recovery", in: folder.file("debug"), builtFrom: [])
      }
      #expect(error?.description.contains(folder.file("debug")) == true)
      #expect(error?.description.contains("swift build --build-tests") == true)
    }
  }

  @Test func aProductOlderThanASourceFileIsRefusedNamingTheFile() throws {
    try TemporaryDirectory.with { folder in
      let now = Date()
      try makeExecutable(folder.file("debug/recovery"), modified: now.addingTimeInterval(-60))
      try makeExecutable(folder.file("Sources/Tool/main.swift"), modified: now.addingTimeInterval(-120))
      // A documentation file is no source: editing one rebuilds no executable.
      try makeExecutable(folder.file("Sources/Tool/Tool.docc/Article.md"), modified: now)
      let fresh = try BuiltProduct.executable(
        "recovery", in: folder.file("debug"), builtFrom: [folder.file("Sources")])
      #expect(fresh == folder.file("debug/recovery"))

      try makeExecutable(folder.file("Sources/Tool/Edited.swift"), modified: now)
      let error = #expect(throws: TestFailure.self) {
        try BuiltProduct.executable("recovery", in: folder.file("debug"), builtFrom: [folder.file("Sources")])
      }
      #expect(error?.description.contains(folder.file("Sources/Tool/Edited.swift")) == true)
      #expect(error?.description.contains("stale recovery") == true)

      // A build after the edit that relinked nothing (the edit changed no code) makes it current.
      try Data("{}".utf8).write(to: URL(fileURLWithPath: folder.file("debug/description.json")))
      try FileManager.default.setAttributes(
        [.modificationDate: now.addingTimeInterval(60)], ofItemAtPath: folder.file("debug/description.json"))
      let current = try BuiltProduct.executable(
        "recovery", in: folder.file("debug"), builtFrom: [folder.file("Sources")])
      #expect(current == folder.file("debug/recovery"))
    }
  }
}
