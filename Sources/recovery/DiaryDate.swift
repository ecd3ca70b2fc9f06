import ArgumentParser
import RecoveryModel

/// Parses the dates people type: `YYYY-MM-DD`, `today` or `yesterday`.
enum DiaryDate {
  /// The day `text` names, or today when nil.
  /// - Throws: ``EntryError/malformedDate(_:)`` naming the accepted forms.
  static func parse(_ text: String?, today: CalendarDay) throws -> CalendarDay {
    guard let text else { return today }
    switch text.lowercased() {
    case "today": return today
    case "yesterday": return today.adding(days: -1)
    default:
      guard let day = CalendarDay(text) else { throw EntryError.malformedDate(text) }
      return day
    }
  }

  /// The time `text` names, or nil when not given.
  static func parseTime(_ text: String?) throws -> TimeOfDay? {
    guard let text else { return nil }
    // `9:30` is half past nine, as people write it.
    let padded = text.count == 4 && text.dropFirst().first == ":" ? "0" + text : text
    guard let time = TimeOfDay(padded) else { throw EntryError.malformedTime(text) }
    return time
  }
}
