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

  /// The SNOMED CT code of a treatment kind, where one is known: total replacement of hip (52734007)
  /// and tenotomy (78545003) for the psoas release, which cuts the iliopsoas tendon.
  static func procedure(_ kind: TreatmentKind) -> String? {
    switch kind {
    case .totalHipReplacement: "52734007"
    case .psoasRelease: "78545003"
    case .hipResurfacing, .cortisone, .prp, .prolotherapy, .hipArthroscopy, .revision, .physiotherapy,
      .selfMassage, .other:
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

  /// A body site: the location's SNOMED CT code where known, with the side in the text. R4 has no
  /// element for laterality, and a post-coordinated SNOMED CT expression would be refused by servers
  /// without an expression-aware terminology service, so the side is written for the reader.
  static func bodySite(_ location: BodyLocation?, side: Side?) -> JSONValue? {
    if location == .hip { return hip(side: side) }
    guard let text = placeText(location?.label, side: side) else { return nil }
    return concept(system: snomed, code: location.flatMap(bodyStructure), text: text)
  }

  /// The hip region, with the side in the text ("right hip", "both hips", "hip").
  static func hip(side: Side?) -> JSONValue {
    let text =
      switch side {
      case nil: "hip"
      case .both?: "both hips"
      case let side?: "\(side.rawValue) hip"
      }
    return concept(system: snomed, code: hipRegion, text: text)
  }
}
