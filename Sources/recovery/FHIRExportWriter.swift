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
/// and times are this machine's local ones. Removed entries are written too, `entered-in-error`.
struct FHIRExportWriter: ExportWriter {
  private var bundle = FHIRBundleWriter.systemLocalTime()

  init() {
    bundle.software = FHIRSoftware(name: "recovery", version: Recovery.toolVersion)
  }

  var wantsRemovedEntries: Bool { true }

  mutating func prepare(_ goals: FHIRGoalContext) { bundle.goals = goals }

  mutating func begin(to output: BufferedOutput) throws { try output.write(bundle.begin()) }

  mutating func start(_ patient: Patient, to output: BufferedOutput) throws {
    try output.write(bundle.add(patient: patient))
  }

  mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool?, to output: BufferedOutput
  )
    throws
  {
    try output.write(try bundle.add(entry, of: patient, removed: removed == true))
  }

  mutating func end(to output: BufferedOutput) throws { try output.write(bundle.end()) }
}
