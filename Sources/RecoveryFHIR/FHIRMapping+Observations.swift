import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension FHIRMapping {
  /// A pain rating: LOINC 72514-3 with the score as `valueInteger`, the location and side as the body
  /// site, and the activity that brought it on as a component.
  func observation(_ pain: PainEntry, patient: UUID) -> FHIRResource {
    observation(
      uid: pain.uid, patient: patient,
      code: FHIRCode.concept(
        system: FHIRCode.loinc, code: FHIRCode.painSeverity,
        display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported", text: "pain severity (0-10)"
      ),
      day: pain.day, time: pain.time, value: .integer(pain.score),
      bodySite: FHIRCode.bodySite(pain.location, side: pain.side, lateralityExtension: true),
      components: [Self.component("activity", text: pain.activity?.label)], notes: [pain.note])
  }

  /// A symptom: the symptom's words as the code's text; the episode count as the value when given, else
  /// the severity; the severity also as a component whenever given, so it is found in one place. A
  /// trigger point is the body site (with the location, if any, as a component); otherwise the
  /// location is.
  func observation(_ symptom: SymptomEntry, patient: UUID) -> FHIRResource {
    let value: ObservationValue? =
      if let count = symptom.count {
        .quantity(Double(count), unit: "episodes", ucum: "{episodes}")
      } else {
        symptom.severity.map(ObservationValue.integer)
      }
    let bodySite: JSONValue?
    var components = [Self.component("severity (0-10)", integer: symptom.severity)]
    if let point = symptom.point {
      bodySite = FHIRCode.placeText("\(point.label) trigger point", side: symptom.side).map {
        FHIRCode.withLaterality(FHIRCode.text($0), side: symptom.side)
      }
      components.append(Self.component("location", text: symptom.location?.label))
    } else {
      bodySite = FHIRCode.bodySite(symptom.location, side: symptom.side, lateralityExtension: true)
    }
    components.append(Self.component("activity", text: symptom.activity?.label))
    return observation(
      uid: symptom.uid, patient: patient, code: FHIRCode.text(symptom.kind.label), day: symptom.day,
      time: symptom.time, value: value, bodySite: bodySite, components: components, notes: [symptom.note])
  }
}
