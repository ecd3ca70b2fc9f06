import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension FHIRMapping {
  /// A questionnaire score: the instrument's name as the code's text, the score as a quantity, the raw
  /// sum and each answer (in the instrument's order) as components. No item wording is exported.
  func observation(_ score: ScoreEntry, patient: UUID) -> FHIRResource {
    let answers = (score.answers ?? []).enumerated().map { item in
      Self.component("item \(item.offset + 1)", integer: item.element)
    }
    return observation(
      uid: score.uid, patient: patient, code: FHIRCode.text(score.instrument.label), day: score.day,
      time: score.time, value: .quantity(score.score, unit: "score", ucum: "{score}"),
      bodySite: score.side.map { FHIRCode.hip(side: $0) },
      components: [Self.component("raw score", integer: score.raw)] + answers, notes: [score.note])
  }

  /// A recovery milestone reached that day: "milestone: drive" as the code's text, with no value.
  func observation(_ milestone: MilestoneEntry, patient: UUID) -> FHIRResource {
    observation(
      uid: milestone.uid, patient: patient,
      code: FHIRCode.text("milestone: \(Self.words(milestone.kind.rawValue))"), day: milestone.day,
      time: milestone.time, value: nil,
      bodySite: FHIRCode.placeText(nil, side: milestone.side).map(FHIRCode.text), notes: [milestone.note])
  }

  /// A surgeon's target as a `Goal`: what to reach, due a number of days after the surgery (whose
  /// identifier is named in a note, since a `Goal` cannot refer to a `Procedure`).
  func goal(_ target: MilestoneTarget, patient: UUID) -> FHIRResource {
    let what = Self.words(target.kind.rawValue)
    return FHIRResource(
      type: "Goal", uid: target.uid,
      [
        "lifecycleStatus": .string("active"),
        "description": FHIRCode.text("\(what) within \(target.days) days after surgery"),
        "subject": FHIRResource.reference(to: patient),
        "statusDate": .string(target.day.description),
        "target": .list([
          .fields([
            "dueDuration": .fields([
              "value": .integer(target.days), "unit": .string("days"), "system": .string(FHIRCode.ucum),
              "code": .string("d"),
            ])
          ])
        ]),
        "note": Self.annotations([
          "Counted from the surgery urn:uuid:\(target.surgery.uuidString.lowercased()).", target.note,
        ]),
      ])
  }

  /// A vocabulary word as words: `walk-without-aid` is "walk without aid".
  static func words(_ word: String) -> String { word.replacing("-", with: " ") }
}
