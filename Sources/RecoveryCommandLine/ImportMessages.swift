import RecoveryExchange
import RecoveryModel
import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The sentences `recovery import` prints for each refused line of a file.

extension ImportProblem.Kind {
  /// The sentence after `FILE:LINE:`.
  package var userMessage: String {
    switch self {
    case .notText:
      "not text: the file holds binary data or is not UTF-8."
    case .notUTF8:
      "not UTF-8 text (perhaps Latin-1 or Windows-1252, as older spreadsheets save): save the file as UTF-8"
        + " (in Excel: CSV UTF-8) and import it again."
    case .empty:
      "the file holds no entries."
    case .ambiguousDate(let text):
      "the date \"\(text)\" could be day first or month first, and no date in the file tells: pass"
        + " --date-order dmy (day first) or --date-order mdy (month first)."
    case .readFailed(let failure):
      "cannot read the file past this line: \(String(cString: strerror(failure)))."
    case .unknownField(let name):
      UnknownWord(
        kind: "column", value: name, choices: EntryField.allCases.map(\.rawValue).joined(separator: ", "),
        suggestion: WordMatch.closest(to: name, among: EntryField.allCases.map(\.rawValue))
      ).message
    case .repeatedField(let field):
      "the column \(field.rawValue) is named twice in the header."
    case .unterminatedQuote:
      "a quoted field does not end: a field starting with \" ends with \" (a quote inside is written \"\")."
    case .tooManyCells(let found, let columns):
      "the row has \(found) cells, but the header names \(columns) columns."
    case .invalidJSON(let reason):
      "invalid JSON: \(reason)"
    case .unexpectedJSON(let expected):
      "expected \(expected)."
    case .unknownFormat(let name):
      "the format \"\(name)\" is not a recovery diary export (\"\(DiaryExport.formatName)\")."
    case .newerVersion(let found, let supported):
      "the file is export format version \(found); this build of recovery reads up to version \(supported)."
        + " Install a newer recovery."
    case .unreadable(.missingField(let field, let type)):
      "the \(field.label) (column \(field.rawValue)) is missing\(type.map { ": a \($0.rawValue) entry needs it" } ?? "")."
    case .unreadable(.invalidValue(let field, let value, let expected)):
      "invalid \(field.label) (column \(field.rawValue)) \"\(value)\": expected \(expected)."
    case .unreadable(.invalidEntry(let error)):
      ImportRefusal.Reason.invalidEntry(error).userMessage
    case .refused(let reason):
      reason.userMessage
    }
  }
}

extension ImportRefusal.Reason {
  /// The sentence after `FILE:LINE:`.
  package var userMessage: String {
    switch self {
    case .invalidEntry(.unknownSurgery(let uid)):
      "the target counts from surgery \(uid.uuidString.lowercased()), which is neither a surgery in this file"
        + " nor one of the patient's surgeries in the database (a surgery row without its uid gets a new one)."
    case .invalidEntry(let error):
      UnknownWord(error)?.message ?? error.description
    case .invalidPatientName(let name):
      "invalid patient name \"\(name.prefix(40))\": use 1 to 200 characters."
    case .closePatientName(let name, let existing):
      "there is no patient named \"\(name.prefix(40))\"; did you mean"
        + " \(existing.map { "\"\($0.prefix(40))\"" }.joined(separator: " or "))? Pass --new-patient to create it."
    case .removedPatient(let name):
      "the patient \"\(name.prefix(40))\" was removed: recovery patient restore \(StoreError.shellWord(name))"
        + " brings it back, or give the row another patient."
    case .changed(let uid, let id):
      "entry \(uid.uuidString.lowercased()) (#\(id)) is in the database with other content; pass --update to"
        + " record the file's version."
    case .removedInDatabase(let uid, let id):
      "entry \(uid.uuidString.lowercased()) (#\(id)) was removed from the database; recovery undo brings"
        + " it back, or leave it out of the file."
    case .otherPatient(let uid, let id, let patient):
      "entry \(uid.uuidString.lowercased()) (#\(id)) belongs to patient \"\(patient)\"; an import cannot move it."
    case .otherType(let uid, let id, let type):
      "entry \(uid.uuidString.lowercased()) (#\(id)) is a \(type.rawValue) entry in the database."
    case .repeatedUID(let uid):
      "the uid \(uid.uuidString.lowercased()) is given to an earlier entry of the file."
    }
  }
}
