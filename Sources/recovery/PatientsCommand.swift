import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// `recovery patients`
struct PatientsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "patients", abstract: "List the patients in the database.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let patients = try global.databaseExists() ? try global.openStore().patients() : []
    if patients.isEmpty {
      print("No patients yet: the first entry you log creates the default patient.")
    }
    // A name is printed as one line, so that an escape sequence or line break in it cannot disturb
    // the terminal or pass for another patient.
    for patient in patients {
      print(patient.name.oneLine)
    }
  }
}
