import RecoveryFHIR

extension FHIRSoftware {
  /// This tool, as the `Device` of the FHIR it writes names it.
  package static let recovery = FHIRSoftware(name: "recovery", version: ToolVersion.number)
}

extension FHIRBundleWriter {
  /// A bundle in this machine's local time, written by `FHIRSoftware.recovery`.
  package static func recovery() -> FHIRBundleWriter {
    var bundle = FHIRBundleWriter.systemLocalTime()
    bundle.software = .recovery
    return bundle
  }
}
