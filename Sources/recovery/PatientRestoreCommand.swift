import ArgumentParser
import RecoveryCommandLine
import RecoveryStore

/// `recovery patient restore NAME`
struct PatientRestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore", abstract: "Bring back a removed patient with its entries.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The removed patient's name.", valueName: "name")) var name: String

  func run() throws {
    guard try global.databaseExists() else {
      throw StoreError.noSuchPatient(name: name, known: [])
    }
    try global.openStore().restorePatient(named: name)
    print("Restored patient \(name.oneLine) with its entries.")
  }
}
