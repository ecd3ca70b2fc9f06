import Foundation
import Hummingbird
import HummingbirdTesting
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import RecoveryWeb
import Testing

/// The edit form offers every field of the entry's type, by the creation forms' labels and choices;
/// a field can be added and cleared again, each edit undoable; bad input shows the form again and
/// writes nothing.
struct EditTests {
  /// Stores an entry through the API and gives its id.
  static func add(_ web: WebHarness, _ json: String) async throws -> Int {
    let response = try await web.send(.post, "/api/entries", headers: APITests.bearer(web), body: json)
    try #require(response.status == .created, "\(WebHarness.text(response))")
    return try #require(try APITests.object(response)["id"] as? Int)
  }

  static func pain(_ store: RecoveryStore, id: Int) throws -> PainEntry {
    guard case .pain(let pain) = try store.entry(id: id, for: store.defaultPatient()) else {
      throw TestFailure("#\(id) is not a pain entry")
    }
    return pain
  }

  /// Sends the edit form of entry `id` with `fields` (urlencoded, as the page's form is).
  static func edit(
    _ web: WebHarness, id: Int, _ fields: [(String, String)]
  ) async throws -> TestClient.Response {
    let token = try await web.formToken()
    let body = ([("csrf", token)] + fields).map { "\($0.0)=\($0.1.queryEncodedForTest)" }.joined(
      separator: "&")
    return try await web.send(.post, "/diary/\(id)/edit", headers: web.formPost, body: body)
  }

  @Test(arguments: [
    (
      "{\"type\":\"pain\",\"date\":\"2024-03-01\",\"score\":4}",
      ["edit-date", "edit-time", "edit-score", "edit-location", "edit-side", "edit-activity", "edit-note"]
    ),
    (
      "{\"type\":\"treatment\",\"date\":\"2024-03-01\",\"kind\":\"cortisone\"}",
      [
        "edit-kind", "edit-side", "edit-level", "edit-approach", "edit-target", "edit-guidance", "edit-agent",
        "edit-dose", "edit-round", "edit-provider", "edit-finding", "edit-note",
      ]
    ),
    (
      "{\"type\":\"medication\",\"date\":\"2024-03-01\",\"drug\":\"ibuprofen\"}",
      ["edit-drug", "edit-name", "edit-dose", "edit-times", "edit-asNeeded", "edit-note", "edit-time"]
    ),
  ])
  func theEditFormOffersEveryFieldOfTheEntrysType(json: String, ids: [String]) async throws {
    try await WebHarness.with { web, _ in
      let id = try await Self.add(web, json)
      let html = WebHarness.text(try await web.send(.get, "/diary/\(id)", headers: web.browser))
      for control in ids {
        #expect(html.contains("id=\"\(control)\""), "\(control) missing")
        // Every control has its label.
        #expect(html.contains("for=\"\(control)\""), "\(control) unlabelled")
      }
    }
  }

  @Test func theFieldsUseTheCreationFormsLabelsAndChoices() async throws {
    try await WebHarness.with { web, _ in
      let id = try await Self.add(
        web, "{\"type\":\"treatment\",\"date\":\"2024-03-01\",\"kind\":\"cortisone\"}")
      let html = WebHarness.text(try await web.send(.get, "/diary/\(id)", headers: web.browser))
      let creation = WebHarness.text(try await web.send(.get, "/treatment", headers: web.browser))
      for label in ["Release level (psoas release)", "Image guidance (injection)", "Name (for other)"] {
        #expect(html.contains(">\(label)</label>") && creation.contains(">\(label)</label>"), "\(label)")
      }
      // The side is a choice of the vocabulary's words with a way to leave it out, nothing chosen yet.
      let side = try #require(html.range(of: "<select name=\"side\" id=\"edit-side\">"))
      let options = html[side.upperBound...].prefix(400)
      #expect(
        options.hasPrefix("<option value=\"\">(not given)</option><option value=\"left\">"), "\(options)")
      #expect(!html.contains("selected=\"selected\">Left"))
      #expect(html.contains("<option value=\"cortisone\" selected=\"selected\">"))
    }
  }

  @Test func aFieldTheEntryLackedIsAddedThenClearedAndEachEditIsUndone() async throws {
    try await WebHarness.with { web, store in
      let id = try await Self.add(
        web, "{\"type\":\"pain\",\"date\":\"2024-03-01\",\"score\":4,\"location\":\"groin\"}")
      let added = try await Self.edit(
        web, id: id,
        [
          ("date", "2024-03-01"), ("score", "4"), ("location", "groin"), ("side", "left"),
          ("note", "after the walk"),
        ])
      #expect(added.status == .seeOther)
      var pain = try Self.pain(store, id: id)
      #expect(pain.side == .left && pain.note == "after the walk" && pain.location == .groin)
      let page = WebHarness.text(try await web.send(.get, "/diary/\(id)", headers: web.browser))
      #expect(page.contains("<option value=\"left\" selected=\"selected\">"))
      #expect(page.contains("value=\"after the walk\""))

      let cleared = try await Self.edit(
        web, id: id,
        [("date", "2024-03-01"), ("score", "4"), ("location", "groin"), ("side", ""), ("note", "")])
      #expect(cleared.status == .seeOther)
      pain = try Self.pain(store, id: id)
      #expect(pain.side == nil && pain.note == nil && pain.location == .groin && pain.score == 4)
      let edits = try store.history(id: id, for: store.defaultPatient()).filter { $0.action == .edit }
      #expect(edits.count == 2)

      let undo = try await web.send(
        .post, "/undo", headers: web.formPost, body: "csrf=\(try await web.formToken())&return=%2Fdiary")
      #expect(undo.status == .seeOther)
      pain = try Self.pain(store, id: id)
      #expect(pain.side == .left && pain.note == "after the walk")
    }
  }

  @Test(arguments: [("score", "11"), ("side", "middle"), ("date", "2024-02-30")])
  func anInvalidValueShowsTheFormAgainAndWritesNothing(field: String, value: String) async throws {
    try await WebHarness.with { web, store in
      let id = try await Self.add(web, "{\"type\":\"pain\",\"date\":\"2024-03-01\",\"score\":4}")
      var fields = [("date", "2024-03-01"), ("score", "4"), ("note", "kept in the form")]
      fields.removeAll { $0.0 == field }
      fields.append((field, value))
      let response = try await Self.edit(web, id: id, fields)
      let html = WebHarness.text(response)
      #expect(response.status == .badRequest)
      #expect(html.contains("class=\"notice problem\" role=\"alert\""), "\(html)")
      #expect(html.contains("aria-label=\"Change the entry\""))
      // What was typed is still in the form.
      #expect(html.contains("value=\"kept in the form\""))
      let pain = try Self.pain(store, id: id)
      #expect(pain.score == 4 && pain.note == nil && pain.side == nil)
      #expect(try store.history(id: id, for: store.defaultPatient()).allSatisfy { $0.action != .edit })
    }
  }
}

extension String {
  /// The text percent-encoded as a form value.
  fileprivate var queryEncodedForTest: String {
    addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? self
  }
}
