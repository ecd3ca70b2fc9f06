#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One field's value of an entry, kept in the form it has in the entry so that the store can bind it
/// as SQL and a writer lay it out as JSON or as a CSV cell without making text for it first.
public enum FieldValue: Sendable, Equatable {
  /// Free text (a note, a patient's name): JSON escapes it, CSV quotes it when needed.
  case text(String)
  /// A vocabulary word or a type name: never holds anything to escape or quote.
  case word(String)
  /// A whole number.
  case integer(Int)
  /// A number that may have a fraction (a questionnaire score): whole ones are written without one.
  case decimal(Double)
  /// Whole numbers in order (a questionnaire's answers): a JSON array, or one CSV cell and one SQL text
  /// with the numbers separated by single spaces.
  case integers([Int])
  /// A day.
  case day(CalendarDay)
  /// A time of day.
  case time(TimeOfDay)
  /// A uid.
  case uid(UUID)
  /// True or false: JSON `true`, SQL 1.
  case flag(Bool)
  /// Given as nothing: JSON `null`, an empty CSV cell, SQL NULL (an open aid period's `to`).
  case null
}
