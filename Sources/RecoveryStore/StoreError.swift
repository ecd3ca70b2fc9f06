import RecoveryModel

/// Why the store refused to open a file or to carry out a request.
///
/// Descriptions are one full sentence naming the file, entry or patient concerned; they never contain
/// the contents of an entry.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The file exists but is not an SQLite database (or is damaged beyond reading).
  case notADatabase(path: String)
  /// The file is a recovery database, but damaged.
  case damaged(path: String)
  /// A patient name that cannot be stored.
  case invalidPatientName(String)
  /// The file is an SQLite database written by some other program.
  case notARecoveryDatabase(path: String)
  /// The database was written by a newer version of recovery.
  case newerSchema(path: String, found: Int, supported: Int)
  /// The file or its folder cannot be opened or created.
  case cannotOpen(path: String, reason: String)
  /// Another program kept the database locked for longer than the busy timeout.
  case busy(path: String, seconds: Int)
  /// No patient of that name.
  case noSuchPatient(name: String, known: [String])
  /// No entry with that number for this patient.
  case noSuchEntry(id: Int, patient: String)
  /// The entry failed the domain's validation.
  case invalidEntry(EntryError)
  /// An edit that would leave the entry as it is.
  case nothingChanged(id: Int)
  /// No add, edit or removal is left to undo.
  case nothingToUndo(patient: String)

  public var description: String {
    switch self {
    case .notADatabase(let path):
      "\(path) is not a recovery database (it is not an SQLite database, or it is damaged); it was left untouched."
    case .damaged(let path):
      "The database \(path) is damaged (SQLite's quick check failed); nothing was written. Run recovery check"
        + " to see the problems, or recovery restore a backup."
    case .invalidPatientName(let name):
      "Invalid patient name \"\(name.prefix(40))\"\(name.unicodeScalars.count > 40 ? "…" : ""): use 1 to 200 characters."
    case .notARecoveryDatabase(let path):
      "\(path) is an SQLite database of another program, not a recovery database; it was left untouched."
    case .newerSchema(let path, let found, let supported):
      "\(path) uses schema version \(found), newer than the version \(supported) this build of recovery"
        + " supports; it was left untouched. Install a newer recovery."
    case .cannotOpen(let path, let reason):
      "Cannot open the database \(path): \(reason)."
    case .busy(let path, let seconds):
      "The database \(path) is locked by another program and stayed locked for more than \(seconds)"
        + " seconds; nothing was written. Try again when it is free."
    case .noSuchPatient(let name, let known):
      "There is no patient named \"\(name)\"; "
        + (known.isEmpty
          ? "the database has no patients yet." : "patients: \(known.joined(separator: ", ")).")
    case .noSuchEntry(let number, let patient):
      "There is no entry #\(number) for patient \"\(patient)\"."
    case .invalidEntry(let error):
      error.description
    case .nothingChanged(let number):
      "Nothing to change in #\(number): give at least one option with a new value."
    case .nothingToUndo(let patient):
      "There is nothing left to undo for patient \"\(patient)\"."
    }
  }
}
