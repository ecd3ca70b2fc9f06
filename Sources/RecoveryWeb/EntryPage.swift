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
  static let fixedFields: Set<String> = [
    "id", "uid", "type", "patient", "category", "raw", "removed", "instrument",
  ]

  /// The page; `values`, when given, are what the patient sent in a form that was refused, shown in
  /// place of the entry's.
  func page(notice: Page.Notice?, values: [String: String]? = nil) -> Page {
    let id = entry.id ?? 0
    let cells = Self.cells(of: entry, patient: patient)
    let shown = values ?? cells
    let controls = EntryControls(type: entry.type, idPrefix: "edit")
    var fields: [HTMLNode] = []
    for field in Self.editedFields(of: entry, cells: cells) {
      fields.append(controls.control(field, value: shown[field.rawValue].flatMap { $0.isEmpty ? nil : $0 }))
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

  /// Every field of the entry's type, those it has and those it has not, in the form's order; a
  /// questionnaire with answers leaves out the score they give.
  static func editedFields(of entry: DiaryEntry, cells: [String: String]) -> [EntryField] {
    var fields = EntryControls.fields(of: entry.type, course: cells["from"] != nil)
    // Any other field the entry has (none, as long as the list above is complete) stays editable.
    fields += cells.keys.sorted().compactMap { key in
      guard !fixedFields.contains(key), let field = EntryField(rawValue: key), !fields.contains(field) else {
        return nil
      }
      return field
    }
    if case .score = entry, cells["answers"]?.isEmpty == false { fields.removeAll { $0 == .score } }
    return fields
  }

  /// The entry's fields as text by key, as `list --format csv` lays them out.
  static func cells(of entry: DiaryEntry, patient: String) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: EntryExport.texts(of: entry, patient: patient).map { ($0.key.rawValue, $0.value) }
    )
  }
}
