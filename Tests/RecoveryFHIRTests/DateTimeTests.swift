import Foundation
import RecoveryFHIR
import RecoveryModel
import RecoveryTestSupport
import Testing

/// Times of day: written with the offset of the diary's zone at that time, or left out without a zone.
struct DateTimeTests {
  func effective(_ day: String, _ time: String?, zone: String?) throws -> String? {
    let pain = PainEntry(day: TestCalendar.day(day), time: time.map(TestCalendar.time), score: 1)
    let timeZone = try zone.map {
      try #require(TimeZone(identifier: $0), "no time zone \($0) on this machine")
    }
    let bundle = try BundleJSON(
      FHIRBundle.json(
        patients: [], entries: [(entry: .pain(pain), patient: EdgeCaseDiary.first)], timeZone: timeZone))
    return try bundle.resource(pain.uid)["effectiveDateTime"] as? String
  }

  @Test(arguments: [
    ("2024-01-15", "08:30", "Europe/Berlin", "2024-01-15T08:30:00+01:00"),
    ("2024-07-15", "08:30", "Europe/Berlin", "2024-07-15T08:30:00+02:00"),
    ("2024-07-15", "23:59", "America/Los_Angeles", "2024-07-15T23:59:00-07:00"),
    ("2024-01-15", "00:00", "UTC", "2024-01-15T00:00:00+00:00"),
    ("2024-01-15", "12:00", "Asia/Kolkata", "2024-01-15T12:00:00+05:30"),
    ("2024-01-15", "12:00", "America/St_Johns", "2024-01-15T12:00:00-03:30"),
    // Berlin's clocks went back at 03:00 on 2024-10-27: 02:30 happened twice, first at +02:00.
    ("2024-10-27", "02:30", "Europe/Berlin", "2024-10-27T02:30:00+02:00"),
    // and forward at 02:00 on 2024-03-31: 02:30 never happened; the offset before the change.
    ("2024-03-31", "02:30", "Europe/Berlin", "2024-03-31T02:30:00+01:00"),
  ])
  func aTimeGetsTheOffsetOfItsZoneOnThatDay(day: String, time: String, zone: String, expected: String) throws
  {
    #expect(try effective(day, time, zone: zone) == expected)
  }

  @Test func withoutAZoneATimeIsLeftOut() throws {
    #expect(try effective("2024-07-15", "08:30", zone: nil) == "2024-07-15")
  }

  @Test func withoutATimeTheDateIsTheValue() throws {
    #expect(try effective("2024-07-15", nil, zone: "Europe/Berlin") == "2024-07-15")
  }

  @Test func proceduresUseTheSameRule() throws {
    let treatment = Treatment(
      day: TestCalendar.day("2024-10-28"), time: TestCalendar.time("07:15"), kind: .psoasRelease)
    let bundle = try BundleJSON(
      FHIRBundle.json(
        patients: [], entries: [(entry: .treatment(treatment), patient: EdgeCaseDiary.first)],
        timeZone: TimeZone(identifier: "Europe/London")))
    #expect(try bundle.resource(treatment.uid)["performedDateTime"] as? String == "2024-10-28T07:15:00+00:00")
  }
}
