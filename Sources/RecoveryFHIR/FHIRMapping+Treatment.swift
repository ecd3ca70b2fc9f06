import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension FHIRMapping {
  /// A completed `Procedure`.
  ///
  /// The code's text is always the treatment's label, with a SNOMED CT coding where one is known. The
  /// hip is the body site of every surgery and injection (and of a therapy given a side), with the side
  /// in its text and, coded, in the `BodyStructure` the procedure names (see `FHIRBodyStructure`); an
  /// injection's target is a second body site. The agent is the `usedCode`, the
  /// provider the performer's display name, and the details FHIR has no element for (release level,
  /// approach, guidance, dose, round, a name besides the kind, the finding) are notes before the
  /// patient's own.
  func procedure(_ treatment: Treatment, patient: UUID) -> FHIRResource {
    let hip =
      treatment.side != nil || treatment.category != .therapy ? FHIRCode.hip(side: treatment.side) : nil
    let target = treatment.target.flatMap {
      $0 == .other ? nil : FHIRCode.placeText($0.label, side: treatment.side)
    }
    return FHIRResource(
      type: "Procedure", uid: treatment.uid,
      [
        "extension": treatment.side.map {
          FHIRBodyStructure.reference(patient: patient, side: $0, mapping: self)
        },
        "status": .string("completed"),
        "category": FHIRCode.text(treatment.category.rawValue),
        "code": FHIRCode.concept(
          system: FHIRCode.snomed, code: FHIRCode.procedure(treatment.kind), text: treatment.label),
        "subject": reference(patient: patient),
        "performedDateTime": .string(dates.format(treatment.day, treatment.time)),
        "performer": JSONValue.text(treatment.provider).map {
          .list([.fields(["actor": .fields(["display": $0])])])
        },
        "bodySite": .list([hip, target.map(FHIRCode.text)]),
        "usedCode": JSONValue.text(treatment.agent).map { .list([.fields(["text": $0])]) },
        "note": Self.annotations(Self.details(of: treatment) + [treatment.note]),
      ])
  }

  /// The details of a treatment that FHIR's `Procedure` has no element for, as short sentences.
  static func details(of treatment: Treatment) -> [String?] {
    [
      treatment.kind == .other ? nil : treatment.name.map { "Name: \($0)" },
      treatment.level.map { "Release level: \($0.label)" },
      treatment.approach.map { "Approach: \($0.label)" },
      treatment.target == .other ? "Injection target: other" : nil,
      treatment.guidance.map { "Image guidance: \($0.label)" },
      treatment.dose.map { "Dose: \($0)" },
      treatment.round.map { "Round \($0)" },
      treatment.finding.map { "Finding: \($0)" },
    ]
  }
}
