/// A time of day on a diary date, to the minute, such as `08:30`.
public struct TimeOfDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
  LosslessStringConvertible
{
  /// The hour, 0-23.
  public let hour: Int
  /// The minute, 0-59.
  public let minute: Int

  /// Creates a time, or returns nil when the hour or minute is out of range.
  public init?(hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.hour = hour
    self.minute = minute
  }

  /// Parses exactly `HH:MM` (24-hour clock).
  public init?(_ text: String) {
    var text = text
    guard let time = text.withUTF8({ TimeOfDay(utf8: $0) }) else { return nil }
    self = time
  }

  /// Parses exactly `HH:MM` from UTF-8 bytes, as ``init(_:)`` parses text.
  package init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    func digit(_ index: Int) -> Int? {
      (48...57).contains(bytes[index]) ? Int(bytes[index] - 48) : nil
    }
    guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"), let hourTens = digit(0), let hourOnes = digit(1),
      let minuteTens = digit(3), let minuteOnes = digit(4)
    else { return nil }
    self.init(hour: hourTens * 10 + hourOnes, minute: minuteTens * 10 + minuteOnes)
  }

  /// `HH:MM`.
  public var description: String {
    String(unsafeUninitializedCapacity: Self.textLength) { text in
      write(into: text)
      return Self.textLength
    }
  }

  /// The length of `HH:MM`.
  package static let textLength = 5

  /// Writes `HH:MM`, ``textLength`` bytes, into `text`.
  package func write(into text: UnsafeMutableBufferPointer<UInt8>) {
    CalendarDay.writeDigits(hour, count: 2, into: text, at: 0)
    text[2] = UInt8(ascii: ":")
    CalendarDay.writeDigits(minute, count: 2, into: text, at: 3)
  }

  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
    (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
  }

  public init(from decoder: any Decoder) throws {
    self = try decoder.decodeText(expecting: "a time as HH:MM") { TimeOfDay($0) }
  }

  public func encode(to encoder: any Encoder) throws {
    try encoder.encodeText(description)
  }
}
