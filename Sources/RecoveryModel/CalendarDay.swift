#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A day in a patient's diary, such as `2024-11-20`.
///
/// A diary date is not an instant: it has no time zone and never shifts at midnight. Internally it is a
/// count of days since 1970-01-01 in the proleptic Gregorian calendar, so adding days and measuring the
/// distance between two days are exact integer operations.
///
/// ```swift
/// let release = CalendarDay("2024-10-28")!
/// release.adding(days: 28).description  // "2024-11-25"
/// ```
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
  LosslessStringConvertible
{
  /// Days since 1970-01-01.
  public let dayNumber: Int

  /// Creates a day from its number of days since 1970-01-01.
  public init(dayNumber: Int) {
    self.dayNumber = dayNumber
  }

  /// Creates a day from a year, month (1-12) and day of month, or returns nil when no such day exists.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.dayNumber = CalendarDay.daysFromCivil(year: year, month: month, day: day)
  }

  /// Parses exactly `YYYY-MM-DD`; returns nil for anything else, including impossible days such as
  /// `2023-02-29`.
  public init?(_ text: String) {
    var text = text
    guard let day = text.withUTF8({ CalendarDay(utf8: $0) }) else { return nil }
    self = day
  }

  /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes, as ``init(_:)`` parses text.
  package init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    // Each digit on its own, as `TimeOfDay` reads its four: no loop, and no arithmetic that can
    // overflow.
    func digit(_ index: Int) -> Int? {
      let value = bytes[index] &- UInt8(ascii: "0")
      return value < 10 ? Int(value) : nil
    }
    guard let y1 = digit(0), let y2 = digit(1), let y3 = digit(2), let y4 = digit(3), let m1 = digit(5),
      let m2 = digit(6), let d1 = digit(8), let d2 = digit(9)
    else { return nil }
    self.init(year: ((y1 * 10 + y2) * 10 + y3) * 10 + y4, month: m1 * 10 + m2, day: d1 * 10 + d2)
  }

  /// The year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    CalendarDay.civil(fromDays: dayNumber)
  }

  /// The first day of this day's month.
  public var firstOfMonth: CalendarDay {
    let parts = components
    return CalendarDay(year: parts.year, month: parts.month, day: 1)!
  }

  /// `YYYY-MM` for this day's month.
  public var monthLabel: String {
    String(description.prefix(7))
  }

  /// The day `days` later (or earlier, when negative).
  public func adding(days: Int) -> CalendarDay {
    CalendarDay(dayNumber: dayNumber + days)
  }

  /// The number of days from `other` to this day: positive when this day is later.
  public func days(since other: CalendarDay) -> Int {
    dayNumber - other.dayNumber
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let parts = components
    guard (0...9999).contains(parts.year) else {
      return Self.pad(parts.year, 4) + "-" + Self.pad(parts.month, 2) + "-" + Self.pad(parts.day, 2)
    }
    return String(unsafeUninitializedCapacity: Self.textLength) { text in
      Self.write(parts, into: text)
      return Self.textLength
    }
  }

  /// The length of `YYYY-MM-DD`.
  package static let textLength = 10

  /// Whether the year is 0-9999, so that ``description`` is ``textLength`` bytes long.
  package var hasFourDigitYear: Bool {
    (0...9999).contains(components.year)
  }

  /// Writes `YYYY-MM-DD`, ``textLength`` bytes, into `text`, as ``description`` makes it for a day
  /// that ``hasFourDigitYear``.
  package func write(into text: UnsafeMutableBufferPointer<UInt8>) {
    let parts = components
    precondition((0...9999).contains(parts.year), "a year of other than four digits: \(parts.year)")
    Self.write(parts, into: text)
  }

  private static func write(
    _ parts: (year: Int, month: Int, day: Int), into text: UnsafeMutableBufferPointer<UInt8>
  ) {
    writeDigits(parts.year, count: 4, into: text, at: 0)
    text[4] = UInt8(ascii: "-")
    writeDigits(parts.month, count: 2, into: text, at: 5)
    text[7] = UInt8(ascii: "-")
    writeDigits(parts.day, count: 2, into: text, at: 8)
  }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    lhs.dayNumber < rhs.dayNumber
  }

  /// Today in the machine's local time zone.
  public static func today() -> CalendarDay {
    var now = time(nil)
    var local = tm()
    localtime_r(&now, &local)
    return CalendarDay(
      year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))!
  }

  public init(from decoder: any Decoder) throws {
    self = try decoder.decodeText(expecting: "a date as YYYY-MM-DD") { CalendarDay($0) }
  }

  public func encode(to encoder: any Encoder) throws {
    try encoder.encodeText(description)
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Writes the last `count` decimal digits of `value` (not negative), zero-padded, at `start`.
  static func writeDigits(
    _ value: Int, count: Int, into text: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) {
    var rest = value
    for position in stride(from: start + count - 1, through: start, by: -1) {
      text[position] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  // Howard Hinnant's days_from_civil / civil_from_days algorithms (public domain).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
