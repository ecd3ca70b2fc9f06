import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Turns a patient and their diary entries into FHIR R4 resources, one entry at a time.
///
/// Each entry type has its own function in an extension named after it; a new entry type is one more
/// case in ``resources(for:patient:)`` and, when it is an observation, one call of
/// ``observation(uid:patient:code:day:time:value:bodySite:components:notes:)``.
struct FHIRMapping {
  /// How days and times are written.
  var dates: FHIRDateTime

  /// The `Patient`: the diary's name for them as the name's text (it is a label, not a legal name).
  func patient(_ patient: Patient) -> FHIRResource {
    FHIRResource(
      type: "Patient", uid: patient.uid, ["name": .list([.fields(["text": .string(patient.name)])])])
  }

  /// The resources that record one entry, each referring to the patient by the patient's `fullUrl`.
  ///
  /// - Throws: ``FHIRExportError`` for an entry no resource can hold.
  func resources(for entry: DiaryEntry, patient: UUID) throws(FHIRExportError) -> [FHIRResource] {
    switch entry {
    case .treatment(let treatment): [procedure(treatment, patient: patient)]
    case .pain(let pain): [observation(pain, patient: patient)]
    case .symptom(let symptom): [observation(symptom, patient: patient)]
    case .aid(let period): try deviceUse(period, patient: patient)
    case .score(let score): [observation(score, patient: patient)]
    case .milestone(let milestone): [observation(milestone, patient: patient)]
    case .target(let target): [goal(target, patient: patient)]
    case .medication(let medication): [medicationStatement(medication, patient: patient)]
    }
  }

  /// The value of an observation.
  enum ObservationValue {
    /// A whole number, such as a pain score.
    case integer(Int)
    /// A number with its unit: the words for the reader and the UCUM code (`{episodes}`).
    case quantity(Double, unit: String, ucum: String)

    /// The element's name and content.
    var element: (key: String, value: JSONValue) {
      switch self {
      case .integer(let value): ("valueInteger", .integer(value))
      case .quantity(let value, let unit, let ucum):
        (
          "valueQuantity",
          .fields([
            "value": .decimal(value), "unit": .string(unit), "system": .string(FHIRCode.ucum),
            "code": .string(ucum),
          ])
        )
      }
    }
  }

  /// A final, patient-reported (`survey`) `Observation`.
  func observation(
    uid: UUID, patient: UUID, code: JSONValue, day: CalendarDay, time: TimeOfDay?, value: ObservationValue?,
    bodySite: JSONValue? = nil, components: [JSONValue?] = [], notes: [String?] = []
  ) -> FHIRResource {
    let value = value?.element
    return FHIRResource(
      type: "Observation", uid: uid,
      [
        "status": .string("final"),
        "category": FHIRCode.surveyCategory,
        "code": code,
        "subject": FHIRResource.reference(to: patient),
        "effectiveDateTime": .string(dates.format(day, time)),
        value?.key ?? "valueInteger": value?.value,
        "note": Self.annotations(notes),
        "bodySite": bodySite,
        "component": .list(components),
      ])
  }

  /// An observation's component: what it is, in words, and its value as text.
  static func component(_ name: String, text: String?) -> JSONValue? {
    guard let text = JSONValue.text(text) else { return nil }
    return .fields(["code": FHIRCode.text(name), "valueString": text])
  }

  /// An observation's component with a whole number as its value.
  static func component(_ name: String, integer: Int?) -> JSONValue? {
    guard let integer else { return nil }
    return .fields(["code": FHIRCode.text(name), "valueInteger": .integer(integer)])
  }

  /// `Annotation`s of the texts given, in order; missing and empty ones are left out.
  static func annotations(_ texts: [String?]) -> JSONValue {
    .list(texts.map { text in JSONValue.text(text).map { .fields(["text": $0]) } })
  }
}
