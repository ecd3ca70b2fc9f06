import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why the store refused an entry of an imported file: the line its row or object starts on, and the
/// reason's data.
public struct ImportRefusal: Error, Sendable, Equatable {
  /// The line in the file (1-based).
  public var line: Int
  /// What is wrong.
  public var reason: Reason

  /// Creates a refusal.
  public init(line: Int, _ reason: Reason) {
    self.line = line
    self.reason = reason
  }

  /// Why an entry is refused.
  public enum Reason: Error, Sendable, Equatable {
    /// The entry breaks a rule of the diary (a date in the future, an overlapping aid period, ...).
    case invalidEntry(EntryError)
    /// The patient's name cannot be stored.
    case invalidPatientName(String)
    /// The row names a patient that was removed from the database.
    case removedPatient(String)
    /// The row names a new patient whose name is close to the `existing` patients' names.
    case closePatientName(String, existing: [String])
    /// The uid is in the database with other content; an import with updating asked for records a
    /// new version.
    case changed(uid: UUID, id: Int)
    /// The uid is an entry removed from the database, and the file has other content for it.
    case removedInDatabase(uid: UUID, id: Int)
    /// The uid is another patient's entry.
    case otherPatient(uid: UUID, id: Int, patient: String)
    /// The uid is an entry of another type.
    case otherType(uid: UUID, id: Int, type: EntryType)
    /// The uid was given to an earlier entry of the same file.
    case repeatedUID(UUID)
  }
}

extension ImportRefusal: CustomStringConvertible {
  public var description: String {
    "line \(line): " + reason.description
  }
}

extension ImportRefusal.Reason: CustomStringConvertible {
  public var description: String {
    switch self {
    case .invalidEntry(let error): error.description
    case .invalidPatientName(let name): "Invalid patient name \"\(name.prefix(40))\"."
    case .removedPatient(let name): "The patient \"\(name.prefix(40))\" was removed from the database."
    case .closePatientName(let name, let existing):
      "There is no patient named \"\(name.prefix(40))\", and \(existing.count) existing patients have close names."
    case .changed(let uid, let id): "Entry \(uid.lowercased) (#\(id)) is in the database with other content."
    case .removedInDatabase(let uid, let id):
      "Entry \(uid.lowercased) (#\(id)) was removed from the database."
    case .otherPatient(let uid, let id, let patient):
      "Entry \(uid.lowercased) (#\(id)) belongs to patient \"\(patient)\"."
    case .otherType(let uid, let id, let type):
      "Entry \(uid.lowercased) (#\(id)) is a \(type.rawValue) entry."
    case .repeatedUID(let uid): "The uid \(uid.lowercased) is given to an earlier entry of the file."
    }
  }
}
