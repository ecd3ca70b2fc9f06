import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// `recovery backup FILE [--force]`
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Write a consistent copy of the database to FILE, even while others write to it.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The backup file to create.", valueName: "file")) var file: String
  @Flag(help: "Replace FILE if it exists.") var force = false

  func run() throws {
    guard try global.databaseExists() else {
      throw CommandFailure("There is no database at \(try global.databasePath()) yet: nothing to back up.")
    }
    let store = try global.openStore()
    try store.backup(to: file, overwrite: force)
    print("Backed up \(store.path) to \(file).")
  }
}
