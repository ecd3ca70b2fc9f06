import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `Provenance` of the resources written for one patient's entries: the patient as author, the
/// exporting program's `Device` as assembler, when the export was made.
///
/// The targets are gathered in blocks of ``blockSize``: each full block, and the last one of a
/// patient, becomes one `Provenance`, so that memory stays the same for any number of entries. A
/// `Provenance` has no identifier; it is named by a tag (``FHIRCode/provenanceTagSystem``) whose code is
/// its uid, name-based on the patient's uid and the block's number, so that the next export of the
/// same diary updates the same resources.
struct FHIRProvenance {
  /// The most targets of one `Provenance`.
  static let blockSize = 1000

  /// The patient whose block is open.
  private(set) var patient: UUID?
  private var block = 0
  /// The next block number of each patient written so far (a patient's entries may come in several
  /// runs, when patients alternate).
  private var nextBlock: [UUID: Int] = [:]
  private var targets: [(type: String, uid: UUID)] = []

  /// Adds the targets of one entry of `patient`; returns the block of the patient before, or the full
  /// block, when one closes.
  mutating func add(
    _ resources: [FHIRResource], of patient: UUID, mapping: FHIRMapping, context: FHIRProvenanceContext
  ) -> [FHIRResource] {
    var closed: [FHIRResource] = []
    if self.patient != patient {
      closed += close(mapping: mapping, context: context)
      self.patient = patient
      block = nextBlock[patient] ?? 0
    }
    for resource in resources { targets.append((resource.type, resource.uid)) }
    if targets.count >= Self.blockSize { closed += close(mapping: mapping, context: context) }
    return closed
  }

  /// The `Provenance` of the open block, if it has targets; the next block gets the next number.
  mutating func close(mapping: FHIRMapping, context: FHIRProvenanceContext) -> [FHIRResource] {
    guard let patient, !targets.isEmpty else { return [] }
    let uid = UUID.nameBased(
      namespace: UUID.fhirNamespace,
      name: Array("provenance/\(patient.lowercaseText)/\(block)".utf8))
    let participant = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
    let resource = FHIRResource(
      type: "Provenance", uid: uid,
      [
        "meta": .fields([
          "tag": .list([
            .fields([
              "system": .string(FHIRCode.provenanceTagSystem), "code": .string(uid.lowercaseText),
            ])
          ])
        ]),
        "target": .list(targets.map { mapping.reference($0.type, $0.uid) }),
        "recorded": .string(context.recorded),
        "agent": .list([
          .fields([
            "type": FHIRCode.concept(system: participant, code: "author", display: "Author", text: "author"),
            "who": mapping.reference(patient: patient),
          ]),
          .fields([
            "type": FHIRCode.concept(
              system: participant, code: "assembler", display: "Assembler", text: "assembler"),
            "who": mapping.reference("Device", context.software.uid),
          ]),
        ]),
      ])
    targets.removeAll(keepingCapacity: true)
    block += 1
    nextBlock[patient] = block
    return [resource]
  }
}

/// What every `Provenance` of one export shares: when it was made, and by which program.
struct FHIRProvenanceContext {
  /// The moment of the export, as a FHIR `instant` in UTC.
  var recorded: String
  /// The exporting program.
  var software: FHIRSoftware

  /// The context of an export made at `date` by `software`.
  init(date: Date, software: FHIRSoftware) {
    self.software = software
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let day = CalendarDay(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
    let second = seconds - day.dayNumber * 86_400
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    recorded =
      day.description + "T" + pad(second / 3_600) + ":" + pad(second / 60 % 60) + ":" + pad(second % 60) + "Z"
  }
}
