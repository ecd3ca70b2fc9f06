import ArgumentParser
import RecoveryModel

/// `recovery restore FILE`
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Replace the database with the backup FILE, keeping the current one beside it.",
    discussion: "FILE is checked first; a file that is not a healthy recovery database changes nothing.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The backup file to restore.", valueName: "file")) var file: String

  func run() throws {
    let store = try global.openStore()
    let kept = try store.restore(from: file)
    print("Restored \(store.path) from \(file); the previous database is kept as \(kept).")
  }
}
