import Foundation
import RecoveryTestSupport
import Testing

/// `recovery serve` runs the `recovery-serve` executable in its own process (it becomes it): the
/// address printed, the server answering, a clean stop on SIGTERM and Ctrl-C; and, without the server
/// beside it or on the `PATH`, one line saying where it looked and what to build.
struct ServeCommandTests {
  /// Visits the address printed, and prints the status and whether the token cookie was set.
  static let visitor = """
    import http.client, sys, urllib.parse
    address = urllib.parse.urlsplit(sys.argv[1])
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
    connection.request("GET", address.path + "?" + address.query)
    response = connection.getresponse()
    cookie = response.getheader("Set-Cookie") or ""
    print(response.status, response.getheader("Location"), cookie.startswith("recovery_token="))
    """

  @Test func serveBecomesTheServerWhichAnswersAndStopsCleanlyOnSIGTERM() throws {
    let tool = try RecoveryTool()
    defer { tool.remove() }
    // The global option before the subcommand, as the README types it.
    let served = try ServedApp(
      recovery: try BuiltProduct.path("recovery"),
      arguments: ["--db", tool.database, "serve", "--port", "0"], database: tool.database,
      folder: tool.folder)
    #if os(Linux)
      let running = try FileManager.default.destinationOfSymbolicLink(
        atPath: "/proc/\(served.processIdentifier)/exe")
      let server = URL(fileURLWithPath: try BuiltProduct.path("recovery-serve")).resolvingSymlinksInPath()
      #expect(running == server.path)
    #endif
    let visit = try ChildProcess.start(try TestPython.path(), ["-c", Self.visitor, served.address]).finish()
    let stopped = served.stop()
    #expect(!stopped.signaled && stopped.status == 0, "\(stopped.log.suffix(500))")
    #expect(visit.output == "303 / True\n", "\(visit.summary)")
    #expect(FileManager.default.fileExists(atPath: tool.database))
  }

  @Test func serveFindsTheServerOnThePathAndStopsCleanlyOnCtrlC() throws {
    let tool = try RecoveryTool()
    defer { tool.remove() }
    let alone = try Self.recoveryAlone(in: tool)
    let products = (try BuiltProduct.path("recovery-serve") as NSString).deletingLastPathComponent
    let served = try ServedApp(
      recovery: alone, database: tool.database, folder: tool.folder, searchPath: products + ":/usr/bin:/bin")
    let stopped = served.stop(signal: SIGINT)
    #expect(!stopped.signaled && stopped.status == 0, "\(stopped.log.suffix(500))")
    #expect(served.address.hasPrefix("http://127.0.0.1:"))
  }

  @Test func serveWithoutTheServerSaysWhereItLookedAndWhatToBuild() throws {
    let tool = try RecoveryTool()
    defer { tool.remove() }
    let alone = try Self.recoveryAlone(in: tool)
    let run = try tool.run(
      program: alone, ["serve", "--port", "0", "--db", tool.database], environment: ["PATH": "/usr/bin:/bin"])
    let folder = URL(fileURLWithPath: (alone as NSString).deletingLastPathComponent).resolvingSymlinksInPath()
      .path
    #expect(run.status == 1 && !run.signaled)
    #expect(
      run.error
        == "recovery: Cannot start the web app: recovery-serve is neither beside recovery (in \(folder)) nor"
        + " on the PATH; build it with swift build --product recovery-serve (swift build builds it with"
        + " recovery).\n")
    #expect(run.output.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: tool.database))
  }

  @Test func serveNeverRunsAServerFromTheWorkingFolder() throws {
    let tool = try RecoveryTool()
    defer { tool.remove() }
    let alone = try Self.recoveryAlone(in: tool)
    // A `recovery-serve` in the folder the command runs in, which an empty PATH entry would name.
    let planted = tool.path("recovery-serve")
    try "#!/bin/sh\necho planted\n".write(toFile: planted, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: planted)
    let run = try tool.run(
      program: alone, ["serve", "--port", "0", "--db", tool.database],
      environment: ["PATH": "/usr/bin::/bin:"])
    #expect(run.status == 1 && !run.signaled)
    #expect(
      run.error.hasPrefix("recovery: Cannot start the web app: recovery-serve is neither beside recovery"))
    #expect(run.output.isEmpty)
  }

  @Test func serveChecksItsOptionsBeforeLookingForTheServer() throws {
    let tool = try RecoveryTool()
    defer { tool.remove() }
    let alone = try Self.recoveryAlone(in: tool)
    let run = try tool.run(
      program: alone, ["serve", "--port", "70000", "--db", tool.database],
      environment: ["PATH": "/usr/bin:/bin"])
    #expect(run.status == 64)
    #expect(
      run.error == "recovery: Invalid --port 70000: use a number from 0 to 65535 (0 picks a free one).\n")
  }

  /// A copy of the built `recovery` in a folder of its own, without `recovery-serve` beside it.
  static func recoveryAlone(in tool: RecoveryTool) throws -> String {
    let folder = tool.path("alone")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let copy = folder + "/recovery"
    try FileManager.default.copyItem(atPath: try BuiltProduct.path("recovery"), toPath: copy)
    return copy
  }
}
