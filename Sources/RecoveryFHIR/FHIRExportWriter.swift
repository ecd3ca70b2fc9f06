import RecoveryExchange
import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Lays out an export as one FHIR R4 transaction `Bundle`, through ``FHIRBundleWriter``.
///
/// Times of day are written with this machine's UTC offset at that local time, since the diary's days
/// and times are this machine's local ones. Removed entries are written too, `entered-in-error`, and
/// each patient's goals with what the export holds of their surgeries and milestones
/// (``FHIRGoalContext``).
///
/// ```swift
/// var writer = FHIRExportWriter()
/// try store.export([patient], with: &writer, to: output)
/// ```
public struct FHIRExportWriter: ExportWriter {
  private var bundle: FHIRBundleWriter

  /// A writer of one bundle, through `bundle` (by default one in this machine's local time).
  public init(bundle: FHIRBundleWriter = .systemLocalTime()) {
    self.bundle = bundle
  }

  public var wantsRemovedEntries: Bool { true }

  public mutating func prepare(
    _ patient: Patient, in snapshot: StoreSnapshot, matching query: EntryQuery
  ) throws {
    bundle.goals = try FHIRGoalContext(patient, in: snapshot, matching: query, today: CalendarDay.today())
  }

  public mutating func begin(to output: BufferedOutput) throws { try output.write(bundle.begin()) }

  public mutating func start(_ patient: Patient, to output: BufferedOutput) throws {
    try output.write(bundle.add(patient: patient))
  }

  public mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool?, to output: BufferedOutput
  )
    throws
  {
    try output.write(try bundle.add(entry, of: patient, removed: removed == true))
  }

  public mutating func end(to output: BufferedOutput) throws { try output.write(bundle.end()) }
}
