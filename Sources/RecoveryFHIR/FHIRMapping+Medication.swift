import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension FHIRMapping {
  /// The RxNorm code system.
  static let rxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm"

  /// A medication as a `MedicationStatement`: the drug as RxNorm's ingredient code where the
  /// vocabulary knows one, and its name as text always.
  ///
  /// Doses on a day are `completed` at `effectiveDateTime`, their `timing` a count of doses; a course
  /// is an `effectivePeriod` from its first day to its last (the diary's end is the first day without
  /// the drug, while a FHIR period includes its end date), `active` while open, `completed` once
  /// ended, its `timing` so many doses a day. The dose is a UCUM quantity in milligrams; as-needed use
  /// is said in the dosage's text.
  func medicationStatement(_ entry: MedicationEntry, patient: UUID) -> FHIRResource {
    let name = entry.drug == .other ? (entry.name ?? entry.drug.rawValue) : entry.drug.rawValue
    let timing: JSONValue =
      entry.isCourse
      ? .fields([
        "repeat": .fields([
          "frequency": .integer(entry.times), "period": .decimal(1), "periodUnit": .string("d"),
        ])
      ])
      : .fields(["repeat": .fields(["count": .integer(entry.times)])])
    let dose: JSONValue? = entry.dose.map { dose in
      .list([
        .fields([
          "doseQuantity": .fields([
            "value": .decimal(dose), "unit": .string("mg"), "system": .string(FHIRCode.ucum),
            "code": .string("mg"),
          ])
        ])
      ])
    }
    let dosage: JSONValue = .fields([
      "text": JSONValue.text(EntryDescription.medication(entry)),
      "timing": timing,
      "doseAndRate": dose,
    ])
    let fields: KeyValuePairs<String, JSONValue?>
    if entry.isCourse {
      let lastDay = entry.lastDay
      fields = [
        "status": .string(entry.to == nil ? "active" : "completed"),
        "medicationCodeableConcept": FHIRCode.concept(
          system: Self.rxNorm, code: entry.drug.rxNormCode, text: name),
        "subject": reference(patient: patient),
        "effectivePeriod": .fields([
          "start": .string(entry.day.description), "end": lastDay.map { .string($0.description) },
        ]),
        "dosage": .list([dosage]),
        "note": Self.annotations([entry.note]),
      ]
    } else {
      fields = [
        "status": .string("completed"),
        "medicationCodeableConcept": FHIRCode.concept(
          system: Self.rxNorm, code: entry.drug.rxNormCode, text: name),
        "subject": reference(patient: patient),
        "effectiveDateTime": .string(dates.format(entry.day, entry.time)),
        "dosage": .list([dosage]),
        "note": Self.annotations([entry.note]),
      ]
    }
    return FHIRResource(type: "MedicationStatement", uid: entry.uid, fields)
  }
}
