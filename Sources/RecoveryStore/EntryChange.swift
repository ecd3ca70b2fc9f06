import RecoveryModel

/// One recorded change to a diary entry: its addition, an edit, its removal, its move to another
/// patient, or an undo.
///
/// Read with ``RecoveryStore/history(id:for:)``; the entries themselves always show their current
/// version, so history is one explicit call away.
public struct EntryChange: Sendable, Equatable {
  /// What happened.
  public enum Action: String, Sendable, Equatable {
    case add, edit, remove, undo
    /// The entry moved to another patient (``RecoveryStore/move(id:from:to:)``).
    case move
  }

  /// The change's place in the database's order of changes.
  public let sequence: Int
  /// What happened.
  public let action: Action
  /// When, with the UTC offset of the clock that recorded it; its description is local time with the
  /// offset (`2024-11-20T08:15:03+0100`).
  public let recordedAt: RecordedTime
  /// The entry as it stood after the change; nil when the change left it removed.
  public let entry: DiaryEntry?
  /// The reason given for a removal, if any.
  public let reason: String?
  /// For an undo: the sequence number of the change it reverted.
  public let undoes: Int?
  /// Whether a later undo reverted this change.
  public let undone: Bool
}
