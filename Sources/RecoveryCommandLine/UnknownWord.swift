import RecoveryModel

/// A word that is not in its vocabulary, and the sentence that tells the user so: the closest valid
/// word first, when one is close, then every choice.
package struct UnknownWord: Sendable, Equatable {
  /// What the vocabulary describes ("treatment kind", "side").
  package let kind: String
  /// The word as typed.
  package let value: String
  /// The valid words, comma-separated.
  package let choices: String
  /// The valid word closest to what was typed, if one is close.
  package let suggestion: String?

  /// A word refused from a list that is not one of the model's vocabularies (commands, report formats).
  package init(kind: String, value: String, choices: String, suggestion: String?) {
    self.kind = kind
    self.value = value
    self.choices = choices
    self.suggestion = suggestion
  }

  /// The word `value` refused by `vocabulary`.
  package init<V: Vocabulary>(_ vocabulary: V.Type, value: String) {
    kind = V.vocabularyName
    self.value = value
    choices = V.choices
    suggestion = Self.closest(in: V.self, to: value)
  }

  /// The word an ``EntryError/unknownWord(kind:value:choices:)`` refused, or nil for other errors.
  package init?(_ error: EntryError) {
    guard case .unknownWord(let kind, let value, let choices) = error else { return nil }
    self.kind = kind
    self.value = value
    self.choices = choices
    suggestion =
      Self.vocabularies.lazy.filter { $0.vocabularyName == kind }
      .compactMap { Self.closest(in: $0, to: value) }.first
  }

  package var message: String {
    guard let suggestion else { return "Unknown \(kind) \"\(value)\": choose one of \(choices)." }
    return "Unknown \(kind) \"\(value)\": did you mean \(suggestion)? Choose one of \(choices)."
  }

  /// The last vocabulary word the argument parser could not read (see `Vocabulary+Argument.swift`).
  ///
  /// The parser's own error names the value but not its vocabulary; this keeps both for the message.
  /// Only the main thread parses arguments, once, before any command runs.
  nonisolated(unsafe) package static var lastRejected: UnknownWord?

  private static let vocabularies: [any Vocabulary.Type] = [
    TreatmentKind.self, SymptomKind.self, WalkingAid.self, Side.self, BodyLocation.self, Activity.self,
    ReleaseLevel.self, SurgicalApproach.self, InjectionTarget.self, ImageGuidance.self, TriggerPoint.self,
    WeightBearing.self, EntryType.self, TreatmentCategory.self, Verdict.self, Instrument.self,
    MilestoneKind.self, TargetKind.self, Drug.self, DrugClass.self,
  ]

  private static func closest<V: Vocabulary>(in _: V.Type, to value: String) -> String? {
    if let synonym = synonyms[value.lowercased()], V(rawValue: synonym) != nil { return synonym }
    if V.self == Drug.self { return Drug.suggestion(for: value)?.rawValue }
    return V.closest(to: value)?.rawValue
  }

  /// Words people use for a valid word that spelling alone does not lead to: abbreviations and
  /// everyday names.
  package static let synonyms: [String: String] = [
    "thr": "total-hip-replacement", "tha": "total-hip-replacement",
    "hip-replacement": "total-hip-replacement",
    "steroid": "cortisone", "injection": "cortisone", "corticosteroid": "cortisone",
    "steroid-injection": "cortisone", "cortisone-injection": "cortisone", "tenotomy": "psoas-release",
    "resurfacing": "hip-resurfacing", "physio": "physiotherapy", "crutches": "two-crutches",
  ]
}
