import Foundation
import RecoveryModel
import Testing

/// The report's `scores` and `milestones` in JSON: every key written, `null` where a value does not
/// apply, and kinds as their words.
struct OutcomeEncodingTests {
  static let release = Fixture.treatment(.psoasRelease, "2024-10-28", side: .right, id: 7)

  static func json() throws -> [String: Any] {
    let history = History(
      treatments: [release],
      scores: [
        try OutcomeFixture.hoosJR("2024-10-21", raw: 14), try OutcomeFixture.hoosJR("2024-11-25", raw: 5),
      ],
      milestones: [OutcomeFixture.milestone(.drive, "2024-11-18")],
      targets: [OutcomeFixture.target(.milestone(.returnToWork), days: 21, after: release)])
    return try ReportEncodingTests.json(try Fixture.report(history, asOf: "2024-11-25"))
  }

  @Test func scoresHaveEachScoreAndTheChanges() throws {
    let scores = try #require(try Self.json()["scores"] as? [[String: Any]])
    let hoos = try #require(scores.first)
    #expect(scores.count == 1)
    #expect(Set(hoos.keys) == ["instrument", "label", "scores", "changes"])
    #expect(hoos["instrument"] as? String == "hoos-jr")
    #expect(hoos["label"] as? String == "HOOS JR")
    let listed = try #require(hoos["scores"] as? [[String: Any]])
    #expect(listed.map { $0["date"] as? String } == ["2024-10-21", "2024-11-25"])
    #expect(listed.map { $0["value"] as? Double } == [46.652, 73.472])
    #expect(Set(listed[0].keys) == ["id", "date", "value", "raw", "side", "daysAfter", "surgery"])
    // The score before the release is its baseline, so it belongs to it, 7 days before.
    #expect((listed[0]["surgery"] as? [String: Any])?["days"] as? Int == -7)
    #expect(listed[0]["id"] is NSNull)
    #expect(listed[0]["side"] is NSNull)
    #expect((listed[0]["daysAfter"] as? [Any])?.isEmpty == true)
    let after = try #require((listed[1]["daysAfter"] as? [[String: Any]])?.first)
    #expect(after["days"] as? Int == 28)
    #expect((after["surgery"] as? [String: Any])?["id"] as? Int == 7)
    #expect((after["surgery"] as? [String: Any])?["kind"] as? String == "psoas-release")
    let change = try #require((hoos["changes"] as? [[String: Any]])?.first)
    #expect(
      Set(change.keys) == [
        "surgery", "baseline", "latest", "change", "threshold", "thresholdKind", "inWindows", "early",
        "reached",
      ])
    #expect(change["thresholdKind"] as? String == "scb")
    #expect((change["baseline"] as? [String: Any])?["date"] as? String == "2024-10-21")
    #expect((change["baseline"] as? [String: Any])?["value"] as? Double == 46.652)
    #expect((change["latest"] as? [String: Any])?["value"] as? Double == 73.472)
    #expect(close(change["change"] as? Double, 73.472 - 46.652))
    #expect(change["threshold"] as? Double == 22)
    #expect(change["inWindows"] as? Bool == false)
    #expect(change["early"] as? Bool == true)
    #expect(change["reached"] as? Bool == false)
  }

  @Test func milestonesArePerSurgeryWithNullsWritten() throws {
    let milestones = try #require(try Self.json()["milestones"] as? [[String: Any]])
    let release = try #require(milestones.first)
    #expect(Set(release.keys) == ["surgery", "through", "daysSoFar", "milestones"])
    #expect((release["surgery"] as? [String: Any])?["date"] as? String == "2024-10-28")
    #expect(release["through"] as? String == "2024-11-25")
    #expect(release["daysSoFar"] as? Int == 28)
    let items = try #require(release["milestones"] as? [[String: Any]])
    #expect(items.map { $0["kind"] as? String } == ["drive", "return-to-work"])
    for item in items {
      #expect(Set(item.keys) == ["kind", "day", "date", "target", "difference", "overdue", "unknown"])
    }
    #expect(items[0]["day"] as? Int == 21)
    #expect(items[0]["date"] as? String == "2024-11-18")
    #expect(items[0]["target"] is NSNull)
    #expect(items[0]["difference"] is NSNull)
    #expect(items[0]["overdue"] as? Bool == false)
    #expect(items[1]["day"] is NSNull)
    #expect(items[1]["date"] is NSNull)
    #expect(items[1]["target"] as? Int == 21)
    #expect(items[1]["difference"] is NSNull)
    #expect(items[1]["overdue"] as? Bool == true)
  }

  @Test func aReportWithoutThemHasEmptyArrays() throws {
    let json = try ReportEncodingTests.json(
      try Fixture.report(History(treatments: [Self.release]), asOf: "2024-11-25"))
    #expect((json["scores"] as? [Any])?.isEmpty == true)
    #expect((json["milestones"] as? [Any])?.isEmpty == true)
  }

  @Test func offCrutchesIsWrittenAsItsWordAndReadBack() throws {
    let history = History(
      treatments: [Self.release], aids: [OutcomeFixture.crutches("2024-10-28", to: "2024-11-11")],
      targets: [OutcomeFixture.target(.offCrutches, days: 14, after: Self.release)])
    let report = try Fixture.report(history, asOf: "2024-11-25")
    let json = try ReportEncodingTests.json(report)
    let item = try #require(
      ((json["milestones"] as? [[String: Any]])?.first?["milestones"] as? [[String: Any]])?.first)
    #expect(item["kind"] as? String == "off-crutches")
    #expect(item["difference"] as? Int == 0)
    let data = try JSONEncoder().encode(report)
    #expect(try JSONDecoder().decode(Report.self, from: data) == report)
  }
}
