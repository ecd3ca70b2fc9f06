import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryStore

/// `recovery undo`
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Revert this patient's most recent add, edit, removal or move; repeat to go further back.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    guard let (store, patient) = try global.existingStoreAndPatient() else {
      throw StoreError.nothingToUndo(patient: global.patientNameForMessages)
    }
    let undone = try store.undo(for: patient)
    let numbers =
      undone.ids.count == 1
      ? "#\(undone.ids.lowerBound)"
      : "#\(undone.ids.lowerBound)-#\(undone.ids.upperBound) (\(undone.ids.count) entries)"
    switch undone.action {
    case .add:
      let what = undone.previous.map { ": \(EntryDescription.line($0).oneLine)" } ?? ""
      print("Undid the addition of \(numbers)\(what); it no longer shows in lists and reports.")
    case .edit:
      print(
        "Undid the edit of \(numbers): back to \(undone.entry.map { EntryDescription.line($0).oneLine } ?? "its earlier version")."
      )
    case .remove:
      print(
        "Undid the removal of \(numbers): \(undone.entry.map { EntryDescription.line($0).oneLine } ?? "the entry") is back."
      )
    case .move:
      print(
        "Undid the move of \(numbers): \(undone.entry.map { EntryDescription.line($0).oneLine } ?? "the entry")"
          + " is back in \(patient.name.oneLine)'s diary.")
    case .undo:
      print("Undid \(numbers).")
    }
  }
}
