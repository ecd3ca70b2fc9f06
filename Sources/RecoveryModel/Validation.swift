/// Checks shared by every entry type.
enum Validation {
  /// The largest free text accepted in one field: far above any real note, small enough that a pasted
  /// file by mistake is caught.
  static let textLimit = 1_048_576

  static func notInFuture(_ day: CalendarDay, today: CalendarDay) throws(EntryError) {
    if day > today { throw .futureDate(day, today: today) }
  }

  static func textFits(_ text: String?, field: String) throws(EntryError) {
    if let text, text.utf8.count > textLimit {
      throw .textTooLong(field: field, bytes: text.utf8.count, limit: textLimit)
    }
  }

  static func scale(_ value: Int?, error: (Int) -> EntryError) throws(EntryError) {
    if let value, !(0...10).contains(value) { throw error(value) }
  }
}
