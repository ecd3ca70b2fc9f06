import Foundation
import RecoveryStore
import Testing

/// The time a change was recorded: an instant plus the offset of the clock that recorded it.
struct RecordedTimeTests {
  @Test(arguments: [
    ("2024-11-20T08:15:03+0100", 1_732_086_903, 3600),
    ("2024-11-20T07:15:03+0000", 1_732_086_903, 0),
    ("2024-11-19T21:45:03-0930", 1_732_086_903, -34_200),
    ("1969-12-31T23:59:59+0000", -1, 0),
    ("2024-02-29T23:30:00+0545", 1_709_228_700, 20_700),
  ])
  func textReadsAsAnInstantAndOffsetAndBack(text: String, seconds: Int, offset: Int) throws {
    let time = try #require(RecordedTime(text))
    #expect(time.date == Date(timeIntervalSince1970: TimeInterval(seconds)))
    #expect(time.utcOffsetSeconds == offset)
    #expect(time.description == text)
    #expect(RecordedTime(date: time.date, utcOffsetSeconds: offset) == time)
  }

  @Test(arguments: [
    "", "2024-11-20", "2024-11-20T08:15:03", "2024-11-20T08:15:03Z", "2024-11-20 08:15:03+0100",
    "2024-11-20T24:00:00+0100", "2024-11-20T08:60:00+0100", "2024-02-30T08:15:03+0100",
    "2024-11-20T08:15:03+01:00", "2024-11-20T08:15:03+2400", "2024-11-20T0a:15:03+0100",
  ])
  func otherTextIsRefused(text: String) {
    #expect(RecordedTime(text) == nil)
  }
}
