import Foundation
import RecoveryModel
import Testing

struct CalendarDayTests {
  @Test(arguments: [
    ("1970-01-01", 1970, 1, 1, 0),
    ("1969-12-31", 1969, 12, 31, -1),
    ("2000-03-01", 2000, 3, 1, 11_017),
    ("2024-02-29", 2024, 2, 29, 19_782),
    ("2000-02-29", 2000, 2, 29, 11_016),
    ("2023-12-31", 2023, 12, 31, 19_722),
    ("0001-01-01", 1, 1, 1, -719_162),
    ("9999-12-31", 9999, 12, 31, 2_932_896),
  ])
  func parsesValidDays(text: String, year: Int, month: Int, day: Int, dayNumber: Int) throws {
    let parsed = try #require(CalendarDay(text))
    #expect(parsed.dayNumber == dayNumber)
    let parts = parsed.components
    #expect([parts.year, parts.month, parts.day] as [Int] == [year, month, day])
    #expect(parsed.description == text)
    #expect(CalendarDay(year: year, month: month, day: day) == parsed)
  }

  @Test(arguments: [
    "2023-02-29",  // not a leap year
    "1900-02-29",  // divisible by 100, not by 400
    "2024-02-30",
    "2023-02-30",
    "2024-04-31",
    "2024-06-31",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "2024-01-32",
    "0000-01-01",
    "2024-1-01",
    "2024-01-1",
    "24-01-01",
    "2024/01/01",
    "2024.01.01",
    "20240101",
    "2024-01-011",
    " 2024-01-01",
    "2024-01-01 ",
    "+024-01-01",
    "-024-01-01",
    "2024-0a-01",
    "2024--1-01",
    "２０２４-01-01",
    "",
    "today",
    "yesterday",
  ])
  func rejectsMalformedOrImpossibleDays(text: String) {
    #expect(CalendarDay(text) == nil)
  }

  @Test(arguments: [
    (2023, 2, 29), (1900, 2, 29), (2024, 2, 30), (2024, 4, 31), (2024, 0, 1), (2024, 13, 1), (2024, 1, 0),
    (0, 1, 1), (10_000, 1, 1), (2024, -1, 1),
  ])
  func refusesImpossibleComponents(year: Int, month: Int, day: Int) {
    #expect(CalendarDay(year: year, month: month, day: day) == nil)
  }

  @Test(arguments: [
    ("2024-02-28", 1, "2024-02-29"),
    ("2023-02-28", 1, "2023-03-01"),
    ("2100-02-28", 1, "2100-03-01"),
    ("2000-02-28", 1, "2000-02-29"),
    ("2024-03-01", -1, "2024-02-29"),
    ("2023-03-01", -1, "2023-02-28"),
    ("2024-12-31", 1, "2025-01-01"),
    ("2025-01-01", -1, "2024-12-31"),
    ("2024-01-01", 366, "2025-01-01"),
    ("2023-01-01", 365, "2024-01-01"),
    ("2024-10-28", 28, "2024-11-25"),
    ("2024-04-30", 1, "2024-05-01"),
    ("2024-11-20", 0, "2024-11-20"),
    ("1970-01-01", -1, "1969-12-31"),
    ("2024-11-20", -10_000, "1997-07-05"),
  ])
  func addsDaysAcrossMonthsYearsAndLeapDays(start: String, days: Int, expected: String) throws {
    let day = try #require(CalendarDay(start))
    #expect(day.adding(days: days).description == expected)
  }

  @Test(arguments: [
    ("2025-01-01", "2024-01-01", 366),
    ("2024-01-01", "2023-01-01", 365),
    ("2024-03-01", "2024-02-28", 2),
    ("2023-03-01", "2023-02-28", 1),
    ("2024-11-25", "2024-10-28", 28),
    ("2024-10-28", "2024-11-25", -28),
    ("2024-11-20", "2024-11-20", 0),
    ("2001-01-01", "2000-01-01", 366),
    ("2101-01-01", "2100-01-01", 365),
  ])
  func measuresDaysBetween(later: String, earlier: String, expected: Int) throws {
    let lhs = try #require(CalendarDay(later))
    let rhs = try #require(CalendarDay(earlier))
    #expect(lhs.days(since: rhs) == expected)
    #expect(rhs.adding(days: expected) == lhs)
  }

  @Test func printsAndParsesEveryDayOfSeveralYearsConsistently() throws {
    var day = try #require(CalendarDay("1999-12-01"))
    for _ in 0..<(366 * 6) {
      let next = day.adding(days: 1)
      #expect(CalendarDay(next.description) == next)
      #expect(next > day)
      let before = day.components
      let after = next.components
      let expected: [Int] =
        after.day == 1
        ? (before.month == 12 ? [before.year + 1, 1, 1] : [before.year, before.month + 1, 1])
        : [before.year, before.month, before.day + 1]
      #expect([after.year, after.month, after.day] as [Int] == expected, "after \(day)")
      if after.day == 1 {
        #expect(before.day == CalendarDayTests.lengthOfMonth(before.month, year: before.year))
      }
      day = next
    }
  }

  static func lengthOfMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  @Test func ordersByDate() throws {
    let earlier = try #require(CalendarDay("2023-12-31"))
    let later = try #require(CalendarDay("2024-01-01"))
    #expect(earlier < later)
    #expect(!(later < earlier))
    #expect([later, earlier].sorted() == [earlier, later])
  }

  @Test func encodesAsPlainDateString() throws {
    let day = try #require(CalendarDay("2024-11-20"))
    let data = try JSONEncoder().encode([day])
    #expect(String(decoding: data, as: UTF8.self) == "[\"2024-11-20\"]")
    #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [day])
  }

  @Test(arguments: ["[\"2023-02-29\"]", "[\"20-11-2024\"]", "[19782]"])
  func refusesToDecodeInvalidDates(json: String) {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([CalendarDay].self, from: Data(json.utf8))
    }
  }

  @Test func todayIsARealDayThatPrintsAndParses() throws {
    let today = CalendarDay.today()
    #expect(CalendarDay(today.description) == today)
  }

  @Test func knowsItsMonth() throws {
    let day = try #require(CalendarDay("2024-02-29"))
    #expect(day.firstOfMonth.description == "2024-02-01")
    #expect(day.monthLabel == "2024-02")
  }

  @Test func printsEveryTimeOfDayAsTwoDigitsAColonAndTwoDigits() throws {
    for hour in 0..<24 {
      for minute in 0..<60 {
        let time = try #require(TimeOfDay(hour: hour, minute: minute))
        let expected = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        #expect(time.description == expected)
        #expect(TimeOfDay(expected) == time)
      }
    }
  }

  @Test func printsYearZeroAndYearsPastFourDigitsWholly() {
    #expect(CalendarDay(dayNumber: 2_932_897).description == "10000-01-01")
    #expect(CalendarDay(dayNumber: -719_163).description == "0000-12-31")
  }

  @Test(arguments: [-719_529, -719_163, 0, 19_000, 2_932_896, 2_932_897])
  func writesInPlaceTheTextItsDescriptionHasWhenTheYearHasFourDigits(_ dayNumber: Int) {
    let day = CalendarDay(dayNumber: dayNumber)
    #expect(day.hasFourDigitYear == (0...9999).contains(day.components.year))
    guard day.hasFourDigitYear else { return }
    var bytes = [UInt8](repeating: 0, count: CalendarDay.textLength)
    bytes.withUnsafeMutableBufferPointer { day.write(into: $0) }
    #expect(String(decoding: bytes, as: UTF8.self) == day.description)
  }
}
