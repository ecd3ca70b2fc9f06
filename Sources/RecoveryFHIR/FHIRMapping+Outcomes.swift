import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension FHIRMapping {
  /// A questionnaire score: the answers as a `QuestionnaireResponse` (when the entry has them), and the
  /// score as an `Observation` derived from it, under the entry's uid.
  ///
  /// The response's uid is derived from the entry's (see `UUID.derivedResponseUID`). Its items are
  /// numbered `1`, `2`, ... in the instrument's order, each with the answer as an integer; no item
  /// wording is exported. The observation's code is LOINC 82323-7 (total interval score) for HOOS JR,
  /// text for the others; the raw sum is a component.
  func scoreResources(_ score: ScoreEntry, patient: UUID) -> [FHIRResource] {
    var response: FHIRResource?
    if let answers = score.answers {
      response = FHIRResource(
        type: "QuestionnaireResponse", uid: score.uid.derivedResponseUID,
        [
          "questionnaire": .string(FHIRQuestionnaire.url(score.instrument)),
          "status": .string("completed"),
          "subject": reference(patient: patient),
          "authored": .string(dates.format(score.day, score.time)),
          "author": reference(patient: patient),
          "item": .list(
            answers.enumerated().map { item in
              .fields([
                "linkId": .string(String(item.offset + 1)),
                "answer": .list([.fields(["valueInteger": .integer(item.element)])]),
              ])
            }),
        ])
    }
    let code =
      score.instrument == .hoosJR
      ? FHIRCode.concept(
        system: FHIRCode.loinc, code: FHIRQuestionnaire.hoosJRIntervalScore,
        display: "Total interval score [HOOSJR]", text: score.instrument.label)
      : FHIRCode.text(score.instrument.label)
    let observation = observation(
      uid: score.uid, patient: patient, code: code, day: score.day, time: score.time,
      value: .quantity(score.score, unit: "score", ucum: "{score}"),
      bodySite: score.side.map { FHIRCode.hip(side: $0, lateralityExtension: true) },
      components: [Self.component("raw score", integer: score.raw)], notes: [score.note],
      derivedFrom: response.map { reference("QuestionnaireResponse", $0.uid) })
    return [observation] + (response.map { [$0] } ?? [])
  }

  /// A recovery milestone reached that day: "milestone: drive" as the code's text, with no value.
  func observation(_ milestone: MilestoneEntry, patient: UUID) -> FHIRResource {
    observation(
      uid: milestone.uid, patient: patient,
      code: FHIRCode.text("milestone: \(Self.words(milestone.kind.rawValue))"), day: milestone.day,
      time: milestone.time, value: nil,
      bodySite: FHIRCode.placeText(nil, side: milestone.side).map {
        FHIRCode.withLaterality(FHIRCode.text($0), side: milestone.side)
      },
      notes: [milestone.note])
  }

  /// A surgeon's target as a `Goal`: what to reach, due a number of days after the surgery.
  ///
  /// With `facts`, the goal starts on the surgery's day, names the surgery's `Procedure` in the
  /// goal-surgery extension when that is in the same export, and says `achieved` once the milestone
  /// was logged on or after the surgery, `not-achieved` once the due day has passed without it.
  func goal(_ target: MilestoneTarget, patient: UUID, facts: FHIRGoalFacts?) -> FHIRResource {
    let what = Self.words(target.kind.rawValue)
    let surgery: JSONValue? =
      facts?.surgeryExported == true
      ? .list([
        .fields([
          "url": .string(FHIRCode.goalSurgeryExtension),
          "valueReference": reference("Procedure", target.surgery),
        ])
      ]) : nil
    let achievement: JSONValue? = facts?.achievement.map { achievement in
      FHIRCode.concept(
        system: "http://terminology.hl7.org/CodeSystem/goal-achievement", code: achievement.rawValue,
        display: achievement == .achieved ? "Achieved" : "Not Achieved",
        text: achievement == .achieved ? "achieved" : "not achieved")
    }
    return FHIRResource(
      type: "Goal", uid: target.uid,
      [
        "extension": surgery,
        "lifecycleStatus": .string("active"),
        "achievementStatus": achievement,
        "description": FHIRCode.text("\(what) within \(target.days) days after surgery"),
        "subject": reference(patient: patient),
        "startDate": facts?.surgeryDay.map { .string($0.description) },
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
          "Counted from the surgery urn:uuid:\(target.surgery.lowercaseText).", target.note,
        ]),
      ])
  }

  /// A vocabulary word as words: `walk-without-aid` is "walk without aid".
  static func words(_ word: String) -> String { word.replacing("-", with: " ") }
}
