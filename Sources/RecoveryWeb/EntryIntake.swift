import Hummingbird
import RecoveryExchange
import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Adds one entry given by its fields (the keys `recovery list --format json` prints), the same way
/// for the API and for every form: read as an import reads a row, then added by the store's import,
/// so that a uid the client chose makes the request idempotent.
///
/// A request without a uid gets a fresh random one (two identical pain entries on one day are two
/// entries); every form carries a uid made when the page was shown, so sending it twice adds it once.
struct EntryIntake: Sendable {
  /// What became of the entry.
  enum Outcome: Sendable {
    /// Stored now, in the patient's diary.
    case added(DiaryEntry, Patient)
    /// Its uid was stored already with the same content, in the patient's diary: nothing written.
    case unchanged(DiaryEntry, Patient)
  }

  let services: WebServices
  /// Where the entries are stored, together with those of concurrent requests.
  let batcher: WriteBatcher

  /// Adds the entry to the chosen patient's diary, who is looked up with the write itself.
  func add(_ fields: [EntryField: ImportedValue], for patient: PatientChoice) async throws -> Outcome {
    var fields = fields
    fields[.id] = nil
    fields[.patient] = nil
    fields[.removed] = nil
    if fields[.uid]?.isAbsent ?? true { fields[.uid] = .text(UUID().uuidString.lowercased()) }
    let imported: ImportedEntry
    do {
      imported = try ImportedEntry(fields: fields)
    } catch {
      throw WebError(.badRequest, sentence(services.importProblem(.unreadable(error))))
    }
    return try await batcher.add(imported, for: patient)
  }

  /// Adds one entry in a transaction of its own.
  static func importOne(
    _ imported: ImportedEntry, for patient: Patient, store: RecoveryStore, services: WebServices
  ) throws -> Outcome {
    let report = try store.importEntries(
      read: [ReadItem.entry(imported, line: 1)],
      options: ImportOptions(patient: patient.name, fallbackPatient: patient.name))
    let summary = report.summary
    if let problem = report.problems.first {
      throw WebError(Self.status(for: problem.kind), Self.sentence(services.importProblem(problem.kind)))
    }
    guard let stored = try store.entry(uid: imported.entry.uid, for: patient) else {
      throw WebError(.conflict, "The entry's uid belongs to an entry that is removed or another patient's.")
    }
    return summary.new == 1 ? .added(stored, patient) : .unchanged(stored, patient)
  }

  /// 409 for a uid the database holds with other content; 400 for anything wrong with the entry.
  static func status(for problem: ImportProblem.Kind) -> HTTPResponse.Status {
    switch problem {
    case .refused(.changed), .refused(.removedInDatabase), .refused(.otherPatient), .refused(.otherType),
      .refused(.repeatedUID):
      .conflict
    default: .badRequest
    }
  }

  /// An import's problem sentence (which follows `FILE:LINE:`) as a sentence of its own.
  static func sentence(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  private func sentence(_ text: String) -> String { Self.sentence(text) }
}
