import RecoveryFHIR
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
struct FHIRExportWriter: ExportWriter {
  private var bundle = FHIRBundleWriter.systemLocalTime()

  mutating func begin(to output: BufferedOutput) throws { try output.write(bundle.begin()) }

  mutating func start(_ patient: Patient, to output: BufferedOutput) throws {
    try output.write(bundle.add(patient: patient))
  }

  mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool?, to output: BufferedOutput
  )
    throws
  {
    // Removed entries are never asked for with this format; a bundle holds current entries only.
    guard removed != true else { return }
    try output.write(try bundle.add(entry, of: patient))
  }

  mutating func end(to output: BufferedOutput) throws { try output.write(bundle.end()) }
}
