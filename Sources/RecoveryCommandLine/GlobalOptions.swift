import ArgumentParser
import RecoveryModel
import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Options every command takes: which database and which patient.
package struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The database file (default: $RECOVERY_DB, else $XDG_DATA_HOME/recovery/recovery.sqlite, else ~/.local/share/recovery/recovery.sqlite).",
      valueName: "path"))
  package var db: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Whose diary (default: $RECOVERY_PATIENT, else the default patient).", valueName: "name"))
  package var patient: String?

  @Flag(
    help: "Create the patient named by --patient even when its name is close to an existing patient's.")
  package var newPatient = false

  package init() {}

  /// The database path. Nothing is created: ``openStore()`` makes the default folder when it writes.
  package func databasePath() throws -> String {
    let (folder, path) = try location()
    return folder.map { $0 + "/recovery.sqlite" } ?? path
  }

  /// The default folder (nil when a path was given) and the path given.
  private func location() throws -> (folder: String?, path: String) {
    if let db, !db.isEmpty { return (nil, db) }
    if let path = environment("RECOVERY_DB"), !path.isEmpty { return (nil, path) }
    let base: String
    if let data = environment("XDG_DATA_HOME"), !data.isEmpty {
      base = data
    } else if let home = environment("HOME"), !home.isEmpty {
      base = home + "/.local/share"
    } else {
      throw CommandFailure("Neither --db, RECOVERY_DB, XDG_DATA_HOME nor HOME is set: pass --db PATH.")
    }
    return (base + "/recovery", "")
  }

  /// The patient name asked for, or nil for the default patient.
  package var patientName: String? {
    if let patient, !patient.isEmpty { return patient }
    if let name = environment("RECOVERY_PATIENT"), !name.isEmpty { return name }
    return nil
  }

  /// Whether the database file exists yet; commands that only read or correct entries do not create it.
  package func databaseExists() throws -> Bool {
    access(try databasePath(), F_OK) == 0
  }

  /// Opens the store, creating the default folder (owner-only) when the default is used.
  package func openStore() throws -> RecoveryStore {
    try RecoveryStore(path: databasePathForWriting())
  }

  /// The database path, creating the default folder (owner-only) when the default is used.
  package func databasePathForWriting() throws -> String {
    if let folder = try location().folder { try makeFolders(folder) }
    return try databasePath()
  }

  /// For commands that only read or correct entries: the store and patient, or nil when there is no
  /// database file yet (which is then not created).
  /// - Throws: ``StoreError/noSuchPatient(name:known:)`` when a patient was named and there is no
  ///   database, or no such patient in it.
  package func existingStoreAndPatient() throws -> (RecoveryStore, Patient)? {
    guard try databaseExists() else {
      if let name = patientName { throw StoreError.noSuchPatient(name: name, known: []) }
      return nil
    }
    return try openStoreAndPatient(creating: false)
  }

  /// For commands about one entry: the store and patient to look entry #`id` up in.
  /// - Throws: ``StoreError/noSuchEntry(id:patient:)`` when there is no database file yet, and what
  ///   ``existingStoreAndPatient()`` throws.
  package func existingStoreAndPatient(holding id: Int) throws -> (RecoveryStore, Patient) {
    guard let found = try existingStoreAndPatient() else {
      throw StoreError.noSuchEntry(id: id, patient: patientNameForMessages)
    }
    return found
  }

  /// The patient name for messages: the one asked for, or the default.
  package var patientNameForMessages: String { patientName ?? Patient.defaultName }

  /// Opens the store and finds (or, for writing, creates) the patient.
  ///
  /// Reading a patient that does not exist is an error that lists the patients there are, so a typo in
  /// `--patient` is not mistaken for an empty diary. Writing creates a patient only when no patient
  /// has a close name (``PatientNameMatch``), or with `--new-patient`, and says so on standard output.
  package func openStoreAndPatient(creating: Bool) throws -> (RecoveryStore, Patient) {
    let store = try openStore()
    guard let name = patientName else { return (store, try store.defaultPatient()) }
    guard creating else { return (store, try store.existingPatient(named: name)) }
    if let patient = try store.patient(named: name) { return (store, patient) }
    if try store.isRemovedPatient(named: name) { throw StoreError.patientRemoved(name: name) }
    if !newPatient {
      let close = PatientNameMatch.closeNames(to: name, among: try store.patients().map(\.name))
      if !close.isEmpty {
        let names = close.map { "\"\($0.oneLine)\"" }.joined(separator: " or ")
        throw ValidationError(
          "There is no patient named \"\(name.oneLine)\"; did you mean \(names)? Pass --new-patient to create"
            + " a patient with this name.")
      }
    }
    let patient = try store.patientCreatingIfNeeded(named: name)
    print("New patient \(name.oneLine) created.")
    return (store, patient)
  }

  private func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// `mkdir -p` with mode 0700 for the folders it creates.
  private func makeFolders(_ path: String) throws {
    var current = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o700) != 0, errno != EEXIST {
        throw CommandFailure(
          "Cannot create the folder \(current) for the database: \(String(cString: strerror(errno))).")
      }
    }
  }
}
