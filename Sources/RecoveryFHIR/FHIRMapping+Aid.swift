import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension FHIRMapping {
  /// A walking-aid period: the aid as a `Device` (its uid derived from the period's, see
  /// `UUID.derivedDeviceUID`) and a `DeviceUseStatement` of it.
  ///
  /// The statement's `timingPeriod` runs from the first day on the aid to the last: the diary's end is
  /// the first day without the aid, while a FHIR period includes its end date. An open period has no
  /// end and is `active`; a closed one is `completed`. The weight-bearing instruction is a note before
  /// the patient's own.
  ///
  /// - Throws: ``FHIRExportError/periodEndsBeforeStart(entry:from:to:)`` for a period that ends before
  ///   it starts. One that ends on its first day (which earlier versions could store) covers that day.
  func deviceUse(_ period: AidPeriod, patient: UUID) throws(FHIRExportError) -> [FHIRResource] {
    if let to = period.to, to < period.from {
      throw .periodEndsBeforeStart(entry: period.uid, from: period.from, to: to)
    }
    let device = period.uid.derivedDeviceUID
    let lastDay = period.to.map { max(period.from, $0.adding(days: -1)) }
    return [
      FHIRResource(
        type: "Device", uid: device,
        [
          "status": .string(period.isOpen ? "active" : "inactive"),
          "type": FHIRCode.text(period.aid.label),
          "patient": reference(patient: patient),
        ]),
      FHIRResource(
        type: "DeviceUseStatement", uid: period.uid,
        [
          "status": .string(period.isOpen ? "active" : "completed"),
          "subject": reference(patient: patient),
          "timingPeriod": .fields([
            "start": .string(period.from.description), "end": lastDay.map { .string($0.description) },
          ]),
          "device": reference("Device", device),
          "bodySite": FHIRCode.placeText(nil, side: period.side).map(FHIRCode.text),
          "note": Self.annotations([period.weightBearing?.label, period.note]),
        ]),
    ]
  }
}
