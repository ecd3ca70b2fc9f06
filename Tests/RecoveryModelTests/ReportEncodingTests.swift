import Foundation
import RecoveryDemo
import RecoveryModel
import Testing

struct ReportEncodingTests {
  static func json(_ report: Report) throws -> [String: Any] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(report)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func theJSONHasEveryDocumentedKey() throws {
    let report = try Report.make(history: SeedStory.history(), asOf: SeedStory.reportDay)
    let json = try Self.json(report)
    #expect(json["asOf"] as? String == "2024-11-25")
    #expect(json["patient"] as? String == "demo")
    let treatments = try #require(json["treatments"] as? [[String: Any]])
    for key in ["id", "kind", "date", "side"] {
      #expect(treatments.allSatisfy { $0.keys.contains(key) }, "treatments.\(key)")
    }
    // Entries never stored have no id: the key is there, as null.
    #expect(treatments[0]["id"] is NSNull)
    #expect(treatments[0]["kind"] as? String == "hip-resurfacing")
    let responses = try #require(json["responses"] as? [[String: Any]])
    for key in [
      "treatmentIds", "kind", "date", "baseline", "followUp", "change", "percentChange", "verdict",
      "partial", "confounders",
    ] {
      #expect(responses.allSatisfy { $0.keys.contains(key) }, "responses.\(key)")
    }
    for window in responses.flatMap({ [$0["baseline"], $0["followUp"]] }) {
      let object = try #require(window as? [String: Any])
      #expect(Set(object.keys).isSuperset(of: ["from", "to", "mean", "days"]))
    }
    let prolotherapy = try #require(responses.first { $0["kind"] as? String == "prolotherapy" })
    #expect((prolotherapy["treatmentIds"] as? [Any])?.count == 3)
    #expect(prolotherapy["date"] as? String == "2024-04-29")
    #expect(prolotherapy["verdict"] as? String == "no-meaningful-change")
    let release = try #require(responses.first { $0["kind"] as? String == "psoas-release" })
    #expect(release["partial"] as? Bool == true)
    let aids = try #require(json["aids"] as? [[String: Any]])
    for key in ["id", "aid", "from", "to", "days"] {
      #expect(aids.allSatisfy { $0.keys.contains(key) }, "aids.\(key)")
    }
    #expect(aids.map { $0["days"] as? Int } == [35, 21, 14])
    let pain = try #require(json["pain"] as? [String: Any])
    #expect(pain["weekly"] is [Any])
    #expect(pain["monthly"] is [Any])
    #expect(json["symptoms"] is [Any])
  }

  @Test func nullsArePresentNotMissing() throws {
    let history = History(
      treatments: [Fixture.treatment(.cortisone, "2024-03-01", side: nil)],
      aids: [AidPeriod(aid: .cane, from: Fixture.day("2024-03-02"))])
    let json = try Self.json(try Fixture.report(history, asOf: "2024-03-05"))
    let response = try #require((json["responses"] as? [[String: Any]])?.first)
    #expect(response["change"] is NSNull)
    #expect(response["percentChange"] is NSNull)
    #expect(response["side"] is NSNull)
    #expect(response["verdict"] as? String == "pending")
    #expect((response["followUp"] as? [String: Any])?["mean"] is NSNull)
    #expect((response["treatmentIds"] as? [Any])?.first is NSNull)
    let aid = try #require((json["aids"] as? [[String: Any]])?.first)
    #expect(aid["to"] is NSNull)
    #expect(aid["days"] as? Int == 4)
    #expect(json["since"] is NSNull)
  }

  @Test func roundTrips() throws {
    let report = try Report.make(history: SeedStory.history(), asOf: SeedStory.reportDay)
    let data = try JSONEncoder().encode(report)
    #expect(try JSONDecoder().decode(Report.self, from: data) == report)
    var windows = ResponseWindows.standard
    windows.setFollowUp(DayWindow(start: 1, end: 2), for: .prp)
    let windowData = try JSONEncoder().encode(windows)
    #expect(try JSONDecoder().decode(ResponseWindows.self, from: windowData) == windows)
  }

  @Test func missingOptionalKeysReadAsNil() throws {
    let history = History(treatments: [Fixture.treatment(.cortisone, "2024-03-01")])
    let report = try Fixture.report(history, asOf: "2024-03-05", since: "2024-02-01")
    var json = try Self.json(report)
    json["since"] = nil
    json["until"] = nil
    var filter = try #require(json["painFilter"] as? [String: Any])
    filter["side"] = nil
    json["painFilter"] = filter
    let data = try JSONSerialization.data(withJSONObject: json)
    let read = try JSONDecoder().decode(Report.self, from: data)
    #expect(read.since == nil)
    #expect(read.until == nil)
    #expect(read.painFilter.side == nil)
    var expected = report
    expected.since = nil
    #expect(read == expected)
  }

  @Test func nullReadsAsNilAndAValueAsItself() throws {
    let filter = PainFilter(location: .groin, side: nil)
    let data = try JSONEncoder().encode(filter)
    #expect(String(decoding: data, as: UTF8.self).contains("\"side\":null"))
    #expect(try JSONDecoder().decode(PainFilter.self, from: data) == filter)
  }
}
