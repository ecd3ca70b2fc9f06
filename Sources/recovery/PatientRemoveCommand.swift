import ArgumentParser
import RecoveryCommandLine
import RecoveryStore

/// `recovery patient remove NAME [--with-entries]`
struct PatientRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove a patient from lists, reports and cohorts; recovery patient restore brings it back.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The patient to remove.", valueName: "name")) var name: String
  @Flag(help: "Remove a patient that has entries, with its entries (they are kept for restoring).")
  var withEntries = false

  func run() throws {
    guard try global.databaseExists() else {
      throw StoreError.noSuchPatient(name: name, known: [])
    }
    let store = try global.openStore()
    let count = try store.entryCount(for: try store.existingPatient(named: name))
    try store.removePatient(named: name, withEntries: withEntries)
    let entries = count == 0 ? "" : " with \(count) \(count == 1 ? "entry" : "entries")"
    print(
      "Removed patient \(name.oneLine)\(entries); recovery patient restore \(StoreError.shellWord(name))"
        + " brings it back.")
  }
}
