import RecoveryFHIR
import RecoveryModel

/// Lays out an export, one piece at a time, so that `recovery export` never holds the whole diary:
/// ``begin(to:)``, then for each patient ``start(_:to:)`` followed by that patient's entries in
/// diary order through ``add(_:of:removed:to:)``, then ``end(to:)``.
///
/// A format is a type conforming to this protocol and a case of ``ExportCommand/Format`` that makes
/// it (see ``ExportCommand/writer(for:)``).
protocol ExportWriter {
  /// Writes what comes before everything else (a header row, an opening bracket).
  mutating func begin(to output: BufferedOutput) throws

  /// Announces the next patient, before that patient's entries; called for every patient exported,
  /// also for one without entries.
  mutating func start(_ patient: Patient, to output: BufferedOutput) throws

  /// Writes one entry of `patient`.
  /// - Parameter removed: whether the entry was removed; nil when removed entries were not asked
  ///   for (every entry is current, and formats that mark removal leave the mark out).
  mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool?, to output: BufferedOutput) throws

  /// Writes what comes after the last entry.
  mutating func end(to output: BufferedOutput) throws

  /// Whether the format writes removed entries always (FHIR marks them `entered-in-error`).
  var wantsRemovedEntries: Bool { get }

  /// Takes a patient's surgeries and milestones, gathered before their entries are written.
  mutating func prepare(_ goals: FHIRGoalContext)
}

extension ExportWriter {
  var wantsRemovedEntries: Bool { false }
  mutating func prepare(_ goals: FHIRGoalContext) {}
}
