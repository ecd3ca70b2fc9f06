import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryStore

/// `recovery history N`
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show every version of entry #N, oldest first, with when it was recorded and what changed.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The entry's id, as shown by list (42 or #42).") var id: EntryID

  func run() throws {
    let (store, patient) = try global.existingStoreAndPatient(holding: id.value)
    let changes = try store.history(id: id.value, for: patient)
    var rows: [[String]] = []
    var previous: DiaryEntry?
    for (index, change) in changes.enumerated() {
      let what: String
      switch change.action {
      case .add:
        what = "added: " + (change.entry.map(EntryDescription.line) ?? "")
      case .edit:
        if let previous, let entry = change.entry {
          what =
            "edited: "
            + EntryDiff.changes(from: previous, to: entry, patient: patient.name).joined(separator: "; ")
        } else {
          what = "edited"
        }
      case .remove:
        what = "removed" + (change.reason.map { " (reason: \($0))" } ?? "")
      case .move:
        what = "moved to another patient"
      case .undo:
        let target = changes.firstIndex { $0.sequence == change.undoes }.map { "v\($0 + 1)" } ?? "a change"
        what =
          "undo of \(target)" + (change.entry.map { ": now \(EntryDescription.line($0))" } ?? ": removed")
      }
      rows.append(["v\(index + 1)", change.recordedAt.description, what + (change.undone ? " [undone]" : "")])
      previous = change.entry ?? previous
    }
    print("History of #\(id.value), oldest first:")
    print(TextTable.render(header: ["VERSION", "RECORDED", "CHANGE"], rows: rows), terminator: "")
  }
}
