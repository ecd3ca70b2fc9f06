import RecoveryExchange
import RecoveryFHIR
import RecoveryModel
import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The sentences the command line prints for the libraries' errors. The libraries' errors carry data;
// the wording here names the options to pass (`--name`, `--force`) and the forms the tool accepts.

extension ExchangeError {
  /// The sentence the command line prints.
  package var userMessage: String {
    switch self {
    case .cannotRead(let path, let failure):
      "Cannot read \(path): \(Self.reason(failure))."
    case .cannotWrite(let path, let failure):
      "Cannot write \(path): \(Self.reason(failure))."
    case .fileExists(let path):
      "Cannot write \(path): the file exists already; pass --force to replace it."
    case .notText(let path):
      "\(path) is not a text file (it holds binary data): nothing was imported."
    case .emptyFile(let path):
      "\(path) is empty: there is nothing to import."
    case .invalidUTF16(let path, true):
      "\(path) starts as UTF-16 text but ends half-way through a character; nothing was imported."
    case .invalidUTF16(let path, false):
      "\(path) starts as UTF-16 text but is not valid UTF-16; nothing was imported."
    case .cannotCopyUTF16(let failure):
      "Cannot write a UTF-8 copy of the file: \(Self.reason(failure))."
    }
  }

  /// The system's reason, or what to do about a folder.
  private static func reason(_ failure: Int32) -> String {
    failure == EISDIR ? "it is a folder; give the path of a file" : String(cString: strerror(failure))
  }
}

extension EntryError {
  /// The sentence the command line prints.
  package var userMessage: String {
    switch self {
    case .malformedDate(let text):
      "Invalid date \"\(text)\": use YYYY-MM-DD (a real calendar day), today or yesterday."
    case .malformedTime(let text):
      "Invalid time \"\(text)\": use HH:MM on a 24-hour clock, from 00:00 to 23:59."
    case .outOfRange(let field, let value, let range):
      Self.outOfRangeMessage(field: field, value: value, range: range)
    case .unknownWord(let kind, let value, let choices):
      "Unknown \(kind) \"\(value)\": choose one of \(choices)."
    case .detailNotApplicable(let field, let kind, let appliesTo):
      "\(field.labelWithArticle.prefix(1).uppercased() + field.labelWithArticle.dropFirst()) (--\(field.rawValue))"
        + " does not apply to \(kind.rawValue): it applies only to"
        + " \(appliesTo.map(\.rawValue).joined(separator: ", "))."
    case .nameRequired:
      "A treatment of kind other needs a name (--name), for example \"acupuncture\"."
    case .triggerPointRequired:
      "A trigger-point symptom needs the point (--point): choose one of \(TriggerPoint.choices)."
    case .pointNotApplicable(let kind):
      "A trigger point (--point) applies only to the trigger-point symptom, not to \(kind.rawValue)."
    case .textTooLong(let field, let bytes, let limit):
      "The \(field.label) (--\(field.rawValue)) is \(bytes) bytes long: the limit is \(limit) bytes."
    case .wrongAnswerCount(let instrument, _, let got):
      "\(instrument.rule); got \(got)."
    case .answerOutOfRange(let instrument, let index, let value, _):
      "\(instrument.label) answer \(index)\(instrument.itemLabel(index)) is \(value), out of range:"
        + " \(instrument.rule)."
    case .missingAnswer(let instrument, let index):
      "\(instrument.label) answer \(index)\(instrument.itemLabel(index)) is missing, and a score needs"
        + " every answer: \(instrument.rule)."
    case .malformedAnswer(let instrument, let index, let text):
      "\(instrument.label) answer \(index)\(instrument.itemLabel(index)) \"\(text)\" is not a whole number:"
        + " \(instrument.rule)."
    case .answersRequired(let instrument):
      "\(instrument.label) needs its answers: \(instrument.rule)."
    case .totalOutOfRange(let instrument, let value, let range):
      "\(instrument.label) total \(value) is out of range: use --total with a whole number from"
        + " \(range.lowerBound) to \(range.upperBound)."
    case .noSurgery(let day):
      "There is no surgery on or before \(day) for the target to count from: log the surgery first"
        + " (recovery treatment KIND), or name one with --after ID."
    case .notASurgery(let id, let type, let kind):
      "#\(id) is \(EntryError.withArticle(kind.map(\.label) ?? "\(type.rawValue) entry")), not a surgery: --after takes"
        + " the id of a surgery (\(TreatmentKind.allCases.filter { $0.category == .surgery }.map(\.rawValue).joined(separator: ", "))), as list"
        + " shows it."
    case .unknownSurgery:
      "The target's surgery is not a surgery in this diary (removed, or never logged): name one with"
        + " --after ID."
    case .drugNameRequired:
      "A medication of drug other needs a name (--name), for example \"dexamethasone\"."
    case .courseHasTime:
      "A course (--from) covers whole days: leave out --time, or log the doses of one day with --on."
    case .dosesHaveNoEnd:
      "Doses on one day (--on) have no end: log a course with --from and --to instead."
    case .implausibleDose(let drug, let dose, let largest):
      "A dose of \(EntryDescription.number(dose)) mg of \(drug.rawValue) (--dose) is not plausible: give one"
        + " dose in mg, more than 0 and at most \(EntryDescription.number(largest)); --times says how many."
    case .implausibleDailyDose(let drug, let daily, let largest):
      "A daily total of \(EntryDescription.number(daily)) mg of \(drug.rawValue) (--dose times --times) is not"
        + " plausible: at most \(EntryDescription.number(largest)) mg a day."
    case .futureDate, .periodEndsBeforeStart, .emptyPeriod, .overlappingPeriod, .noOpenPeriod,
      .inconsistentScore:
      description
    }
  }

  private static func outOfRangeMessage(field: EntryField, value: Int, range: ClosedRange<Int>) -> String {
    let (low, high) = (range.lowerBound, range.upperBound)
    return switch field {
    case .score:
      "Pain score \(value) is out of range: use a whole number from \(low) (no pain) to \(high) (worst imaginable)."
    case .severity:
      "Severity \(value) is out of range: use a whole number from \(low) to \(high)."
    case .count where value < low:
      "Episode count \(value) is invalid: use a whole number of \(low) or more."
    case .count:
      "Episode count \(value) is too large: use a whole number from \(low) to \(high) (log several entries if needed)."
    case .round:
      "Round \(value) is invalid: rounds are numbered from \(low) to \(high)."
    case .days:
      "Number of days \(value) is out of range: use --days with a whole number from \(low) to \(high)."
    default:
      "The \(field.label) \(value) is out of range: use a whole number from \(low) to \(high)."
    }
  }
}

extension StoreError {
  /// The sentence the command line prints.
  package var userMessage: String {
    switch self {
    case .notADatabase(let path):
      "\(path) is not a recovery database (it is not an SQLite database, or it is damaged); it was left untouched."
    case .damaged(let path):
      "The database \(path) is damaged (SQLite's quick check failed); nothing was written. Run recovery check"
        + " to see the problems, or recovery restore a backup."
    case .notARecoveryDatabase(let path):
      "\(path) is an SQLite database of another program, not a recovery database; it was left untouched."
    case .newerSchema(let path, let found, let supported):
      "\(path) uses schema version \(found), newer than the version \(supported) this build of recovery"
        + " supports; it was left untouched. Install a newer recovery."
    case .isAFolder(let path):
      "Cannot open \(path): it is a folder; give the path of a file."
    case .fileSystem(let path, let errno):
      "Cannot open \(path): \(errno)."
    case .cannotOpen(let path, _):
      "Cannot open the database \(path): SQLite cannot open it or create its journal beside it; check that"
        + " the file and its folder exist and are writable."
    case .readOnly(let path):
      "Cannot write to the database \(path): it is read-only (the file, its folder or its file system);"
        + " nothing was written."
    case .diskFull(let path):
      "Cannot write to the database \(path): the disk or the database is full; nothing was written."
    case .ioError(let path, _):
      "Cannot use the database \(path): the system reported an input/output error; nothing was written."
    case .busy(let path, let seconds):
      "The database \(path) is locked by another program and stayed locked for more than"
        + " \(seconds) seconds; nothing was written. Try again when it is free."
    case .backupTargetExists(let path):
      "Cannot back up to \(path): the file exists already; pass --force to replace it."
    case .sameFileAsDatabase(let path):
      "Cannot use \(path): it is the database itself; choose another file."
    case .noFreeNameForKeptCopy(let path):
      "Cannot keep a copy of \(path) before restoring: too many earlier copies with this name."
    case .unreadableEntry(let path, _, let id, let column, _):
      "Entry #\(id) in \(path) has an unreadable value in its \(column) column, changed outside recovery."
        + " Run recovery check to see every problem, or recovery restore a backup."
    case .invalidPatientName(let name):
      "Invalid patient name \"\(name.prefix(40))\"\(name.unicodeScalars.count > 40 ? "…" : ""): use 1 to 200"
        + " characters."
    case .invalidEntry(let error):
      error.userMessage
    case .nothingChanged(let id):
      "Nothing to change in #\(id): give at least one option with a new value."
    case .typeChangeNotAllowed(let id, let from, let to):
      "An edit cannot change the type of #\(id) from \(from.rawValue) to \(to.rawValue): remove it"
        + " (recovery remove \(id)) and log a new entry instead."
    case .noSuchPatient, .noSuchEntry, .nothingToUndo:
      description
    case .entryRemoved(let id):
      "Entry #\(id) was removed: recovery undo brings back the most recent removal, and"
        + " recovery list --include-removed shows it."
    case .entryOfOtherPatient(let id, _, let owner):
      "Entry #\(id) belongs to patient \"\(owner.oneLine)\": add --patient \(Self.shellWord(owner))."
    case .patientExists(let name):
      "A patient named \"\(name.oneLine)\" exists already: choose another name."
    case .patientRemoved(let name):
      "The patient \"\(name.oneLine)\" was removed: recovery patient restore \(Self.shellWord(name)) brings it"
        + " back with its entries, or choose another name."
    case .patientHasEntries(let name, let count):
      "The patient \"\(name.oneLine)\" has \(count) \(count == 1 ? "entry" : "entries"): pass --with-entries to"
        + " remove them with it (recovery patient restore \(Self.shellWord(name)) brings both back)."
    case .defaultPatientNotRemovable(let name):
      "\"\(name.oneLine)\" is the default patient, which cannot be removed; recovery patient rename gives it"
        + " another name."
    case .duplicateSurgery(let existing, let kind, let side, let day):
      "The \(kind.rawValue) \(side.map { "(\($0.rawValue)) " } ?? "")on \(day) is logged already as #\(existing):"
        + " pass --again to log a second one."
    }
  }

  /// A name as it would be typed in a shell: quoted when it holds anything but letters, digits and
  /// `-_.`.
  package static func shellWord(_ name: String) -> String {
    let plain =
      !name.isEmpty
      && name.unicodeScalars.allSatisfy {
        ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
      }
    return plain
      ? name.oneLine : "\"" + String(name.oneLine.flatMap { $0 == "\"" ? ["\\", "\""] : [$0] }) + "\""
  }
}

extension ReportError {
  /// The sentence the command line prints.
  package var userMessage: String {
    switch self {
    case .sinceAfterUntil(let since, let until):
      "The report would start on \(since) (--since), after it ends on \(until) (--until): choose a start on"
        + " or before the end."
    }
  }
}

extension FHIRExportError {
  /// The sentence the command line prints.
  package var userMessage: String {
    switch self {
    case .periodEndsBeforeStart(let entry, let from, let to):
      "Cannot export walking-aid period \(entry.uuidString.lowercased()) to FHIR: it ends on \(to), before it"
        + " starts on \(from); run recovery check."
    }
  }
}
