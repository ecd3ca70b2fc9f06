import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The resources of one export in the order they are written, shared by the bundle and the NDJSON
/// writers: the exporting program's `Device` first, each patient before their first entry, an
/// instrument's `Questionnaire` before its first response, a patient's hip on a side (a
/// `BodyStructure`) before the first procedure on it, the `Provenance` of each block of entries
/// after it.
///
/// It keeps the uids of the patients and the instruments written so far, the open provenance block
/// and the goal context: memory that does not grow with the number of entries.
struct FHIRResourceStream {
  var mapping: FHIRMapping
  var goals: FHIRGoalContext
  var provenanceContext: FHIRProvenanceContext
  private var patients: Set<UUID> = []
  private var questionnaires: Set<Instrument> = []
  private var hips: Set<UUID> = []
  private var provenance = FHIRProvenance()

  init(mapping: FHIRMapping, goals: FHIRGoalContext, provenance: FHIRProvenanceContext) {
    self.mapping = mapping
    self.goals = goals
    self.provenanceContext = provenance
  }

  /// The program's `Device`; starts a new export.
  mutating func begin() -> [FHIRResource] {
    patients = []
    questionnaires = []
    hips = []
    provenance = FHIRProvenance()
    return [provenanceContext.software.device]
  }

  /// The patient's `Patient`, or nothing when it has already been written.
  mutating func add(patient: Patient) -> [FHIRResource] {
    guard patients.insert(patient.uid).inserted else { return [] }
    return [mapping.patient(patient)]
  }

  /// The resources of `entry`, preceded by what they refer to that is not written yet, and followed by
  /// a `Provenance` when a block of targets closes.
  mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool
  ) throws(FHIRExportError)
    -> [FHIRResource]
  {
    let facts: FHIRGoalFacts? = if case .target(let target) = entry { goals.facts(for: target) } else { nil }
    let resources = try mapping.resources(for: entry, patient: patient.uid, removed: removed, goal: facts)
    var output = add(patient: patient)
    if case .score(let score) = entry, score.answers != nil, questionnaires.insert(score.instrument).inserted
    {
      output.append(FHIRQuestionnaire.resource(score.instrument))
    }
    if case .treatment(let treatment) = entry, let side = treatment.side,
      hips.insert(FHIRBodyStructure.uid(patient: patient.uid, side: side)).inserted
    {
      output.append(FHIRBodyStructure.resource(patient: patient.uid, side: side, mapping: mapping))
    }
    output += resources
    output += provenance.add(resources, of: patient.uid, mapping: mapping, context: provenanceContext)
    return output
  }

  /// The `Provenance` of the last block.
  mutating func end() -> [FHIRResource] {
    provenance.close(mapping: mapping, context: provenanceContext)
  }
}
