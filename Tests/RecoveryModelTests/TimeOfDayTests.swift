import Foundation
import RecoveryModel
import Testing

struct TimeOfDayTests {
  @Test(arguments: [
    ("00:00", 0, 0),
    ("08:30", 8, 30),
    ("12:05", 12, 5),
    ("23:59", 23, 59),
    ("09:00", 9, 0),
  ])
  func parsesTwentyFourHourTimes(text: String, hour: Int, minute: Int) throws {
    let time = try #require(TimeOfDay(text))
    #expect(time.hour == hour)
    #expect(time.minute == minute)
    #expect(time.description == text)
  }

  @Test(arguments: [
    "24:00", "23:60", "12:99", "8:30", "08:3", "0830", "08-30", "08.30", "08:30:00", "ab:cd", " 8:30",
    "08:30 ",
    "-1:00", "+8:30", "", "noon", "８:30",
  ])
  func rejectsMalformedTimes(text: String) {
    #expect(TimeOfDay(text) == nil)
  }

  @Test(arguments: [(24, 0), (0, 60), (-1, 0), (0, -1)])
  func refusesOutOfRangeComponents(hour: Int, minute: Int) {
    #expect(TimeOfDay(hour: hour, minute: minute) == nil)
  }

  @Test func padsHoursAndMinutes() throws {
    let time = try #require(TimeOfDay(hour: 7, minute: 5))
    #expect(time.description == "07:05")
  }

  @Test func ordersByHourThenMinute() throws {
    let times = try ["23:00", "08:30", "08:05", "00:00"].map { try #require(TimeOfDay($0)) }
    #expect(times.sorted().map(\.description) == ["00:00", "08:05", "08:30", "23:00"])
  }

  @Test func encodesAsPlainTimeString() throws {
    let time = try #require(TimeOfDay("08:30"))
    let data = try JSONEncoder().encode([time])
    #expect(String(decoding: data, as: UTF8.self) == "[\"08:30\"]")
    #expect(try JSONDecoder().decode([TimeOfDay].self, from: data) == [time])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([TimeOfDay].self, from: Data("[\"25:00\"]".utf8))
    }
  }
}
