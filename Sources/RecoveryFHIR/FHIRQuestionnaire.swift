import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `Questionnaire` resources that score entries' responses name: one per instrument, under this
/// project's canonical URL, with item numbers and codes but no question wording (the instruments are
/// licensed).
///
/// HOOS JR is coded with LOINC: the panel 82316-1 and its six items 82317-9, 82318-7, 82319-5,
/// 82320-3, 82321-1 and 82322-9, in the instrument's order; the Oxford Hip Score and iHOT-12 have no
/// LOINC codes here, and their questionnaires carry the instrument's name as text only.
enum FHIRQuestionnaire {
  /// LOINC 82316-1: the HOOS JR panel.
  static let hoosJRPanel = "82316-1"
  /// LOINC codes of the six HOOS JR items, in the instrument's order.
  static let hoosJRItems = ["82317-9", "82318-7", "82319-5", "82320-3", "82321-1", "82322-9"]
  /// LOINC 82323-7: the HOOS JR total interval score.
  static let hoosJRIntervalScore = "82323-7"

  /// The canonical URL of an instrument's questionnaire.
  static func url(_ instrument: Instrument) -> String {
    FHIRCode.canonicalBase + "/Questionnaire/" + instrument.rawValue
  }

  /// The uid of an instrument's questionnaire: name-based on its URL, so every export names the same.
  static func uid(_ instrument: Instrument) -> UUID {
    UUID.nameBased(namespace: UUID.fhirNamespace, name: Array(url(instrument).utf8))
  }

  /// The questionnaire of `instrument`: `active`, its items numbered `1`, `2`, ... as integers.
  static func resource(_ instrument: Instrument) -> FHIRResource {
    let codes = instrument == .hoosJR ? hoosJRItems : []
    let items: [JSONValue?] = (0..<instrument.answerCount).map { index in
      .fields([
        "linkId": .string(String(index + 1)),
        "code": index < codes.count
          ? .list([.fields(["system": .string(FHIRCode.loinc), "code": .string(codes[index])])]) : nil,
        "type": .string("integer"),
      ])
    }
    return FHIRResource(
      type: "Questionnaire", uid: uid(instrument),
      [
        "url": .string(url(instrument)),
        "name": .string(instrument.rawValue.replacing("-", with: "_").uppercased()),
        "title": .string(instrument.label),
        "status": .string("active"),
        "subjectType": .list([.string("Patient")]),
        "code": instrument == .hoosJR
          ? .list([.fields(["system": .string(FHIRCode.loinc), "code": .string(hoosJRPanel)])]) : nil,
        "item": .list(items),
      ])
  }
}

extension UUID {
  /// The namespace of the name-based uids of the resources the export makes up (questionnaires, the
  /// exporting software, provenance): fixed, never to change.
  static let fhirNamespace = UUID(uuidString: "5b0e6f0a-3c1d-4e8e-9a47-2f6d8c1b7e93")!
}
