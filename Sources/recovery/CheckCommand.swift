import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// `recovery check`
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the database: SQLite's integrity and foreign keys, and the diary's own rules.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    guard try global.databaseExists() else {
      throw CommandFailure("There is no database at \(try global.databasePath()) yet: nothing to check.")
    }
    let store = try global.openStore()
    let problems = try store.check()
    if problems.isEmpty {
      print("\(store.path): no problems found.")
      return
    }
    for problem in problems {
      print(problem.description)
    }
    throw CommandFailure("\(problems.count) problem\(problems.count == 1 ? "" : "s") found in \(store.path).")
  }
}
