import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes diary days and times as FHIR `dateTime` values.
///
/// A diary time is local and carries no offset, and a FHIR `dateTime` with a time must carry one. With
/// a time zone the offset is the one in force there at that local time (`2024-11-20T08:30:00+01:00`);
/// without one, or for an entry without a time, the value is the date alone (`2024-11-20`), which FHIR
/// reads as "some time that day".
struct FHIRDateTime {
  /// The zone the diary's times were recorded in; nil writes dates only.
  var timeZone: TimeZone?

  /// The day, with the time and its offset when both a time and a time zone are known.
  func format(_ day: CalendarDay, _ time: TimeOfDay?) -> String {
    guard let time, let timeZone else { return day.description }
    let offset = Self.offset(of: timeZone, day: day, time: time)
    let sign = offset < 0 ? "-" : "+"
    let minutes = abs(offset) / 60
    return day.description + "T" + time.description + ":00" + sign + Self.pad(minutes / 60) + ":"
      + Self.pad(minutes % 60)
  }

  /// The zone's offset from UTC in seconds at a local day and time.
  ///
  /// The candidates are the offsets in force a day either side; one fits when the instant it gives has
  /// that offset. A local time that a change repeats fits both, and gets the earlier instant (the larger
  /// offset); one that a change skips fits neither, and gets the offset before the change (the smaller
  /// one, for a clock put forward), as a clock not yet changed would read.
  static func offset(of timeZone: TimeZone, day: CalendarDay, time: TimeOfDay) -> Int {
    let local = Double(day.dayNumber * 86_400 + time.hour * 3_600 + time.minute * 60)
    func offset(at seconds: Double) -> Int {
      timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
    }
    let candidates = Set([offset(at: local - 86_400), offset(at: local), offset(at: local + 86_400)])
    let fitting = candidates.filter { offset(at: local - Double($0)) == $0 }
    return fitting.max() ?? candidates.min()!
  }

  private static func pad(_ value: Int) -> String {
    value < 10 ? "0" + String(value) : String(value)
  }
}
