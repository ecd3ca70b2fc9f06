import Foundation
import RecoveryModel
import RecoveryTestSupport
import Testing

/// An unknown word gets the closest valid one first, then every choice, on one line; a word close to
/// nothing gets the choices alone.
struct UnknownWordTests {
  /// A command with one misspelt word, and the exact line that suggests the closest word and lists the choices.
  typealias Case = RefusedCommand

  static let suggested: [Case] = [
    Case(
      ["treatment", "psoas"],
      "Unknown treatment kind \"psoas\": did you mean psoas-release? Choose one of hip-resurfacing, "
        + "psoas-release, cortisone, prp, prolotherapy, total-hip-replacement, hip-arthroscopy, revision, "
        + "physiotherapy, self-massage, other."),
    Case(
      ["symptom", "cathcing"],
      "Unknown symptom \"cathcing\": did you mean catching? Choose one of catching, clicking, snapping, "
        + "locking, giving-way, numbness, stiffness, swelling, trigger-point."),
    Case(
      ["aid", "crutches", "--from", "2024-01-01"],
      "Unknown walking aid \"crutches\": did you mean two-crutches? Choose one of two-crutches, one-crutch, "
        + "cane, walker."),
    Case(
      ["pain", "5", "--side", "rigth"],
      "Unknown side \"rigth\": did you mean right? Choose one of left, right, both."),
    Case(
      ["pain", "5", "--location", "grion"],
      "Unknown body location \"grion\": did you mean groin? Choose one of groin, front-thigh, inner-thigh, "
        + "lateral-hip, buttock, lower-back, abdomen, genitals, knee, hip."),
    Case(
      ["symptom", "catching", "--activity", "stair"],
      "Unknown activity \"stair\": did you mean stairs? Choose one of stairs, sit-to-stand, car, walking, "
        + "standing, sitting, lying, night, exercise."),
    Case(
      ["symptom", "trigger-point", "--point", "lower"],
      "Unknown trigger point \"lower\": did you mean lower-psoas? Choose one of upper-psoas, lower-psoas, "
        + "iliacus."),
    Case(
      ["aid", "cane", "--from", "2024-01-01", "--weight-bearing", "pw"],
      "Unknown weight bearing \"pw\": did you mean pwb? Choose one of nwb, ttwb, pwb, wbat, fwb."),
    Case(
      ["treatment", "psoas-release", "--level", "lesser"],
      "Unknown release level \"lesser\": did you mean lesser-trochanter? Choose one of lesser-trochanter, "
        + "central-compartment, peripheral-compartment."),
    Case(
      ["treatment", "hip-arthroscopy", "--approach", "arthroscopy"],
      "Unknown approach \"arthroscopy\": did you mean arthroscopic? Choose one of arthroscopic, open."),
    Case(
      ["treatment", "cortisone", "--target", "bursa"],
      "Unknown injection target \"bursa\": did you mean iliopsoas-bursa? Choose one of iliopsoas-bursa, "
        + "iliopsoas-tendon, hip-joint, trochanteric-bursa, other."),
    Case(
      ["treatment", "cortisone", "--guidance", "ultrasond"],
      "Unknown image guidance \"ultrasond\": did you mean ultrasound? Choose one of ultrasound, fluoroscopy, "
        + "ct, none."),
    Case(
      ["list", "--type", "pian"],
      "Unknown \(EntryType.vocabularyName) \"pian\": did you mean pain? Choose one of treatment, pain, symptom, aid,"
        + " score, milestone, target, medication."
    ),
    Case(
      ["report", "--side", "lfet"],
      "Unknown side \"lfet\": did you mean left? Choose one of left, right, both."),
  ]

  @Test(arguments: suggested)
  func theParserRefusesWithTheClosestWordFirst(_ check: Case) throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(check.arguments)
      #expect(run.status != 0)
      #expect(run.output.isEmpty)
      #expect(run.error == "recovery: \(check.message)\n")
      #expect(!FileManager.default.fileExists(atPath: tool.database))
    }
  }

  @Test func nothingCloseGetsTheChoicesAlone() throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(["pain", "5", "--side", "middle"])
      #expect(run.error == "recovery: Unknown side \"middle\": choose one of left, right, both.\n")
      let treatment = try tool.run(["treatment", "surgery"])
      #expect(treatment.errorIsOneLine)
      #expect(!treatment.error.contains("did you mean"), "\(treatment.error)")
      #expect(treatment.error.contains("choose one of hip-resurfacing,"), "\(treatment.error)")
    }
  }

  @Test func editSuggestsTheClosestKindOfTheEntrysType() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "cortisone", "--on", "2024-01-01"])
      try tool.succeed(["symptom", "catching", "--on", "2024-01-01"])
      let treatment = try tool.run(["edit", "1", "--kind", "psoas"])
      #expect(treatment.status != 0)
      #expect(treatment.errorIsOneLine)
      #expect(
        treatment.error.hasPrefix(
          "recovery: Unknown treatment kind \"psoas\": did you mean psoas-release? Choose one of "),
        "\(treatment.error)")
      let symptom = try tool.run(["edit", "2", "--kind", "snaping"])
      #expect(
        symptom.error.hasPrefix(
          "recovery: Unknown symptom \"snaping\": did you mean snapping? Choose one of "),
        "\(symptom.error)")
      // Nothing changed.
      #expect(try tool.listJSON().compactMap { $0["kind"] as? String } == ["cortisone", "catching"])
    }
  }

  @Test func listKindSuggestsAcrossTreatmentsSymptomsAndAids() throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(["list", "--kind", "cane "])
      #expect(run.status != 0)
      #expect(run.errorIsOneLine)
      #expect(
        run.error.hasPrefix(
          "recovery: Unknown treatment kind, symptom or walking aid \"cane \": did you mean cane? Choose one of"
        ))
      let aid = try tool.run(["list", "--kind", "crutch"])
      #expect(aid.error.contains("did you mean one-crutch?"), "\(aid.error)")
    }
  }

  @Test func otherParserErrorsAreOneLineAndNameTheChoices() throws {
    try RecoveryTool.with { tool in
      let format = try tool.run(["list", "--format", "xml"])
      #expect(format.status != 0)
      #expect(format.errorIsOneLine, "\(format.error)")
      for word in ["xml", "table", "json", "csv"] {
        #expect(format.error.contains(word), "\(format.error)")
      }
      #expect(!format.error.contains("Usage"), "\(format.error)")
      let option = try tool.run(["pain", "5", "--sied", "left"])
      #expect(option.errorIsOneLine, "\(option.error)")
      #expect(option.error.contains("--side"), "\(option.error)")
    }
  }
}
