import RecoveryExchange
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
  /// How resources refer to each other.
  var references: FHIRReferences = .bundle

  /// A reference to the resource of `type` recorded under `uid`.
  func reference(_ type: String, _ uid: UUID) -> JSONValue {
    references.to(type, uid)
  }

  /// A reference to the patient recorded under `uid`.
  func reference(patient uid: UUID) -> JSONValue {
    references.to("Patient", uid)
  }

  /// The `Patient`: the diary's name for them as the name's text (it is a label, not a legal name).
  func patient(_ patient: Patient) -> FHIRResource {
    FHIRResource(
      type: "Patient", uid: patient.uid, ["name": .list([.fields(["text": .string(patient.name)])])])
  }

  /// The resources that record one entry, each referring to the patient.
  ///
  /// The first resource is the entry's own, under its uid, and carries the entry's fields in the
  /// diary-entry extension (see ``FHIRBundleReader``). A removed entry's resources are written with
  /// the status `entered-in-error`, so that a server that holds them learns of the removal.
  ///
  /// - Throws: ``FHIRExportError`` for an entry no resource can hold.
  func resources(
    for entry: DiaryEntry, patient: UUID, removed: Bool = false, goal facts: FHIRGoalFacts? = nil
  ) throws(FHIRExportError) -> [FHIRResource] {
    var resources: [FHIRResource] =
      switch entry {
      case .treatment(let treatment): [procedure(treatment, patient: patient)]
      case .pain(let pain): [observation(pain, patient: patient)]
      case .symptom(let symptom): [observation(symptom, patient: patient)]
      case .aid(let period): try deviceUse(period, patient: patient)
      case .score(let score): scoreResources(score, patient: patient)
      case .milestone(let milestone): [observation(milestone, patient: patient)]
      case .target(let target): [goal(target, patient: patient, facts: facts)]
      case .medication(let medication): [medicationStatement(medication, patient: patient)]
      }
    if let own = resources.firstIndex(where: { $0.uid == entry.uid }) {
      let fields: JSONValue = .list([
        .fields([
          "url": .string(FHIRCode.diaryEntryExtension),
          "valueString": .string(entry.canonicalContent),
        ])
      ])
      resources[own].prepend(extensions: fields)
    }
    if removed {
      for index in resources.indices {
        for member in resources[index].elements.indices
        where ["status", "lifecycleStatus"].contains(resources[index].elements[member].key) {
          resources[index].elements[member].value = .string("entered-in-error")
        }
      }
    }
    return resources
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
    bodySite: JSONValue? = nil, components: [JSONValue?] = [], notes: [String?] = [],
    derivedFrom: JSONValue? = nil
  ) -> FHIRResource {
    let value = value?.element
    return FHIRResource(
      type: "Observation", uid: uid,
      [
        "status": .string("final"),
        "category": FHIRCode.surveyCategory,
        "code": code,
        "subject": reference(patient: patient),
        "effectiveDateTime": .string(dates.format(day, time)),
        value?.key ?? "valueInteger": value?.value,
        "note": Self.annotations(notes),
        "bodySite": bodySite,
        "derivedFrom": derivedFrom.map { .list([$0]) },
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
