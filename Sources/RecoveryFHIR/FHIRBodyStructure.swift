import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The hip on one side of one patient as a `BodyStructure`: the hip region (SNOMED CT 29836001) with
/// the laterality qualifier as `locationQualifier` (7771000 left, 24028007 right, 51440002 right and
/// left), which a `Procedure` names through the `procedure-targetBodyStructure` extension, R4 having
/// no laterality element on a procedure's body site.
///
/// Each is written once per patient and side, before the first procedure that names it; its uid is
/// name-based on the patient and the side, so every export names the same.
enum FHIRBodyStructure {
  /// The R4 extension by which a `Procedure` names the `BodyStructure` it was done on.
  static let procedureTarget = "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure"

  /// The uid of `patient`'s hip on `side`.
  static func uid(patient: UUID, side: Side) -> UUID {
    UUID.nameBased(
      namespace: UUID.fhirNamespace, name: Array("hip/\(patient.lowercaseText)/\(side.rawValue)".utf8))
  }

  /// The `BodyStructure` of `patient`'s hip on `side`.
  static func resource(patient: UUID, side: Side, mapping: FHIRMapping) -> FHIRResource {
    FHIRResource(
      type: "BodyStructure", uid: uid(patient: patient, side: side),
      [
        "description": .string(side == .both ? "both hips" : "\(side.rawValue) hip"),
        "location": FHIRCode.concept(system: FHIRCode.snomed, code: FHIRCode.hipRegion, text: "hip"),
        "locationQualifier": .list([FHIRCode.laterality(side)]),
        "patient": mapping.reference(patient: patient),
      ])
  }

  /// The extension by which a procedure on `patient`'s hip on `side` names it.
  static func reference(patient: UUID, side: Side, mapping: FHIRMapping) -> JSONValue {
    .list([
      .fields([
        "url": .string(procedureTarget),
        "valueReference": mapping.reference("BodyStructure", uid(patient: patient, side: side)),
      ])
    ])
  }
}
