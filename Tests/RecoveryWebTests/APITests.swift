import Foundation
import Hummingbird
import HummingbirdTesting
import RecoveryModel
import RecoveryStore
import RecoveryWeb
import Testing

/// The JSON API: entries in the shape `list --format json` prints, idempotent by uid, and errors as
/// JSON with statuses that mean what they say.
struct APITests {
  static func bearer(_ web: WebHarness) -> HTTPFields {
    [.authorization: "Bearer \(web.token)", .contentType: "application/json"]
  }

  static func object(_ response: TestClient.Response) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(WebHarness.text(response).utf8)) as? [String: Any])
  }

  @Test func aPostWithAUidIsStoredOnceAnd409WithOtherContent() async throws {
    try await WebHarness.with { web, store in
      let uid = "5b0c4a3e-2f1d-4c8b-9a7e-6d5c4b3a2f10"
      let day = CalendarDay.today().adding(days: -1)
      let body =
        "{\"type\":\"pain\",\"score\":6,\"date\":\"\(day)\",\"location\":\"groin\",\"side\":\"right\",\"uid\":\"\(uid)\"}"
      let first = try await web.send(.post, "/api/entries", headers: Self.bearer(web), body: body)
      #expect(first.status == .created)
      let stored = try Self.object(first)
      #expect(stored["uid"] as? String == uid)
      #expect(stored["score"] as? Int == 6)
      #expect(stored["location"] as? String == "groin")
      #expect(stored["patient"] as? String == "default")
      let again = try await web.send(.post, "/api/entries", headers: Self.bearer(web), body: body)
      #expect(again.status == .ok)
      #expect(try Self.object(again)["id"] as? Int == stored["id"] as? Int)
      let other = try await web.send(
        .post, "/api/entries", headers: Self.bearer(web),
        body: body.replacing("\"score\":6", with: "\"score\":7"))
      #expect(other.status == .conflict)
      #expect(try Self.object(other)["error"] as? String != nil)
      let entries = try store.entries(for: store.defaultPatient())
      #expect(entries.count == 1)
      guard case .pain(let pain) = entries.first else {
        Issue.record("not a pain entry: \(entries)")
        return
      }
      #expect(pain.score == 6)
      #expect(pain.uid.uuidString.lowercased() == uid)
    }
  }

  @Test func concurrentPostsGoToThePatientsTheyNameAndAnUnknownOneIsRefusedAlone() async throws {
    try await WebHarness.with { web, store in
      let ana = try store.patientCreatingIfNeeded(named: "Ana")
      let ben = try store.patientCreatingIfNeeded(named: "Ben")
      let names = (0..<24).map { $0 % 3 == 0 ? "Ben" : "Ana" } + ["Nobody"]
      let statuses = try await withThrowingTaskGroup(of: (String, HTTPResponse.Status).self) { group in
        for (number, name) in names.enumerated() {
          group.addTask {
            let body = "{\"type\":\"pain\",\"score\":\(number % 11),\"date\":\"\(CalendarDay.today())\"}"
            let response = try await web.send(
              .post, "/api/entries?patient=\(name)", headers: Self.bearer(web), body: body)
            if response.status == .created {
              #expect(try Self.object(response)["patient"] as? String == name)
            }
            return (name, response.status)
          }
        }
        return try await group.reduce(into: [:]) { $0[$1.0, default: []].append($1.1) }
      }
      #expect(statuses["Ana"] == Array(repeating: .created, count: 16))
      #expect(statuses["Ben"] == Array(repeating: .created, count: 8))
      #expect(statuses["Nobody"] == [.notFound])
      #expect(try store.entries(for: ana).count == 16)
      #expect(try store.entries(for: ben).count == 8)
      #expect(try store.entries(for: store.defaultPatient()).isEmpty)
      #expect(try store.patients().map(\.name).sorted() == ["Ana", "Ben", "default"])
    }
  }

  @Test func postsWithoutAUidAreSeparateEntries() async throws {
    try await WebHarness.with { web, store in
      let body = "{\"type\":\"pain\",\"score\":4,\"date\":\"\(CalendarDay.today())\"}"
      for _ in 0..<2 {
        let response = try await web.send(.post, "/api/entries", headers: Self.bearer(web), body: body)
        #expect(response.status == .created)
      }
      let entries = try store.entries(for: store.defaultPatient())
      #expect(entries.count == 2)
    }
  }

  @Test(arguments: [
    ("{\"type\":\"pain\",\"score\":11,\"date\":\"2024-01-02\"}", "score"),
    ("{\"type\":\"pain\",\"score\":3,\"date\":\"2024-02-30\"}", "date"),
    ("{\"type\":\"pain\",\"score\":3,\"date\":\"2024-01-02\",\"colour\":\"red\"}", "colour"),
    ("{\"type\":\"pain\",\"score\":3,\"date\":\"2024-01-02\",\"location\":\"elbow\"}", "elbow"),
    ("[1, 2]", "JSON object"),
    ("{\"type\":\"pain\",\"score\":3,\"date\":\"2999-01-02\"}", "2999-01-02"),
  ])
  func badInputIs400WithASentenceAndWritesNothing(body: String, named: String) async throws {
    try await WebHarness.with { web, store in
      let response = try await web.send(.post, "/api/entries", headers: Self.bearer(web), body: body)
      #expect(response.status == .badRequest, "\(WebHarness.text(response))")
      let message = try #require(try Self.object(response)["error"] as? String)
      #expect(message.contains(named), "\(message)")
      #expect(try store.entries(for: store.defaultPatient()).isEmpty)
    }
  }

  @Test func getEntriesListsThePatientsEntriesAndFilters() async throws {
    try await WebHarness.with { web, store in
      let patient = try store.defaultPatient()
      let today = CalendarDay.today()
      try store.add(.pain(PainEntry(day: today.adding(days: -3), score: 2)), for: patient)
      try store.add(.symptom(SymptomEntry(day: today, kind: .catching, count: 3)), for: patient)
      let all = try await web.send(.get, "/api/entries", headers: Self.bearer(web))
      #expect(all.status == .ok)
      let list = try #require(
        try JSONSerialization.jsonObject(with: Data(WebHarness.text(all).utf8)) as? [[String: Any]])
      #expect(list.map { $0["type"] as? String } == ["pain", "symptom"])
      let pain = try await web.send(.get, "/api/entries?type=pain", headers: Self.bearer(web))
      #expect(WebHarness.text(pain).contains("\"pain\"") && !WebHarness.text(pain).contains("catching"))
      let bad = try await web.send(.get, "/api/entries?type=mood", headers: Self.bearer(web))
      #expect(bad.status == .badRequest)
      let missing = try await web.send(.get, "/api/nothing", headers: Self.bearer(web))
      #expect(missing.status == .notFound)
      #expect(try Self.object(missing)["error"] as? String != nil)
    }
  }

  @Test func theReportIsTheReportsJSON() async throws {
    try await WebHarness.with { web, store in
      let patient = try store.defaultPatient()
      try store.add(.pain(PainEntry(day: CalendarDay.today(), score: 5)), for: patient)
      let response = try await web.send(.get, "/api/report", headers: Self.bearer(web))
      #expect(response.status == .ok)
      let report = try Self.object(response)
      #expect(report["patient"] as? String == "default")
      let backwards = try await web.send(
        .get, "/api/report?since=2024-05-01&until=2024-04-01", headers: Self.bearer(web))
      #expect(backwards.status == .badRequest)
    }
  }
}
