import ArgumentParser

/// `recovery patient rename|remove|restore`
struct PatientCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "patient",
    abstract: "Rename, remove or restore a patient (recovery patients lists them).",
    discussion: """
      Examples:
        recovery patient rename default "Jane Doe"
        recovery patient remove Anan
        recovery patient remove old-name --with-entries
        recovery patient restore old-name
      """,
    subcommands: [PatientRenameCommand.self, PatientRemoveCommand.self, PatientRestoreCommand.self])
}
