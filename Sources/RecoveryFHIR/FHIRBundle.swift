import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A whole FHIR R4 `transaction` Bundle as one string, for small diaries and tests; see
/// ``FHIRBundleWriter`` for the streaming form and what the bundle holds.
public enum FHIRBundle {
  /// The bundle of `patients`, then of `entries`, each with its patient.
  ///
  /// - Parameters:
  ///   - patients: patients to write even when they have no entries, in order.
  ///   - entries: the entries, each with the patient it belongs to; a patient not in `patients` is
  ///     written before their first entry.
  ///   - removed: the uids of the entries that were removed, written `entered-in-error`.
  ///   - timeZone: the zone the diary was kept in, for entries with a time of day; nil writes dates
  ///     only (see ``FHIRBundleWriter/init()``).
  ///   - software: the exporting program, the agent of the `Provenance`.
  ///   - recorded: the moment of the export.
  ///   - today: the day against which goals are overdue.
  /// - Throws: ``FHIRExportError`` for an entry that no FHIR resource can hold.
  public static func json(
    patients: [Patient], entries: [(entry: DiaryEntry, patient: Patient)], removed: Set<UUID> = [],
    timeZone: TimeZone? = nil, software: FHIRSoftware = FHIRSoftware(name: "recovery", version: "unknown"),
    recorded: Date = Date(), today: CalendarDay = .today()
  ) throws(FHIRExportError) -> String {
    var writer = timeZone.map(FHIRBundleWriter.init(timeZone:)) ?? FHIRBundleWriter()
    writer.software = software
    writer.recorded = recorded
    var goals = FHIRGoalContext(today: today)
    for (entry, _) in entries { goals.note(entry) }
    writer.goals = goals
    var output = writer.begin()
    for patient in patients { output += writer.add(patient: patient) }
    for (entry, patient) in entries {
      output += try writer.add(entry, of: patient, removed: removed.contains(entry.uid))
    }
    return output + writer.end()
  }
}
