import Foundation
import RecoveryTestSupport
import Testing

/// `recovery serve` and the command line write one database at the same time: both wait for each
/// other through SQLite's locks and the store's busy timeout, and every entry of both is stored once.
struct ServeSharedDatabaseTests {
  /// Posts `count` pain entries through the API, one connection, and prints the statuses.
  static let poster = """
    import http.client, json, sys
    port, token, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    statuses = []
    for index in range(count):
        body = json.dumps({"type": "pain", "score": index % 11, "date": "2024-05-01", "note": f"web {index}"})
        connection.request("POST", "/api/entries", body=body,
                           headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        statuses.append(response.status)
    print(json.dumps(statuses))
    """

  @Test func theServerAndTheCommandLineWriteOneDatabaseAtOnce() throws {
    let tool = try RecoveryTool()
    defer { tool.remove() }
    try #require(try tool.recovery("pain", "1", "--on", "2024-05-01").succeeded)
    let served = try ServedApp(
      recovery: try BuiltProduct.path("recovery"), database: tool.database, folder: tool.folder)
    let count = 40
    let web = try ChildProcess.start(
      try TestPython.path(), ["-c", Self.poster, "\(served.port)", served.token, "\(count)"])
    var commandLine: [ProcessOutcome] = []
    for index in 0..<count {
      commandLine.append(
        try tool.recovery("pain", "\(index % 11)", "--on", "2024-05-02", "--note", "cli \(index)"))
    }
    let posted = web.finish()
    let stopped = served.stop()
    #expect(!stopped.signaled && stopped.status == 0, "\(stopped.log.suffix(500))")
    try #require(posted.succeeded, "\(posted.summary)")
    let statuses = try #require(try JSONSerialization.jsonObject(with: posted.standardOutput) as? [Int])
    #expect(statuses == Array(repeating: 201, count: count))
    let failed = commandLine.filter { !$0.succeeded }.map(\.summary)
    #expect(failed.isEmpty, "\(failed)")
    let listed = try tool.recovery("list", "--format", "json")
    let entries = try #require(
      try JSONSerialization.jsonObject(with: listed.standardOutput) as? [[String: Any]])
    let notes = entries.compactMap { $0["note"] as? String }
    #expect(notes.filter { $0.hasPrefix("web ") }.count == count)
    #expect(notes.filter { $0.hasPrefix("cli ") }.count == count)
    #expect(Set(entries.compactMap { $0["uid"] as? String }).count == entries.count)
    let check = try tool.recovery("check")
    #expect(check.succeeded, "\(check.summary)")
  }
}
