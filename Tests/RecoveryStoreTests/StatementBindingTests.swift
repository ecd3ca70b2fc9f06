import Foundation
import RecoveryTestSupport
import Testing

@testable import RecoveryStore

/// Text bound to a statement is read from the statement's own copy: values of every length, empty
/// ones and non-ASCII ones reach SQLite intact, a later run with fewer values binds NULL to the rest,
/// and a longer text than any before still arrives whole.
struct StatementBindingTests {
  @Test func boundTextReachesSQLiteIntactRunAfterRun() throws {
    try TemporaryDirectory.with { folder in
      let connection = try Connection(path: folder.file("bind.sqlite"), create: true)
      try connection.execute("CREATE TABLE t (a TEXT, b TEXT, c TEXT)")
      let insert = try connection.cached("INSERT INTO t (a, b, c) VALUES (?, ?, ?)")
      let rows: [[String?]] = [
        ["", "x", "Zoë \"Z\" 山田 🦴"],
        [String(repeating: "long ", count: 500), nil, "after a long one"],
        ["short", "", ""],
        [String(repeating: "é", count: 4_000), "b", nil],
      ]
      for row in rows {
        try insert.run(row.map { $0.map { SQLValue.text($0) } })
      }
      // Fewer values than parameters: the rest are NULL, not the previous run's text.
      try insert.run([.text("only a")])
      let read = try connection.cached("SELECT a, b, c FROM t ORDER BY rowid").rows { row -> [String?] in
        [row.optionalText(0), row.optionalText(1), row.optionalText(2)]
      }
      #expect(read == rows + [["only a", nil, nil]])
      let counted = try connection.scalarInt(
        "SELECT count(*) FROM t WHERE a = ? AND c = ?", [SQLValue.text(""), SQLValue.text("Zoë \"Z\" 山田 🦴")])
      #expect(counted == 1)
    }
  }

  @Test func aUidIsBoundAsTheLowercaseTextTheStoreWrites() throws {
    try TemporaryDirectory.with { folder in
      let connection = try Connection(path: folder.file("uid.sqlite"), create: true)
      try connection.execute("CREATE TABLE t (a TEXT, uid TEXT, b TEXT)")
      let insert = try connection.cached("INSERT INTO t (a, uid, b) VALUES (?, ?, ?)")
      let uids = (0..<50).map { _ in UUID() }
      for (index, uid) in uids.enumerated() {
        try insert.run([.text(String(repeating: "x", count: index * 40)), .uid(uid), .text("after")])
      }
      let read = try connection.cached("SELECT uid, b, length(a) FROM t ORDER BY rowid").rows { row in
        [row.text(0), row.text(1), String(row.int(2))]
      }
      #expect(read == uids.enumerated().map { [$1.uuidString.lowercased(), "after", String($0 * 40)] })
      #expect(uids.allSatisfy { $0.lowercased == $0.uuidString.lowercased() })
    }
  }

  @Test func bindingAStatementWhileItsRowsAreReadIsRefusedAndTheRowsStayIntact() throws {
    try TemporaryDirectory.with { folder in
      let connection = try Connection(path: folder.file("busy.sqlite"), create: true)
      try connection.execute("CREATE TABLE t (a TEXT, n INTEGER)")
      let key = String(repeating: "k", count: 300)
      for number in 0..<5 {
        try connection.cached("INSERT INTO t (a, n) VALUES (?, ?)").run([.text(key), .integer(number)])
      }
      // The bound text is read again for every row.
      let select = try connection.cached("SELECT ?1 || '-' || n, a = ?1 FROM t")
      var refused = 0
      let read = try select.rows([.text(key)]) { row -> String in
        do {
          try select.bind([.text(String(repeating: "z", count: 5_000))])
        } catch {
          refused += 1
        }
        return row.text(0) + (row.int(1) == 1 ? "" : " differs")
      }
      #expect(refused == 5)
      #expect(read == (0..<5).map { key + "-\($0)" })
    }
  }

  @Test func aBindThatFailsHalfwayLeavesTheStatementUsable() throws {
    try TemporaryDirectory.with { folder in
      let connection = try Connection(path: folder.file("halfway.sqlite"), create: true)
      try connection.execute("CREATE TABLE t (a TEXT, b TEXT)")
      let insert = try connection.cached("INSERT INTO t (a, b) VALUES (?, ?)")
      try insert.run([.text("first"), .text("row")])
      // A third value has no parameter: SQLite refuses it after the first two are bound.
      let long = String(repeating: "l", count: 1_000)
      #expect(throws: SQLiteError.self) { try insert.run([.text(long), .text(long), .text(long)]) }
      try insert.run([.text("second"), .text("row")])
      let read = try connection.cached("SELECT a || ' ' || b FROM t ORDER BY rowid").rows { $0.text(0) }
      #expect(read == ["first row", "second row"])
    }
  }

  @Test func textBoundOneByOneStaysWholeWhenItOutgrowsTheBufferSeveralTimes() throws {
    try TemporaryDirectory.with { folder in
      let connection = try Connection(path: folder.file("grow.sqlite"), create: true)
      let columns = (0..<40).map { "c\($0)" }
      try connection.execute("CREATE TABLE t (\(columns.joined(separator: " TEXT, ")) TEXT)")
      let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
      let insert = try connection.cached("INSERT INTO t VALUES (\(marks))")
      // Each set is longer than the last: the first buffers fill up while their text is still bound.
      let sets = (1...3).map { round in
        columns.indices.map { index in String(repeating: "\(index % 10)", count: index * 37 * round) + "é" }
      }
      for values in sets {
        try insert.startBinding()
        for (index, value) in values.enumerated() { try insert.bind(value, at: Int32(index + 1)) }
        try insert.runBound()
      }
      let read = try connection.cached("SELECT \(columns.joined(separator: ", ")) FROM t ORDER BY rowid").rows
      {
        row in columns.indices.map { row.text(Int32($0)) }
      }
      #expect(read == sets)
    }
  }
}
