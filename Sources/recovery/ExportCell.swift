import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One value of an entry's exported object, kept in the form it was read in so that a writer can
/// lay it out as JSON or as a CSV cell without making text for it first.
enum ExportCell {
  /// Free text (a note, a patient's name): JSON escapes it, CSV quotes it when needed.
  case text(String)
  /// A vocabulary word or a type name: never holds anything to escape or quote.
  case word(String)
  case integer(Int)
  case day(CalendarDay)
  case time(TimeOfDay)
  case uid(UUID)
  case flag(Bool)
  /// JSON `null`, an empty CSV cell (an open aid period's `to`).
  case null
}
