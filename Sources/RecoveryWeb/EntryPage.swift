import RecoveryExchange
import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One entry: its fields to edit, removal with a reason, and its history.
struct EntryPage {
  let forms: FormBuilder
  let entry: DiaryEntry
  let history: [EntryChange]
  let patient: String

  /// The fields a form may change: everything but what identifies the entry or follows from it.
  static let fixedFields: Set<String> = ["id", "uid", "type", "patient", "category", "raw", "removed"]

  func page(notice: Page.Notice?) -> Page {
    let id = entry.id ?? 0
    var fields: [HTMLNode] = []
    let cells = Self.cells(of: entry, patient: patient)
    for (key, value) in cells.sorted(by: { $0.key < $1.key }) where !Self.fixedFields.contains(key) {
      // A questionnaire with answers has the score they give.
      if case .score = entry, key == "score", cells["answers"]?.isEmpty == false { continue }
      let label =
        EntryField(rawValue: key).map { $0.label.prefix(1).uppercased() + $0.label.dropFirst() } ?? key
      fields.append(FormBuilder.input(key, label: label, value: value, id: "edit-\(key)"))
    }
    let content: [HTMLNode] = [
      .tag("p", text: EntryDescription.line(entry)),
      .tag("h2", text: "Change"),
      forms.form(
        "/diary/\(id)/edit",
        fields + [.tag("div", [("class", "actions")], [FormBuilder.submit("Save the change")])],
        attributes: [("aria-label", "Change the entry")]),
      .tag("h2", text: "Remove"),
      forms.form(
        "/diary/\(id)/remove",
        [
          FormBuilder.input("reason", label: "Reason (optional)", id: "remove-reason"),
          .tag("div", [("class", "actions")], [FormBuilder.submit("Remove the entry", secondary: true)]),
        ], attributes: [("aria-label", "Remove the entry")]),
      .tag("h2", text: "History"),
      .tag(
        "ol", [("id", "history")],
        history.map { change in
          var text = "\(change.recordedAt): \(change.action.rawValue)"
          if let entry = change.entry { text += ", " + EntryDescription.line(entry) }
          if let reason = change.reason { text += " (reason: \(reason))" }
          if change.undone { text += " (undone)" }
          return .tag("li", text: text)
        }),
    ]
    return Page(title: "Entry #\(id)", section: .diary, patient: patient, notice: notice, content: content)
  }

  /// The entry's JSON object as text by key, as `list --format csv` lays it out.
  static func cells(of entry: DiaryEntry, patient: String) -> [String: String] {
    guard let data = try? JSONEncoder().encode(ExportedEntry(entry, patient: patient)),
      let object = try? JSONDecoder().decode([String: JSONScalar].self, from: data)
    else { return [:] }
    return object.mapValues { value in
      switch value.value {
      case .null: ""
      case .list(let items): items.map(\.written).joined(separator: " ")
      default: value.value.written
      }
    }
  }
}
