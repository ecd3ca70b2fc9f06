import ArgumentParser
import RecoveryCommandLine
import RecoveryStore

/// `recovery patient rename OLD NEW`
struct PatientRenameCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rename",
    abstract: "Give a patient a new name; the default patient stays the default under its new name.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The patient's name now.", valueName: "old")) var old: String
  @Argument(help: ArgumentHelp("The new name.", valueName: "new")) var new: String

  func run() throws {
    guard try global.databaseExists() else {
      throw StoreError.noSuchPatient(name: old, known: [])
    }
    try global.openStore().renamePatient(named: old, to: new)
    print("Renamed patient \(old.oneLine) to \(new.oneLine).")
  }
}
