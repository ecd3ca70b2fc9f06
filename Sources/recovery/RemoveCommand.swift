import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryStore

/// `recovery remove N [--reason TEXT]`
struct RemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove entry #N from lists and reports; it stays in its history and undo brings it back.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The entry's id, as shown by list (42 or #42).") var id: EntryID
  @Option(help: ArgumentHelp("Why it is removed, kept in its history.", valueName: "text")) var reason:
    String?

  func run() throws {
    let (store, patient) = try global.existingStoreAndPatient(holding: id.value)
    let entry = try store.remove(id: id.value, for: patient, reason: reason)
    print("Removed #\(id.value): \(EntryDescription.line(entry).oneLine).")
  }
}
