import RecoveryModel

/// The code systems and codes the export uses, and the `CodeableConcept`s built from them.
///
/// Text stays primary: every concept carries the words a clinician reads in `text`, and a coding only
/// where a code is known for certain.
enum FHIRCode {
  static let snomed = "http://snomed.info/sct"
  static let loinc = "http://loinc.org"
  static let observationCategory = "http://terminology.hl7.org/CodeSystem/observation-category"
  static let ucum = "http://unitsofmeasure.org"
  /// The identifier system of a URI, here `urn:uuid:...`.
  static let uriSystem = "urn:ietf:rfc:3986"
  /// The base of the canonical URLs this project defines (its questionnaires, extensions and tag
  /// system): a name, not an address that serves anything.
  static let canonicalBase = "http://recovery.example.org/fhir"
  /// The extension holding a diary entry's own fields, which ``FHIRBundleReader`` reads back.
  static let diaryEntryExtension = canonicalBase + "/StructureDefinition/diary-entry"
  /// The extension that names the surgery a goal counts from (R4's `Goal.addresses` cannot refer to a
  /// `Procedure`).
  static let goalSurgeryExtension = canonicalBase + "/StructureDefinition/goal-surgery"
  /// The tag system whose code names a `Provenance`, which has no identifier.
  static let provenanceTagSystem = canonicalBase + "/provenance"
  /// The laterality extension of an observation's body site.
  static let structureLaterality = "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality"

  /// LOINC 72514-3: pain severity, 0-10 verbal numeric rating, reported.
  static let painSeverity = "72514-3"
  /// SNOMED CT 29836001: hip region structure.
  static let hipRegion = "29836001"

  /// A concept with one coding (when `code` is given) and its text.
  static func concept(system: String, code: String?, display: String? = nil, text: String) -> JSONValue {
    .fields([
      "coding": code.map { code in
        .list([
          .fields(["system": .string(system), "code": .string(code), "display": JSONValue.text(display)])
        ])
      },
      "text": .string(text),
    ])
  }

  /// A concept with text only.
  static func text(_ text: String) -> JSONValue {
    .fields(["text": .string(text)])
  }

  /// The `survey` observation category: what the patient reported.
  static let surveyCategory: JSONValue = .list([
    .fields([
      "coding": .list([
        .fields([
          "system": .string(observationCategory), "code": .string("survey"), "display": .string("Survey"),
        ])
      ])
    ])
  ])

  /// The SNOMED CT code of a treatment kind, where one is known: total replacement of hip (52734007),
  /// tenotomy (78545003) for the psoas release, which cuts the iliopsoas tendon, and physical therapy
  /// procedure (91251008) for physiotherapy.
  static func procedure(_ kind: TreatmentKind) -> String? {
    switch kind {
    case .totalHipReplacement: "52734007"
    case .psoasRelease: "78545003"
    case .physiotherapy: "91251008"
    case .hipResurfacing, .cortisone, .prp, .prolotherapy, .hipArthroscopy, .revision, .selfMassage, .other:
      nil
    }
  }

  /// The SNOMED CT body structure of a location, where one is known: inguinal region (groin), hip
  /// region, thigh (front and inner thigh alike) and lower back.
  static func bodyStructure(_ location: BodyLocation) -> String? {
    switch location {
    case .groin: "26893007"
    case .hip: hipRegion
    case .frontThigh, .innerThigh: "68367000"
    case .lowerBack: "37822005"
    case .lateralHip, .buttock, .abdomen, .genitals, .knee: nil
    }
  }

  /// Where something was felt or done, as a clinician writes it: "right groin", "left front thigh",
  /// "groin, both sides", "right side" (a side without a place) or "groin" (a place without a side).
  static func placeText(_ place: String?, side: Side?) -> String? {
    switch (place, side) {
    case (nil, nil): nil
    case (let place?, nil): place
    case (nil, .both?): "both sides"
    case (nil, let side?): "\(side.rawValue) side"
    case (let place?, .both?): "\(place), both sides"
    case (let place?, let side?): "\(side.rawValue) \(place)"
    }
  }

  /// A body site: the location's SNOMED CT code where known, with the side in the text; on an
  /// observation (`lateralityExtension`), the side also coded in the `observation-structureLaterality`
  /// extension. A post-coordinated SNOMED CT expression would be refused by servers without an
  /// expression-aware terminology service, so the location and the side are coded apart.
  static func bodySite(
    _ location: BodyLocation?, side: Side?, lateralityExtension: Bool = false
  ) -> JSONValue? {
    if location == .hip { return hip(side: side, lateralityExtension: lateralityExtension) }
    guard let text = placeText(location?.label, side: side) else { return nil }
    let site = concept(system: snomed, code: location.flatMap(bodyStructure), text: text)
    return lateralityExtension ? withLaterality(site, side: side) : site
  }

  /// The hip region, with the side in the text ("right hip", "both hips", "hip") and, on an
  /// observation, coded in the laterality extension.
  static func hip(side: Side?, lateralityExtension: Bool = false) -> JSONValue {
    let text =
      switch side {
      case nil: "hip"
      case .both?: "both hips"
      case let side?: "\(side.rawValue) hip"
      }
    let site = concept(system: snomed, code: hipRegion, text: text)
    return lateralityExtension ? withLaterality(site, side: side) : site
  }

  /// The SNOMED CT laterality qualifier of a side: left (7771000), right (24028007), right and left
  /// (51440002).
  static func laterality(_ side: Side) -> JSONValue {
    switch side {
    case .left: concept(system: snomed, code: "7771000", display: "Left", text: "left")
    case .right: concept(system: snomed, code: "24028007", display: "Right", text: "right")
    case .both: concept(system: snomed, code: "51440002", display: "Right and left", text: "both sides")
    }
  }

  /// `site` with the side coded in the `observation-structureLaterality` extension, first among its
  /// elements; `site` unchanged without a side.
  static func withLaterality(_ site: JSONValue, side: Side?) -> JSONValue {
    guard let side, case .object(let members) = site else { return site }
    let extensions: JSONValue = .list([
      .fields(["url": .string(structureLaterality), "valueCodeableConcept": laterality(side)])
    ])
    return .object([JSONValue.Member(key: "extension", value: extensions)] + members)
  }
}
