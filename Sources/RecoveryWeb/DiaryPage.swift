import RecoveryExchange
import RecoveryModel
import RecoveryStore

/// The diary: the entries, filtered by type and dates, each linking to its page.
struct DiaryPage {
  let forms: FormBuilder
  let entries: [DiaryEntry]
  let filter: EntryFilter

  func page(patient: String, notice: Page.Notice?) -> Page {
    let filterForm: HTMLNode = .tag(
      "form", [("method", "get"), ("action", "/diary"), ("aria-label", "Filter")],
      [
        .tag(
          "div", [("class", "row")],
          [
            FormBuilder.select(
              "type", label: "Type", FormBuilder.options(EntryType.self), selected: filter.type?.rawValue,
              blank: "(all)", id: "filter-type"),
            FormBuilder.input(
              "since", label: "From", type: "date", value: filter.since?.description, id: "filter-since"),
            FormBuilder.input(
              "until", label: "To", type: "date", value: filter.until?.description, id: "filter-until"),
          ]),
        .tag("div", [("class", "actions")], [FormBuilder.submit("Show", secondary: true)]),
      ])
    var rows: [HTMLNode] = []
    for entry in entries.reversed() {
      let id = entry.id ?? 0
      rows.append(
        .tag(
          "tr", [],
          [
            .tag("td", text: entry.day.description),
            .tag("td", text: EntryDescription.line(entry)),
            .tag("td", [], [.tag("a", [("href", "/diary/\(id)")], text: "Change #\(id)")]),
          ]))
    }
    let table: HTMLNode =
      entries.isEmpty
      ? .tag("p", [("class", "muted")], text: "No entries.")
      : .tag(
        "div", [("class", "table-wrap")],
        [
          .tag(
            "table", [("id", "diary")],
            [
              .tag(
                "thead", [],
                [.tag("tr", [], ["Date", "Entry", ""].map { .tag("th", [("scope", "col")], text: $0) })]),
              .tag("tbody", [], rows),
            ])
        ])
    let undo = forms.form(
      "/undo",
      [FormBuilder.hidden("return", "/diary"), FormBuilder.submit("Undo the last change", secondary: true)])
    return Page(
      title: "Diary", section: .diary, patient: patient, notice: notice, content: [filterForm, undo, table])
  }
}
