import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// When a change was recorded: the instant, and the UTC offset of the clock that recorded it, since a
/// record carries the time zone it was entered in.
///
/// Its text is local time with the offset, `2024-11-20T08:15:03+0100`, as the store keeps it.
public struct RecordedTime: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible {
  /// The instant.
  public let date: Date
  /// The recording clock's offset from UTC, in seconds (east positive).
  public let utcOffsetSeconds: Int

  /// Creates a recorded time.
  public init(date: Date, utcOffsetSeconds: Int) {
    self.date = date
    self.utcOffsetSeconds = utcOffsetSeconds
  }

  /// Parses exactly `YYYY-MM-DDTHH:MM:SS+HHMM` (or `-HHMM`); nil for anything else.
  public init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 24, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "+") || bytes[19] == UInt8(ascii: "-"),
      let day = CalendarDay(String(decoding: bytes[0..<10], as: UTF8.self))
    else { return nil }
    func number(_ start: Int) -> Int? {
      let tens = Int(bytes[start]) - 48
      let units = Int(bytes[start + 1]) - 48
      guard (0...9).contains(tens), (0...9).contains(units) else { return nil }
      return tens * 10 + units
    }
    guard let hour = number(11), let minute = number(14), let second = number(17),
      let offsetHours = number(20), let offsetMinutes = number(22),
      hour < 24, minute < 60, second < 61, offsetHours < 24, offsetMinutes < 60
    else { return nil }
    let offset = (bytes[19] == UInt8(ascii: "-") ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
    let local = day.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
    self.init(date: Date(timeIntervalSince1970: Double(local - offset)), utcOffsetSeconds: offset)
  }

  /// Local time with the offset, `2024-11-20T08:15:03+0100`.
  public var description: String {
    let local = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
    let (days, seconds) = (local.floorDivided(by: 86_400), local.floorModulo(86_400))
    let offset = abs(utcOffsetSeconds)
    return CalendarDay(dayNumber: days).description + "T" + Self.pad(seconds / 3600) + ":"
      + Self.pad(seconds / 60 % 60) + ":" + Self.pad(seconds % 60) + (utcOffsetSeconds < 0 ? "-" : "+")
      + Self.pad(offset / 3600) + Self.pad(offset / 60 % 60)
  }

  private static func pad(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}

extension Int {
  fileprivate func floorDivided(by divisor: Int) -> Int {
    (self - floorModulo(divisor)) / divisor
  }

  fileprivate func floorModulo(_ divisor: Int) -> Int {
    let remainder = self % divisor
    return remainder < 0 ? remainder + divisor : remainder
  }
}
