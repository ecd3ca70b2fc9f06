#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Everything one patient logged, as loaded from a store: the input to ``Report/make(history:asOf:since:until:location:side:windows:)``.
///
/// The arrays need not be sorted or filtered; the analysis sorts what it needs and ignores entries dated
/// after the report day.
public struct History: Sendable, Equatable, Codable {
  /// The patient's name, as shown at the top of the report.
  public var patient: String
  /// Surgeries, injections and therapies.
  public var treatments: [Treatment]
  /// Pain ratings.
  public var pain: [PainEntry]
  /// Symptom entries.
  public var symptoms: [SymptomEntry]
  /// Walking-aid periods.
  public var aids: [AidPeriod]
  /// Questionnaire scores.
  public var scores: [ScoreEntry]
  /// Milestones reached.
  public var milestones: [MilestoneEntry]
  /// Surgeons' targets for milestones.
  public var targets: [MilestoneTarget]
  /// Medications taken: doses on a day and courses.
  public var medications: [MedicationEntry]

  /// Creates a history from its kinds of entry.
  public init(
    patient: String = Patient.defaultName, treatments: [Treatment] = [], pain: [PainEntry] = [],
    symptoms: [SymptomEntry] = [], aids: [AidPeriod] = [], scores: [ScoreEntry] = [],
    milestones: [MilestoneEntry] = [], targets: [MilestoneTarget] = [],
    medications: [MedicationEntry] = []
  ) {
    self.patient = patient
    self.treatments = treatments
    self.pain = pain
    self.symptoms = symptoms
    self.aids = aids
    self.scores = scores
    self.milestones = milestones
    self.targets = targets
    self.medications = medications
  }

  /// Creates a history from a mixed list of entries, such as a store's query result.
  public init(patient: String = Patient.defaultName, entries: some Sequence<DiaryEntry>) {
    self.init(patient: patient)
    for record in entries {
      switch record {
      case .treatment(let value): treatments.append(value)
      case .pain(let value): pain.append(value)
      case .symptom(let value): symptoms.append(value)
      case .aid(let value): aids.append(value)
      case .score(let value): scores.append(value)
      case .milestone(let value): milestones.append(value)
      case .target(let value): targets.append(value)
      case .medication(let value): medications.append(value)
      }
    }
  }

  /// Every entry as a ``DiaryEntry``, in diary order (by day, then time, then entry id); entries that
  /// tie keep the order of the arrays, treatments first, then aids, pain, symptoms, scores, milestones
  /// targets and medications.
  public var entries: [DiaryEntry] {
    let all =
      treatments.map(DiaryEntry.treatment) + aids.map(DiaryEntry.aid) + pain.map(DiaryEntry.pain)
      + symptoms.map(DiaryEntry.symptom) + scores.map(DiaryEntry.score)
      + milestones.map(DiaryEntry.milestone) + targets.map(DiaryEntry.target)
      + medications.map(DiaryEntry.medication)
    // A stable sort: the standard library's sort is not guaranteed stable, so ties break on position.
    return all.enumerated()
      .sorted { lhs, rhs in
        if DiaryEntry.diaryOrder(lhs.element, rhs.element) { return true }
        if DiaryEntry.diaryOrder(rhs.element, lhs.element) { return false }
        return lhs.offset < rhs.offset
      }
      .map(\.element)
  }

  /// Whether nothing at all has been logged.
  public var isEmpty: Bool {
    treatments.isEmpty && pain.isEmpty && symptoms.isEmpty && aids.isEmpty && scores.isEmpty
      && milestones.isEmpty && targets.isEmpty && medications.isEmpty
  }
}
