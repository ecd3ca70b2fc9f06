/// The keys of a diary entry's JSON object, in the order of `list --format csv`'s columns.
///
/// This is the one documented shape of an entry: `list --format json`, exports and the store's history
/// snapshots all write these keys, spelled out here so that renaming a Swift property never changes
/// them. A field that was not given is left out of the object.
public enum EntryField: String, CodingKey, CaseIterable, Sendable, Hashable, Codable {
  /// The entry's id, unique across all entry types in a database (`#42`).
  case id = "id"
  /// The stable UUID, lowercase.
  case uid = "uid"
  /// `treatment`, `pain`, `symptom`, `aid`, `score`, `milestone`, `target` or `medication`.
  case type = "type"
  /// The patient's name (`RecoveryExchange`'s `ExportedEntry` only).
  case patient = "patient"
  /// The diary day, `YYYY-MM-DD` (treatments, pain, symptoms).
  case date = "date"
  /// An aid period's or a medication course's first day.
  case from = "from"
  /// An aid period's first day without the aid; `null` while the period is open.
  case to = "to"
  /// `HH:MM`, when given.
  case time = "time"
  /// The treatment kind, the symptom, the milestone, or what a target is about (a milestone or
  /// `off-crutches`).
  case kind = "kind"
  /// A treatment's category, derived from its kind (written, never read).
  case category = "category"
  /// A treatment's free name.
  case name = "name"
  /// A questionnaire: `hoos-jr`, `ihot-12` or `oxford`.
  case instrument = "instrument"
  /// A questionnaire's answers in its order: a JSON array of integers, `null` for an Oxford total given
  /// alone; in CSV, the numbers separated by single spaces.
  case answers = "answers"
  /// A questionnaire's raw sum.
  case raw = "raw"
  /// A pain score, 0-10; or a questionnaire's score (HOOS JR interval score, iHOT-12 mean, Oxford
  /// total).
  case score = "score"
  /// A symptom's episode count.
  case count = "count"
  /// A symptom's severity, 0-10.
  case severity = "severity"
  /// A tender trigger point.
  case point = "point"
  /// Where pain or a symptom was felt.
  case location = "location"
  /// Which side.
  case side = "side"
  /// What provoked pain or a symptom.
  case activity = "activity"
  /// An aid period's walking aid.
  case aid = "aid"
  /// An aid period's weight-bearing instruction.
  case weightBearing = "weightBearing"
  /// A psoas release's level.
  case level = "level"
  /// A surgery's approach.
  case approach = "approach"
  /// An injection's target.
  case target = "target"
  /// An injection's image guidance.
  case guidance = "guidance"
  /// What was injected or applied.
  case agent = "agent"
  /// A treatment's dose as written; a medication's single dose in milligrams (a number).
  case dose = "dose"
  /// A medication's drug.
  case drug = "drug"
  /// How many doses of a medication: on its day, or each day of its course.
  case times = "times"
  /// Whether a medication was taken as needed (`true`), left out otherwise.
  case asNeeded = "asNeeded"
  /// The round within a series.
  case round = "round"
  /// A target's number of days after its surgery.
  case days = "days"
  /// The uid of the surgery a target counts from, lowercase.
  case surgery = "surgery"
  /// The surgeon, clinic or therapist.
  case provider = "provider"
  /// What the surgeon found.
  case finding = "finding"
  /// Anything else.
  case note = "note"
  /// Whether the entry was removed (`RecoveryExchange`'s `ExportedEntry` only, when asked for).
  case removed = "removed"
}

extension EntryField {
  /// Whether the field holds free text as the patient wrote it (a note, a name), kept exactly as
  /// given, spaces and all.
  public var isFreeText: Bool {
    switch self {
    case .patient, .name, .agent, .dose, .provider, .finding, .note: true
    default: false
    }
  }

  /// The field in words after "a" or "an", as its label needs: "a release level", "an image guidance".
  public var labelWithArticle: String {
    (label.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + label
  }

  /// The field in words, for sentences: "pain score", "release level".
  public var label: String {
    switch self {
    case .id: "entry id"
    case .uid: "uid"
    case .type: "entry type"
    case .patient: "patient"
    case .date: "date"
    case .from: "first day"
    case .to: "first day without it"
    case .time: "time"
    case .kind: "kind"
    case .category: "category"
    case .name: "name"
    case .instrument: "questionnaire"
    case .answers: "answers"
    case .raw: "raw score"
    case .score: "pain score"
    case .count: "episode count"
    case .severity: "severity"
    case .point: "trigger point"
    case .location: "body location"
    case .side: "side"
    case .activity: "activity"
    case .aid: "walking aid"
    case .weightBearing: "weight bearing"
    case .level: "release level"
    case .approach: "surgical approach"
    case .target: "injection target"
    case .guidance: "image guidance"
    case .agent: "agent"
    case .dose: "dose"
    case .drug: "drug"
    case .times: "number of doses"
    case .asNeeded: "as needed"
    case .round: "round"
    case .days: "number of days"
    case .surgery: "surgery"
    case .provider: "provider"
    case .finding: "finding"
    case .note: "note"
    case .removed: "removed"
    }
  }
}
