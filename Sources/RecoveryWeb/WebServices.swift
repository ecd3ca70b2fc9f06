import RecoveryExchange
import RecoveryModel
import RecoveryStore

/// What the web app needs from its host program: the sentences for errors, and the readers and
/// writers of diary files.
///
/// The command line owns the wording of errors and the CSV, JSON and FHIR file formats; the web app
/// is given them here so that it shows the same sentences and reads and writes the same files as
/// `recovery` does, without a second copy.
public struct WebServices: Sendable {
  /// The file formats an import reads.
  public enum ImportFormat: String, CaseIterable, Sendable {
    case csv, json
  }

  /// The file formats the diary downloads in.
  public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json, fhir
  }

  /// The sentence for an error of the libraries (`StoreError`, `EntryError`, `ReportError`), as the
  /// command line prints it.
  public var message: @Sendable (any Error) -> String
  /// The sentence for one refused line of an imported file.
  public var importProblem: @Sendable (ImportProblem.Kind) -> String
  /// Imports `bytes` in `format` into `patient`'s diary (rows naming no patient go there), or with
  /// `dryRun` only says what it would do; returns the counts and the problems. It runs on the store's queue
  /// (`RecoveryStore.perform(_:)`).
  public var importEntries:
    @Sendable (
      _ store: RecoveryStore, _ bytes: [UInt8], _ format: ImportFormat, _ patient: Patient, _ dryRun: Bool
    ) throws -> ImportReport
  /// `patient`'s diary as a file in `format`, as `recovery export` writes it.
  public var export:
    @Sendable (_ store: RecoveryStore, _ patient: Patient, _ format: ExportFormat) throws -> [UInt8]

  /// Creates the services from the host program's functions.
  public init(
    message: @escaping @Sendable (any Error) -> String,
    importProblem: @escaping @Sendable (ImportProblem.Kind) -> String,
    importEntries:
      @escaping @Sendable (RecoveryStore, [UInt8], ImportFormat, Patient, Bool) throws -> ImportReport,
    export: @escaping @Sendable (RecoveryStore, Patient, ExportFormat) throws -> [UInt8]
  ) {
    self.message = message
    self.importProblem = importProblem
    self.importEntries = importEntries
    self.export = export
  }
}
