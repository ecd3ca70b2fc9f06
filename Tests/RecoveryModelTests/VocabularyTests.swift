import RecoveryModel
import Testing

/// Every closed vocabulary: its words in their documented order, parsing, and errors that list the choices.
struct VocabularyTests {
  /// One vocabulary, type-erased so that they can share a table.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let words: [String]
    let choices: String
    let parse: @Sendable (String) throws -> String
    let label: @Sendable (String) -> String?

    init<V: Vocabulary>(_ type: V.Type, _ words: [String]) {
      name = V.vocabularyName
      self.words = words
      choices = V.choices
      parse = { try V.parse($0).rawValue }
      label = { V(rawValue: $0)?.label }
    }

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      TreatmentKind.self,
      [
        "hip-resurfacing", "psoas-release", "cortisone", "prp", "prolotherapy", "total-hip-replacement",
        "hip-arthroscopy", "revision", "physiotherapy", "self-massage", "other",
      ]),
    Case(Side.self, ["left", "right", "both"]),
    Case(ReleaseLevel.self, ["lesser-trochanter", "central-compartment", "peripheral-compartment"]),
    Case(SurgicalApproach.self, ["arthroscopic", "open"]),
    Case(
      InjectionTarget.self,
      ["iliopsoas-bursa", "iliopsoas-tendon", "hip-joint", "trochanteric-bursa", "other"]),
    Case(ImageGuidance.self, ["ultrasound", "fluoroscopy", "ct", "none"]),
    Case(
      BodyLocation.self,
      [
        "groin", "front-thigh", "inner-thigh", "lateral-hip", "buttock", "lower-back", "abdomen", "genitals",
        "knee", "hip",
      ]),
    Case(
      Activity.self,
      ["stairs", "sit-to-stand", "car", "walking", "standing", "sitting", "lying", "night", "exercise"]),
    Case(
      SymptomKind.self,
      [
        "catching", "clicking", "snapping", "locking", "giving-way", "numbness", "stiffness", "swelling",
        "trigger-point",
      ]),
    Case(TriggerPoint.self, ["upper-psoas", "lower-psoas", "iliacus"]),
    Case(WalkingAid.self, ["two-crutches", "one-crutch", "cane", "walker"]),
    Case(WeightBearing.self, ["nwb", "ttwb", "pwb", "wbat", "fwb"]),
    Case(
      EntryType.self, ["treatment", "pain", "symptom", "aid", "score", "milestone", "target", "medication"]),
    Case(Instrument.self, ["hoos-jr", "ihot-12", "oxford"]),
    Case(
      MilestoneKind.self,
      [
        "full-weight-bearing", "walk-without-aid", "stairs-normally", "drive", "return-to-work",
        "sleep-on-side", "return-to-sport", "pain-free-day",
      ]),
    Case(
      TargetKind.self,
      [
        "off-crutches", "full-weight-bearing", "walk-without-aid", "stairs-normally", "drive",
        "return-to-work", "sleep-on-side", "return-to-sport", "pain-free-day", "opioid-free",
      ]),
    Case(TreatmentCategory.self, ["surgery", "injection", "therapy"]),
  ]

  @Test(arguments: cases)
  func choicesListEveryWordInOrder(_ vocabulary: Case) {
    #expect(vocabulary.choices == vocabulary.words.joined(separator: ", "))
  }

  @Test(arguments: cases)
  func parsesEveryWord(_ vocabulary: Case) throws {
    for word in vocabulary.words {
      #expect(try vocabulary.parse(word) == word)
      #expect(try vocabulary.parse(word.uppercased()) == word, "words are read in any case")
    }
  }

  @Test(arguments: cases, ["bogus", "", "Leftt", "GROINS", "front thigh", "groin "])
  func unknownWordsAreRefusedWithTheChoices(_ vocabulary: Case, word: String) throws {
    let thrown = #expect(throws: EntryError.self) { try vocabulary.parse(word) }
    let error = try #require(thrown)
    #expect(error == .unknownWord(kind: vocabulary.name, value: word, choices: vocabulary.choices))
    #expect(error.description.contains("\"\(word)\""))
    #expect(error.description.contains(vocabulary.name))
    for choice in vocabulary.words {
      #expect(error.description.contains(choice))
    }
  }

  @Test(arguments: cases)
  func spokenFormReplacesDashesWithSpaces(_ vocabulary: Case) {
    for word in vocabulary.words {
      #expect(vocabulary.label(word) == word.split(separator: "-").joined(separator: " "))
    }
  }

  @Test func anEntryTypesOrdinalIsItsPlaceAmongAllCases() {
    #expect(EntryType.allCases.map(\.ordinal) == Array(EntryType.allCases.indices))
  }
}
