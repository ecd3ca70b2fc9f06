import RecoveryExchange
import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Lays out an export as one FHIR R4 transaction `Bundle`, through ``FHIRBundleWriter``.
///
/// Times of day are written with this machine's UTC offset at that local time, since the diary's days
/// and times are this machine's local ones.
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

  public mutating func begin(to output: BufferedOutput) throws { try output.write(bundle.begin()) }

  public mutating func start(_ patient: Patient, to output: BufferedOutput) throws {
    try output.write(bundle.add(patient: patient))
  }

  public mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool?, to output: BufferedOutput
  )
    throws
  {
    // Removed entries are never asked for with this format; a bundle holds current entries only.
    guard removed != true else { return }
    try output.write(try bundle.add(entry, of: patient))
  }

  public mutating func end(to output: BufferedOutput) throws { try output.write(bundle.end()) }
}
