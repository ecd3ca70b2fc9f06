import ArgumentParser
import RecoveryModel
import RecoveryStore

/// `recovery remove N [--reason TEXT]`
struct RemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove entry #N from lists and reports; it stays in its history and undo brings it back.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The entry's number, as shown by list.") var number: EntryNumber
  @Option(help: ArgumentHelp("Why it is removed, kept in its history.", valueName: "text")) var reason:
    String?

  func run() throws {
    let (store, patient) = try global.existingStoreAndPatient(holding: number.value)
    let record = try store.remove(id: number.value, for: patient, reason: reason)
    print("Removed #\(number.value): \(EntryDescription.line(record).oneLine).")
  }
}
