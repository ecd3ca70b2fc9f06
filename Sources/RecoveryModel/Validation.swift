/// Checks shared by every entry type.
enum Validation {
  /// The largest free text accepted in one field: far above any real note, small enough that a pasted
  /// file by mistake is caught.
  static let textLimit = 1_048_576

  /// - Parameter today: nil skips the rule.
  static func notInFuture(_ day: CalendarDay, today: CalendarDay?) throws(EntryError) {
    if let today, day > today { throw .futureDate(day, today: today) }
  }

  static func textFits(_ text: String?, field: EntryField) throws(EntryError) {
    if let text, text.utf8.count > textLimit {
      throw .textTooLong(field: field, bytes: text.utf8.count, limit: textLimit)
    }
  }

  static func within(_ range: ClosedRange<Int>, _ value: Int?, field: EntryField) throws(EntryError) {
    if let value, !range.contains(value) { throw .outOfRange(field: field, value: value, range: range) }
  }
}
