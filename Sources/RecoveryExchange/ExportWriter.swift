import RecoveryModel
import RecoveryStore

/// Lays out an export, one piece at a time, so that an export never holds the whole diary:
/// ``begin(to:)``, then for each patient ``start(_:to:)`` followed by that patient's entries in
/// diary order through ``add(_:of:removed:to:)``, then ``end(to:)``.
///
/// ``JSONExportWriter`` writes the diary export, ``CSVExportWriter`` the CSV of `list --format csv`;
/// `RecoveryFHIR` has a FHIR one. `RecoveryStore.export(_:matching:with:to:)` drives a
/// writer over a store's entries.
public protocol ExportWriter {
  /// Writes what comes before everything else (a header row, an opening bracket).
  /// - Parameter output: where the bytes go.
  mutating func begin(to output: BufferedOutput) throws

  /// Announces the next patient, before that patient's entries; called for every patient exported,
  /// also for one without entries.
  /// - Parameters:
  ///   - patient: the patient whose entries follow.
  ///   - output: where the bytes go.
  mutating func start(_ patient: Patient, to output: BufferedOutput) throws

  /// Writes one entry of `patient`.
  /// - Parameters:
  ///   - entry: the entry, in its latest version.
  ///   - patient: the patient whose entry it is.
  ///   - removed: whether the entry was removed; nil when removed entries were not asked for (every
  ///     entry is current, and formats that mark removal leave the mark out).
  ///   - output: where the bytes go.
  mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool?, to output: BufferedOutput) throws

  /// Writes what comes after the last entry.
  /// - Parameter output: where the bytes go.
  mutating func end(to output: BufferedOutput) throws

  /// Whether the format writes removed entries whatever the export asks (FHIR sends them as
  /// `entered-in-error`, so that a server drops what the diary dropped); false unless a format says
  /// otherwise.
  var wantsRemovedEntries: Bool { get }

  /// Called before ``start(_:to:)`` for each patient, inside the export's snapshot: for a format that
  /// must know something of the patient's entries before it writes any (FHIR's goals need the
  /// surgeries and milestones). Does nothing unless a format says otherwise.
  /// - Parameters:
  ///   - patient: the patient whose entries follow.
  ///   - snapshot: the reads of the export's snapshot of the database.
  ///   - query: which entries the export writes.
  mutating func prepare(_ patient: Patient, in snapshot: StoreSnapshot, matching query: EntryQuery) throws
}

extension ExportWriter {
  public var wantsRemovedEntries: Bool { false }

  public mutating func prepare(
    _ patient: Patient, in snapshot: StoreSnapshot, matching query: EntryQuery
  ) throws {}
}
