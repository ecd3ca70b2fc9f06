import Foundation

/// An executable product of this package, as built for the running tests.
///
/// `swift build` puts every product of one configuration in one folder, the test bundle among them, so
/// the product is looked up beside the running test bundle and nowhere else: the tests never run a
/// `recovery` of another configuration or another checkout. A product that is missing, or older than
/// a source file it is built from that was saved after the last build, fails the test with what to run,
/// rather than silently testing code that is no longer there. (A source file saved before the last
/// build may well be newer than the product: a build that finds nothing changed relinks nothing.)
package enum BuiltProduct {
  /// The path of the executable `name`, built no earlier than its sources.
  ///
  /// - Parameter sources: the package's folders it is built from (`Sources` for the tool).
  package static func path(_ name: String, builtFrom sources: [String] = ["Sources"]) throws -> String {
    try found.value(for: name) { try locate(name, builtFrom: sources) }
  }

  /// The paths found so far, so that thousands of runs look the product up once.
  private static let found = Cache()

  private static func locate(_ name: String, builtFrom sources: [String]) throws -> String {
    let root = packageRoot()
    return try executable(name, in: try productsFolder(), builtFrom: sources.map { root + "/" + $0 })
  }

  /// The path of the executable `name` in `folder`, provided no source file under `sourceFolders` is
  /// newer than both the executable and the last build of `folder`.
  ///
  /// The last build is when SwiftPM last wrote the folder's `description.json`, which every
  /// `swift build` does, even one with nothing to do.
  ///
  /// - Throws: ``TestFailure`` saying what to build, when it is missing or stale.
  package static func executable(
    _ name: String, in folder: String, builtFrom sourceFolders: [String]
  ) throws -> String {
    let path = folder + "/" + name
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw TestFailure(
        "\(name) is not in \(folder), the build folder of these tests; run `swift build --build-tests`.")
    }
    var seen = try modificationDate(path)
    if let lastBuild = try? modificationDate(folder + "/description.json") { seen = max(seen, lastBuild) }
    if let (newest, date) = try newestFile(under: sourceFolders), date > seen {
      throw TestFailure(
        "\(path) is older than \(newest), saved after the last build; run `swift build --build-tests`"
          + " (or `swift test` without --skip-build) so the tests do not run a stale \(name).")
    }
    return path
  }

  /// The folder of the running test bundle: the build folder of its configuration.
  package static func productsFolder() throws -> String {
    #if os(Linux)
      // The test bundle is the executable of this process.
      let bundle = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
      return (bundle as NSString).deletingLastPathComponent
    #else
      guard let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) else {
        throw TestFailure("cannot find the running .xctest bundle")
      }
      return (bundle.bundlePath as NSString).deletingLastPathComponent
    #endif
  }

  /// The folder holding `Package.swift`, found upwards from this source file.
  private static func packageRoot() -> String {
    var folder = (#filePath as NSString).deletingLastPathComponent
    while folder != "/", !FileManager.default.fileExists(atPath: folder + "/Package.swift") {
      folder = (folder as NSString).deletingLastPathComponent
    }
    return folder
  }

  private static func modificationDate(_ path: String) throws -> Date {
    guard let date = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date else {
      throw TestFailure("no modification date for \(path)")
    }
    return date
  }

  /// The kinds of file the compiler reads; documentation catalogs and the like change no executable.
  private static let compiledExtensions: Set<String> = ["swift", "c", "h", "modulemap"]

  /// The most recently modified source file under `folders`, with its date; nil when there is none.
  private static func newestFile(under folders: [String]) throws -> (String, Date)? {
    var newest: (String, Date)?
    for folder in folders {
      guard let names = FileManager.default.enumerator(atPath: folder) else { continue }
      for case let name as String in names {
        guard compiledExtensions.contains((name as NSString).pathExtension) else { continue }
        let path = folder + "/" + name
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
        else { continue }
        let date = try modificationDate(path)
        if newest.map({ date > $0.1 }) ?? true { newest = (path, date) }
      }
    }
    return newest
  }

  /// Paths by product name, shared by tests running in parallel.
  private final class Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String: String] = [:]

    func value(for name: String, _ locate: () throws -> String) throws -> String {
      lock.lock()
      defer { lock.unlock() }
      if let path = paths[name] { return path }
      let path = try locate()
      paths[name] = path
      return path
    }
  }
}
