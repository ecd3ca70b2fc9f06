import RecoveryExchange
import RecoveryModel
import RecoveryStore

/// Why a FHIR bundle, or one of its entries, could not be read back as diary entries.
public enum FHIRImportProblem: Error, Sendable, Equatable {
  /// The file is not a FHIR Bundle.
  case notABundle
  /// JSON that cannot be read, or a bundle entry without its `fullUrl` and resource.
  case invalidJSON
  /// A resource that carries no diary entry: FHIR this diary cannot represent.
  case foreignResource(type: String)
  /// An entry's resource that refers to no `Patient` read before it in the bundle.
  case unknownPatient
  /// The diary-entry extension does not read as an entry.
  case unreadable(EntryReadError)
}
