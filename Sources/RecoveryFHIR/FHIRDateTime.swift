import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes diary days and times as FHIR `dateTime` values.
///
/// A diary time is local and carries no offset, and a FHIR `dateTime` with a time must carry one. With
/// a zone the offset is the one in force there at that local time (`2024-11-20T08:30:00+01:00`);
/// without one, or for an entry without a time, the value is the date alone (`2024-11-20`), which FHIR
/// reads as "some time that day".
struct FHIRDateTime: Sendable {
  /// The zone's offset from UTC in seconds at an instant, given in seconds since 1970; nil writes
  /// dates only.
  typealias Zone = @Sendable (_ instant: Int) -> Int

  /// The zone the diary's times were recorded in.
  var zone: Zone?

  init(zone: Zone?) {
    self.zone = zone
  }

  /// Offsets of `timeZone`, or dates only when it is nil.
  init(timeZone: TimeZone?) {
    guard let timeZone else {
      zone = nil
      return
    }
    zone = { (instant: Int) -> Int in
      timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant)))
    }
  }

  /// This machine's local time as the C library reads it (`TZ`, else `/etc/localtime`): the zone that
  /// `CalendarDay.today()` reads the day in. `TimeZone.current` would not do where only
  /// FoundationEssentials is linked: it then knows no zone but UTC.
  static let systemLocalTime: Zone = { instant in
    var seconds = time_t(instant)
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil else { return 0 }
    return Int(parts.tm_gmtoff)
  }

  /// The day, with the time and its offset when both a time and a zone are known.
  func format(_ day: CalendarDay, _ time: TimeOfDay?) -> String {
    guard let time, let zone else { return day.description }
    let offset = Self.offset(of: zone, day: day, time: time)
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
  static func offset(of zone: Zone, day: CalendarDay, time: TimeOfDay) -> Int {
    let local = day.dayNumber * 86_400 + time.hour * 3_600 + time.minute * 60
    let candidates = Set([zone(local - 86_400), zone(local), zone(local + 86_400)])
    let fitting = candidates.filter { zone(local - $0) == $0 }
    return fitting.max() ?? candidates.min()!
  }

  private static func pad(_ value: Int) -> String {
    value < 10 ? "0" + String(value) : String(value)
  }
}
