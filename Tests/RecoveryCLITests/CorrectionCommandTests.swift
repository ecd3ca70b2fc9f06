import Foundation
import RecoveryTestSupport
import Testing

/// The built `recovery` tool end to end: corrections with history (edit, remove, undo, history).
struct CorrectionCommandTests {
  private typealias Tool = RecoveryTool

  @Test func editRemoveUndoAndHistoryEachAnswerInOneLine() throws {
    let tool = try Tool()
    defer { tool.remove() }
    #expect(
      try tool.permissiveOutput("pain", "6", "--on", "2024-11-20", "--location", "groin", "--side", "right")
        == "Logged pain 6/10, right groin, 2024-11-20 (#1).\n")
    #expect(
      try tool.permissiveOutput("pain", "4", "--on", "2024-11-21") == "Logged pain 4/10, 2024-11-21 (#2).\n")

    #expect(try tool.permissiveOutput("edit", "1", "--score", "5") == "Edited #1: score 6 -> 5.\n")
    #expect(
      try tool.permissiveOutput("edit", "#1", "--note", "after physio")
        == "Edited #1: note (none) -> \"after physio\".\n")
    #expect(
      try tool.permissiveOutput("remove", "2", "--reason", "typed twice")
        == "Removed #2: pain 4/10, 2024-11-21.\n")

    let current = try tool.entries()
    #expect(current.map(\.id) == [1])
    #expect(current.first?.score == 5)
    #expect(current.first?.note == "after physio")
    let all = try tool.entries(includeRemoved: true)
    #expect(all.map(\.id) == [1, 2])
    #expect(all.map(\.removed) == [false, true])
    #expect(all.last?.score == 4)
    let table = try tool.permissiveOutput("list", "--include-removed")
    #expect(table.split(separator: "\n").contains { $0.hasPrefix("#2 ") && $0.contains("(removed)") })
    #expect(!table.split(separator: "\n").contains { $0.hasPrefix("#1 ") && $0.contains("(removed)") })
    #expect(!(try tool.permissiveOutput("list")).contains("#2"))

    let history = try tool.permissiveOutput("history", "1").split(separator: "\n").map(String.init)
    #expect(history.count == 5, "\(history)")
    #expect(history.first == "History of #1, oldest first:")
    #expect(history.dropFirst().first?.hasPrefix("VERSION") == true)
    #expect(history.dropFirst(2).first?.hasSuffix("added: pain 6/10, right groin, 2024-11-20") == true)
    #expect(history.dropFirst(3).first?.hasSuffix("edited: score 6 -> 5") == true)
    #expect(history.dropFirst(4).first?.hasSuffix("edited: note (none) -> \"after physio\"") == true)
    let removal = try tool.permissiveOutput("history", "2").split(separator: "\n")
    #expect(removal.last?.hasSuffix("removed (reason: typed twice)") == true)
    #expect(removal.last?.hasPrefix("v2 ") == true)

    #expect(try tool.permissiveOutput("undo") == "Undid the removal of #2: pain 4/10, 2024-11-21 is back.\n")
    #expect(
      try tool.permissiveOutput("undo")
        == "Undid the edit of #1: back to pain 5/10, right groin, 2024-11-20.\n")
    #expect(
      try tool.permissiveOutput("undo")
        == "Undid the edit of #1: back to pain 6/10, right groin, 2024-11-20.\n")
    #expect(
      try tool.permissiveOutput("undo")
        == "Undid the addition of #2: pain 4/10, 2024-11-21; it no longer shows in lists and reports.\n")
    #expect(
      try tool.permissiveOutput("undo")
        == "Undid the addition of #1: pain 6/10, right groin, 2024-11-20; it no longer shows in lists and reports.\n"
    )
    let nothing = try tool.recovery("undo")
    #expect(nothing.failedWithOneLine, "\(nothing.summary)")
    #expect(nothing.error == "recovery: There is nothing left to undo for patient \"default\".\n")
    #expect(try tool.permissiveOutput("list") == "No entries.\n")
    #expect(try tool.entries(includeRemoved: true).map(\.removed) == [true, true])
    #expect(
      try tool.permissiveOutput("history", "1").split(separator: "\n").last?.contains("undo of v1: removed")
        == true)
  }

  @Test func editingOrRemovingAnEntryThatIsNotThePatientsFailsInOneLineAndWritesNothing() throws {
    let tool = try Tool()
    defer { tool.remove() }
    try tool.permissiveOutput("pain", "6", "--on", "2024-11-20")
    try tool.permissiveOutput("pain", "3", "--on", "2024-11-20", "--patient", "bob")
    let changes = try tool.rowCount("change")
    let before = try tool.entries(includeRemoved: true)

    let attempts: [(arguments: [String], message: String)] = [
      (["edit", "99", "--score", "3"], "recovery: There is no entry #99 for patient \"default\".\n"),
      (["remove", "99"], "recovery: There is no entry #99 for patient \"default\".\n"),
      (["edit", "2", "--score", "3"], "recovery: Entry #2 belongs to patient \"bob\": add --patient bob.\n"),
      (
        ["remove", "2", "--reason", "not mine"],
        "recovery: Entry #2 belongs to patient \"bob\": add --patient bob.\n"
      ),
      (["history", "2"], "recovery: Entry #2 belongs to patient \"bob\": add --patient bob.\n"),
      (["edit", "1", "--score", "11"], ""),
      (["edit", "1", "--count", "3"], ""),
      (["edit", "1", "--on", "2999-01-01"], ""),
      (["edit", "1", "--score", "6"], ""),
      (["edit", "1"], ""),
      (["edit", "0", "--score", "1"], ""),
      (["remove", "#x"], ""),
    ]
    for attempt in attempts {
      let outcome = try tool.recovery(arguments: attempt.arguments + ["--db", tool.database])
      #expect(outcome.failedWithOneLine, "\(outcome.summary)")
      if !attempt.message.isEmpty { #expect(outcome.error == attempt.message) }
    }

    #expect(try tool.rowCount("change") == changes)
    #expect(try tool.entries(includeRemoved: true) == before)
    #expect(try tool.entries(patient: "bob").map(\.score) == [3])
  }
}
