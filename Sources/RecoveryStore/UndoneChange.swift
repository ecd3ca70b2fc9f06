import RecoveryModel

/// What ``RecoveryStore/undo(for:)`` reverted.
public struct UndoneChange: Sendable, Equatable {
  /// The kind of change that was reverted.
  public let action: EntryChange.Action
  /// The ids of the entries it touched (one, or a batch's range).
  public let ids: ClosedRange<Int>
  /// The single entry as it is now, after the undo (nil when the undo removed it or touched many).
  public let entry: DiaryEntry?
  /// The entry as it was before the undo (nil for a batch).
  public let previous: DiaryEntry?
}
