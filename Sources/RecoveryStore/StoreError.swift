import RecoveryModel

/// Why the store refused to open a file or to carry out a request.
///
/// Each case carries the data of one kind of failure (the file, the entry, the patient, SQLite's
/// ``ResultCode`` or the system's ``Errno``), for an app to match on and word for its users. The
/// descriptions are plain sentences for developers and logs; they name the file, entry or patient
/// concerned and never contain the contents of an entry.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
  // MARK: The file

  /// The file exists but is not an SQLite database (or is damaged beyond reading).
  case notADatabase(path: String)
  /// The file is a recovery database, but damaged; nothing was written to it.
  case damaged(path: String)
  /// The file is an SQLite database written by some other program.
  case notARecoveryDatabase(path: String)
  /// The database was written by a newer version of the store.
  case newerSchema(path: String, found: Int, supported: Int)
  /// The path is a folder, not a file.
  case isAFolder(path: String)
  /// The operating system refused an operation on the file (it is missing, or not permitted, ...).
  case fileSystem(path: String, errno: Errno)
  /// SQLite could not open the file, or create its journal beside it.
  case cannotOpen(path: String, code: ResultCode)
  /// The file, its folder or its file system cannot be written.
  case readOnly(path: String)
  /// The disk, or the database at its size limit, is full; the write was rolled back.
  case diskFull(path: String)
  /// The system reported an input/output error; the write was rolled back.
  case ioError(path: String, code: ResultCode)
  /// Another program kept the database locked for longer than the busy timeout, in seconds.
  case busy(path: String, timeoutSeconds: Int)
  /// A backup's target file exists already, and replacing it was not asked for.
  case backupTargetExists(path: String)
  /// A backup or restore was asked to copy the database onto itself.
  case sameFileAsDatabase(path: String)
  /// No free name was found for the copy a restore keeps of the database it replaces.
  case noFreeNameForKeptCopy(path: String)
  /// A stored row holds a value the model cannot read (a row changed outside the store).
  ///
  /// `value` is the stored text, for a program to inspect; the description leaves it out, since it
  /// may be health data.
  case unreadableEntry(path: String, table: String, id: Int, column: String, value: String?)

  // MARK: Patients and entries

  /// A patient name that cannot be stored.
  case invalidPatientName(String)
  /// No patient of that name.
  case noSuchPatient(name: String, known: [String])
  /// No entry with that number for this patient.
  case noSuchEntry(id: Int, patient: String)
  /// The entry failed the domain's validation.
  case invalidEntry(EntryError)
  /// An edit that would leave the entry as it is.
  case nothingChanged(id: Int)
  /// An edit that would turn an entry into an entry of another type.
  case typeChangeNotAllowed(id: Int, from: EntryType, to: EntryType)
  /// No add, edit or removal is left to undo.
  case nothingToUndo(patient: String)
  /// Entry `id` was removed; undo brings it back.
  case entryRemoved(id: Int)
  /// Entry `id` belongs to the patient `owner`, not to `patient`.
  case entryOfOtherPatient(id: Int, patient: String, owner: String)
  /// Another patient (perhaps a removed one) has this name already.
  case patientExists(name: String)
  /// The patient was removed; restoring brings it back.
  case patientRemoved(name: String)
  /// The patient has `count` entries, and removing it was not asked to include them.
  case patientHasEntries(name: String, count: Int)
  /// The default patient is the one a single user never names, and cannot be removed.
  case defaultPatientNotRemovable(name: String)
  /// The same surgery (kind, side, day) is logged already as entry `existing`.
  case duplicateSurgery(existing: Int, kind: TreatmentKind, side: Side?, day: CalendarDay)

  public var description: String {
    switch self {
    case .notADatabase(let path):
      "\(path) is not an SQLite database, or is damaged beyond reading; it was left untouched."
    case .damaged(let path):
      "The database \(path) is damaged (SQLite's quick check failed); nothing was written."
    case .notARecoveryDatabase(let path):
      "\(path) is an SQLite database of another program; it was left untouched."
    case .newerSchema(let path, let found, let supported):
      "\(path) uses schema version \(found), newer than version \(supported), the newest this store"
        + " supports; it was left untouched."
    case .isAFolder(let path):
      "\(path) is a folder, not a database file."
    case .fileSystem(let path, let errno):
      "The system refused to use \(path): \(errno) (errno \(errno.rawValue))."
    case .cannotOpen(let path, let code):
      "SQLite cannot open \(path) or create its journal beside it (result code \(code))."
    case .readOnly(let path):
      "The database \(path) is read-only; nothing was written."
    case .diskFull(let path):
      "The disk or the database \(path) is full; nothing was written."
    case .ioError(let path, let code):
      "The system reported an input/output error on \(path) (result code \(code)); nothing was written."
    case .busy(let path, let seconds):
      "The database \(path) stayed locked by another connection for longer than \(seconds) seconds;"
        + " nothing was written."
    case .backupTargetExists(let path):
      "The backup target \(path) exists already; it was left untouched."
    case .sameFileAsDatabase(let path):
      "\(path) is the database itself; it cannot be copied onto itself."
    case .noFreeNameForKeptCopy(let path):
      "No free file name was found beside \(path) for the copy of the database being replaced."
    case .unreadableEntry(let path, let table, let id, let column, let value):
      "Entry #\(id) in table \(table) of \(path) holds an unreadable \(Self.words(forColumn: column))"
        + " (\(value.map { "\($0.count) characters" } ?? "NULL")); the row was changed outside the store."
    case .invalidPatientName(let name):
      "Invalid patient name \"\(name.prefix(40))\"\(name.unicodeScalars.count > 40 ? "…" : ""): a name"
        + " has 1 to 200 characters."
    case .noSuchPatient(let name, let known):
      "There is no patient named \"\(name)\"; "
        + (known.isEmpty
          ? "the database has no patients yet." : "patients: \(known.joined(separator: ", ")).")
    case .noSuchEntry(let id, let patient):
      "There is no entry #\(id) for patient \"\(patient)\"."
    case .invalidEntry(let error):
      error.description
    case .nothingChanged(let id):
      "The edit leaves #\(id) as it is: nothing to change."
    case .typeChangeNotAllowed(let id, let from, let to):
      "An edit cannot change the type of #\(id) from \(from.rawValue) to \(to.rawValue)."
    case .nothingToUndo(let patient):
      "There is nothing left to undo for patient \"\(patient)\"."
    case .entryRemoved(let id):
      "Entry #\(id) was removed."
    case .entryOfOtherPatient(let id, let patient, let owner):
      "Entry #\(id) belongs to patient \"\(owner)\", not to \"\(patient)\"."
    case .patientExists(let name):
      "A patient named \"\(name)\" exists already."
    case .patientRemoved(let name):
      "The patient \"\(name)\" was removed."
    case .patientHasEntries(let name, let count):
      "The patient \"\(name)\" has \(count) \(count == 1 ? "entry" : "entries")."
    case .defaultPatientNotRemovable(let name):
      "The default patient \"\(name)\" cannot be removed."
    case .duplicateSurgery(let existing, let kind, let side, let day):
      "The surgery \(kind.rawValue)\(side.map { " (\($0.rawValue))" } ?? "") on \(day) is logged already as #\(existing)."
    }
  }

  /// A column's name as words: `day`, `from_day` and `to_day` hold dates; `weight_bearing` reads
  /// "weight bearing".
  static func words(forColumn column: String) -> String {
    column == "day" || column.hasSuffix("_day") ? "date" : String(column.map { $0 == "_" ? " " : $0 })
  }
}
