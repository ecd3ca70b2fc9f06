import RecoveryModel

/// The control of each field of an entry, as every form that makes or changes an entry shows it: its
/// label, its kind of input and, for a word of a vocabulary, the vocabulary's words by their labels.
/// The Today and Treatment pages and the edit form build their fields here, so a field reads the same
/// wherever it is.
struct EntryControls: Sendable {
  /// What a field takes.
  enum Input {
    case text
    /// A number from `min` to `max`; `decimal` allows a fraction.
    case number(min: Int, max: Int?, decimal: Bool)
    case date
    case time
    /// One word of a vocabulary.
    case word([(value: String, label: String)])
    /// Yes (`true`), or left out.
    case flag
  }

  let type: EntryType
  /// What the controls' ids start with: `treatment` gives `treatment-side`.
  let idPrefix: String

  /// The first choice of an optional word, which leaves the field out.
  static let notGiven = "(not given)"

  /// The fields an entry of `type` may have, in the order the edit form shows them: all but those
  /// that identify the entry or follow from others. A medication `course` has its first day and the
  /// first day without it in place of a day and a time.
  static func fields(of type: EntryType, course: Bool = false) -> [EntryField] {
    switch type {
    case .treatment:
      [
        .date, .time, .kind, .name, .side, .level, .approach, .target, .guidance, .agent, .dose, .round,
        .provider, .finding, .note,
      ]
    case .pain: [.date, .time, .score, .location, .side, .activity, .note]
    case .symptom: [.date, .time, .kind, .count, .severity, .point, .location, .side, .activity, .note]
    case .aid: [.aid, .from, .to, .weightBearing, .side, .note]
    case .score: [.date, .time, .answers, .score, .side, .note]
    case .milestone: [.date, .time, .kind, .side, .note]
    case .target: [.date, .kind, .days, .surgery, .note]
    case .medication:
      (course ? [.from, .to] : [.date, .time]) + [.drug, .name, .dose, .times, .asNeeded, .note]
    }
  }

  /// Whether every entry of the type has the field: a word then offers no "(not given)".
  func isRequired(_ field: EntryField) -> Bool {
    switch field {
    case .kind, .drug, .aid, .instrument: true
    default: false
    }
  }

  /// The field's label.
  func label(_ field: EntryField) -> String {
    switch (type, field) {
    case (.treatment, .kind): "Treatment"
    case (.treatment, .name): "Name (for other)"
    case (.treatment, .level): "Release level (psoas release)"
    case (.treatment, .approach): "Approach (surgery)"
    case (.treatment, .target): "Injection target"
    case (.treatment, .guidance): "Image guidance (injection)"
    case (.symptom, .kind): "Symptom"
    case (.symptom, .count): "How many times"
    case (.milestone, .kind): "Milestone"
    case (.target, .kind): "Target"
    case (.pain, .score): "Pain score (0 no pain, 10 worst imaginable)"
    case (.score, .score): "Score"
    case (.medication, .name): "Name (for other)"
    case (.medication, .dose): "Dose in mg"
    case (.medication, .times): "Times"
    case (.medication, .asNeeded): "Taken as needed"
    case (_, .location): "Where"
    case (_, .severity): "Severity (0 to 10)"
    case (_, .answers): "Answers (numbers separated by spaces)"
    case (_, .surgery): "Surgery (its uid)"
    default: field.label.prefix(1).uppercased() + field.label.dropFirst()
    }
  }

  /// What the field takes.
  func input(_ field: EntryField) -> Input {
    switch (type, field) {
    case (_, .date), (_, .from), (_, .to): .date
    case (_, .time): .time
    case (.pain, .score), (_, .severity): .number(min: 0, max: 10, decimal: false)
    case (_, .score): .number(min: 0, max: nil, decimal: true)
    case (_, .count): .number(min: 1, max: 1000, decimal: false)
    case (_, .round): .number(min: 1, max: 100, decimal: false)
    case (_, .days): .number(min: 0, max: nil, decimal: false)
    case (_, .times): .number(min: 1, max: 24, decimal: false)
    case (.medication, .dose): .number(min: 0, max: nil, decimal: true)
    case (_, .asNeeded): .flag
    default: words(field).map { .word($0) } ?? .text
    }
  }

  /// The words a field of a vocabulary takes, by their labels; nil for any other field.
  func words(_ field: EntryField) -> [(value: String, label: String)]? {
    switch (type, field) {
    case (.treatment, .kind): FormBuilder.options(TreatmentKind.self)
    case (.symptom, .kind): FormBuilder.options(SymptomKind.self)
    case (.milestone, .kind): FormBuilder.options(MilestoneKind.self)
    case (.target, .kind): FormBuilder.options(TargetKind.self)
    case (_, .location): FormBuilder.options(BodyLocation.self)
    case (_, .side): FormBuilder.options(Side.self)
    case (_, .activity): FormBuilder.options(Activity.self)
    case (_, .point): FormBuilder.options(TriggerPoint.self)
    case (_, .aid): FormBuilder.options(WalkingAid.self)
    case (_, .weightBearing): FormBuilder.options(WeightBearing.self)
    case (_, .level): FormBuilder.options(ReleaseLevel.self)
    case (_, .approach): FormBuilder.options(SurgicalApproach.self)
    case (_, .target): FormBuilder.options(InjectionTarget.self)
    case (_, .guidance): FormBuilder.options(ImageGuidance.self)
    case (_, .drug): FormBuilder.options(Drug.self)
    case (_, .instrument): FormBuilder.options(Instrument.self)
    default: nil
    }
  }

  /// The labelled control of `field` holding `value`; `excluding` leaves words out of a vocabulary's
  /// choices.
  func control(_ field: EntryField, value: String? = nil, excluding: Set<String> = []) -> HTMLNode {
    let id = "\(idPrefix)-\(field.rawValue)"
    let name = field.rawValue
    let label = label(field)
    switch input(field) {
    case .text:
      return FormBuilder.input(name, label: label, value: value, id: id)
    case .date:
      return FormBuilder.input(name, label: label, type: "date", value: value, id: id)
    case .time:
      return FormBuilder.input(name, label: label, type: "time", value: value, id: id)
    case .number(let min, let max, let decimal):
      var limits = [("min", "\(min)")]
      if let max { limits.append(("max", "\(max)")) }
      limits += decimal ? [("step", "any"), ("inputmode", "decimal")] : [("inputmode", "numeric")]
      return FormBuilder.input(name, label: label, type: "number", value: value, id: id, extra: limits)
    case .word(let words):
      return FormBuilder.select(
        name, label: label, words.filter { !excluding.contains($0.value) }, selected: value,
        blank: isRequired(field) ? nil : Self.notGiven, id: id)
    case .flag:
      var attributes = [("type", "checkbox"), ("name", name), ("value", "true"), ("id", id)]
      if value == "true" { attributes.append(("checked", "checked")) }
      return .tag(
        "div", [("class", "check")], [.tag("input", attributes), .tag("label", [("for", id)], text: label)])
    }
  }
}
