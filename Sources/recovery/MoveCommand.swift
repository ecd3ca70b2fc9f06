import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryStore

/// `recovery move N --to-patient NAME`
struct MoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "move",
    abstract: "Move entry #N to another patient's diary; undo moves it back.",
    discussion: """
      The entry is looked up in the diary of --patient (else the default patient), and keeps its \
      number and its history.
      Examples:
        recovery move 42 --to-patient anna
        recovery --patient anna move 42 --to-patient default
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The entry's id, as shown by list (42 or #42).") var id: EntryID
  @Option(help: ArgumentHelp("The patient to move it to, who must exist.", valueName: "name"))
  var toPatient: String

  func run() throws {
    let (store, patient) = try global.existingStoreAndPatient(holding: id.value)
    let target = try store.existingPatient(named: toPatient)
    let entry = try store.move(id: id.value, from: patient, to: target)
    print(
      "Moved #\(id.value) (\(EntryDescription.line(entry).oneLine)) from \(patient.name.oneLine) to"
        + " \(target.name.oneLine); recovery undo moves it back.")
  }
}
