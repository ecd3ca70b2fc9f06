import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryStore

/// `recovery restore FILE`
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Replace the database with the backup FILE, keeping the current one beside it.",
    discussion: """
      FILE is checked first; a file that is not a healthy recovery database changes nothing. The current \
      database is kept as <database>.before-restore-<time>, even when it is damaged.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The backup file to restore.", valueName: "file")) var file: String

  func run() throws {
    let path = try global.databasePathForWriting()
    let kept = try RecoveryStore.restore(from: file, into: path)
    print(
      "Restored \(path) from \(file)"
        + (kept.map { "; the previous database is kept as \($0)." } ?? "."))
  }
}
