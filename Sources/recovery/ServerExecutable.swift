import RecoveryCommandLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `recovery-serve` executable that `recovery serve` runs: the one beside this executable (as
/// `swift build` and an installation put them), else the first in a folder the `PATH` names.
struct ServerExecutable {
  static let name = "recovery-serve"

  let path: String

  /// The server to run.
  /// - Throws: ``CommandFailure`` naming where it looked and how to build it, when there is none.
  static func find() throws -> ServerExecutable {
    let folder = ownFolder()
    if let folder, isExecutable(folder + "/" + name) { return ServerExecutable(path: folder + "/" + name) }
    // An empty entry, which a shell reads as the working directory, is skipped: a server is never
    // picked up from whatever folder the command happens to run in.
    let searched = getenv("PATH").map { String(cString: $0) } ?? ""
    for entry in searched.split(separator: ":") {
      let candidate = entry + "/" + name
      if isExecutable(candidate) { return ServerExecutable(path: candidate) }
    }
    throw CommandFailure(
      "Cannot start the web app: \(name) is neither beside recovery (in \(folder ?? "an unknown folder")) nor"
        + " on the PATH; build it with swift build --product \(name) (swift build builds it with recovery).")
  }

  /// Replaces this process with the server, given `arguments` (those of `recovery serve` without the
  /// word serve).
  /// - Throws: ``CommandFailure`` when the system cannot run it.
  func run(arguments: [String]) throws -> Never {
    try FileHandleOutput.finishStandardOutput()
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    execv(path, argv)
    let reason = String(cString: strerror(errno))
    for pointer in argv { free(pointer) }
    throw CommandFailure("Cannot start the web app \(path): \(reason).")
  }

  /// The folder of this executable, symbolic links resolved; nil when the system does not say.
  private static func ownFolder() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    #if os(Linux)
      let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
      guard count > 0 else { return nil }
      let path = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    #else
      var size = UInt32(buffer.count)
      guard _NSGetExecutablePath(&buffer, &size) == 0, let resolved = realpath(buffer, nil) else {
        return nil
      }
      defer { free(resolved) }
      let path = String(cString: resolved)
    #endif
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return String(path[..<slash])
  }

  /// Whether `path` is a file this user may execute.
  private static func isExecutable(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
  }
}
