import RecoveryModel

/// The order of day, month and year in dates a spreadsheet wrote as `01/11/2024`, `1.11.2024` or
/// `11/1/24`.
public enum DateOrder: String, CaseIterable, Sendable {
  /// Day first: `01/11/2024` is 1 November.
  case dmy
  /// Month first: `11/1/24` is 1 November.
  case mdy
  /// Year first: `2024/11/01`.
  case ymd
}

/// A date cell as spreadsheets write it, and the time some write after it (`2024-11-01 08:30`).
struct SpreadsheetDate {
  /// The numbers of the date, in the order written.
  let parts: [Int]
  /// Whether the first part has four digits: a year first.
  let yearFirst: Bool
  /// The time after the date, `HH:MM`, if any.
  let time: String?

  /// Reads `text`, or nil when it is not numbers separated by `/`, `.` or `-` (with an optional time).
  init?(_ text: String) {
    var datePart = Substring(text)
    var timeText: String?
    if let space = text.firstIndex(of: " ") {
      datePart = text[..<space]
      let clock = text[text.index(after: space)...].split(separator: ":", omittingEmptySubsequences: false)
      guard clock.count == 2 || (clock.count == 3 && clock[2] == "00"),
        let hour = Int(clock[0]), let minute = Int(clock[1]), clock[1].count == 2,
        (1...2).contains(clock[0].count)
      else { return nil }
      timeText = (hour < 10 ? "0" : "") + "\(hour):" + clock[1]
      _ = minute
    }
    let pieces = datePart.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
    guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) })
    else {
      return nil
    }
    parts = pieces.compactMap { Int($0) }
    yearFirst = pieces[0].count == 4
    time = timeText
  }

  /// Whether the order cannot be told from this date alone: day and month both 12 or less.
  var isAmbiguous: Bool { !yearFirst && parts[0] <= 12 && parts[1] <= 12 && parts[0] != parts[1] }

  /// The order this date shows, when it shows one: a first part over 12 is a day, a second part over
  /// 12 is a day.
  var evidence: DateOrder? {
    if yearFirst { return .ymd }
    if parts[0] > 12 { return .dmy }
    if parts[1] > 12 { return .mdy }
    return nil
  }

  /// The date as `YYYY-MM-DD` in `order` (a year first is read as such whatever the order), or nil
  /// when that is no day of the calendar.
  func iso(_ order: DateOrder) -> String? {
    let (year, month, day): (Int, Int, Int)
    if yearFirst {
      (year, month, day) = (parts[0], parts[1], parts[2])
    } else {
      let yearPart = parts[2] < 100 ? 2000 + parts[2] : parts[2]
      switch order {
      case .dmy, .ymd: (year, month, day) = (yearPart, parts[1], parts[0])
      case .mdy: (year, month, day) = (yearPart, parts[0], parts[1])
      }
    }
    guard let calendarDay = CalendarDay(year: year, month: month, day: day) else { return nil }
    return calendarDay.description
  }

  /// Whether `bytes` are a date as the diary writes it, `YYYY-MM-DD`, which needs no reading here.
  static func isISO(_ bytes: some Collection<UInt8>) -> Bool {
    guard bytes.count == 10 else { return false }
    for (index, byte) in bytes.enumerated() {
      let dash = index == 4 || index == 7
      if dash ? byte != UInt8(ascii: "-") : !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        return false
      }
    }
    return true
  }
}
