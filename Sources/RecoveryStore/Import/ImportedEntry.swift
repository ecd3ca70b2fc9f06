import RecoveryModel

/// A diary entry to import, with whose it is and whether its uid was given.
///
/// A reader of a file (`RecoveryExchange` has the CSV and JSON ones) makes one for each row or
/// object; ``RecoveryStore/importEntries(_:uids:patient:fallbackPatient:update:dryRun:today:refusingCloseNames:refusals:)``
/// writes them.
public struct ImportedEntry: Sendable, Equatable {
  /// The entry, without an id. Its uid is the one given, or any placeholder when none was
  /// (``uidGiven`` is then false, and the import derives one).
  public var entry: DiaryEntry
  /// The patient the file names, if any.
  public var patient: String?
  /// Whether the file marks the entry removed.
  public var removed: Bool
  /// Whether the file gives the entry's uid.
  public var uidGiven: Bool

  /// Creates an imported entry.
  public init(entry: DiaryEntry, patient: String?, removed: Bool, uidGiven: Bool) {
    self.entry = entry
    self.patient = patient
    self.removed = removed
    self.uidGiven = uidGiven
  }
}
