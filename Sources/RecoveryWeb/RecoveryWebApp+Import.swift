import Hummingbird
import RecoveryExchange
import RecoveryModel
import RecoveryStore

/// The Import page: a file's text (pasted, or read from a chosen file by the optional script), a dry
/// run that says what would happen line by line, then the import itself.
extension RecoveryWebApp {
  func addImportRoutes(to router: Router<BasicRequestContext>) {
    router.get("/import") { request, _ in
      let patient = try await patient(for: request)
      return try html(
        importPage(patient: patient.name, notice: Self.notice(request), content: nil, format: .csv))
    }
    router.post("/import") { request, _ in
      let (content, format) = try await Self.importForm(request)
      let patient = try await patient(for: request)
      let services = self.services
      let report = try await writing { store in
        try services.importEntries(store, Array(content.utf8), format, patient, true)
      }
      let summary = report.summary
      var page = importPage(patient: patient.name, notice: nil, content: content, format: format)
      page.title = "Import: what would happen"
      page.content =
        summaryNodes(report) + [
          summary.problemCount == 0
            ? forms.form(
              "/import/confirm",
              [
                FormBuilder.hidden("format", format.rawValue),
                .tag(
                  "textarea", [("name", "content"), ("hidden", "hidden"), ("aria-hidden", "true")],
                  text: content),
                .tag("div", [("class", "actions")], [FormBuilder.submit("Import these entries")]),
              ], attributes: [("aria-label", "Confirm the import")])
            : .tag("p", text: "Nothing can be imported until every problem is fixed in the file."),
          .tag("p", [], [.tag("a", [("href", "/import")], text: "Start again with another file")]),
        ]
      return try html(page)
    }
    router.post("/import/confirm") { request, _ in
      let (content, format) = try await Self.importForm(request)
      let patient = try await patient(for: request)
      let services = self.services
      let report = try await writing { store in
        try services.importEntries(store, Array(content.utf8), format, patient, false)
      }
      let summary = report.summary
      guard summary.committed else {
        var page = importPage(patient: patient.name, notice: nil, content: content, format: format)
        page.notice = Page.Notice(isProblem: true, text: "Nothing was imported.")
        page.content = summaryNodes(report)
        return try html(page)
      }
      return Self.redirect(
        "/diary",
        notice:
          "Imported: \(summary.new) added, \(summary.unchanged) already present, \(summary.changed) updated.")
    }
  }

  /// The file's text and format from the import form.
  private static func importForm(_ request: Request) async throws -> (String, WebServices.ImportFormat) {
    let form = try await FormFields.body(of: request)
    guard let content = form["content"], !content.allSatisfy(\.isWhitespace) else {
      throw WebError(.badRequest, "The file is empty: there is nothing to import.")
    }
    let format = WebServices.ImportFormat(rawValue: form["format"] ?? "csv") ?? .csv
    return (content, format)
  }

  private func importPage(
    patient: String, notice: Page.Notice?, content: String?, format: WebServices.ImportFormat
  ) -> Page {
    let nodes: [HTMLNode] = [
      .tag(
        "p", [("class", "muted")],
        text: "Import what recovery export or list writes, or a spreadsheet saved as CSV with a header row."
          + " First you see what would happen; nothing is written until you confirm."),
      forms.form(
        "/import",
        [
          FormBuilder.select(
            "format", label: "Format",
            WebServices.ImportFormat.allCases.map { (value: $0.rawValue, label: $0.rawValue.uppercased()) },
            selected: format.rawValue, id: "import-format"),
          .tag("label", [("for", "import-file"), ("hidden", "hidden")], text: "File"),
          .tag(
            "input",
            [("type", "file"), ("id", "import-file"), ("accept", ".csv,.json,.tsv"), ("hidden", "hidden")]),
          .tag("label", [("for", "import-content")], text: "The file's text"),
          .tag(
            "textarea", [("name", "content"), ("id", "import-content"), ("rows", "10")], text: content ?? ""),
          .tag("div", [("class", "actions")], [FormBuilder.submit("Check the file (dry run)")]),
        ], attributes: [("aria-label", "Import a file")]),
    ]
    return Page(title: "Import", section: .importing, patient: patient, notice: notice, content: nodes)
  }

  private func summaryNodes(_ report: ImportReport) -> [HTMLNode] {
    let summary = report.summary
    var nodes: [HTMLNode] = [
      .tag(
        "dl", [("class", "summary"), ("id", "import-summary")],
        [
          ("New", summary.new), ("Unchanged", summary.unchanged), ("Changed", summary.changed),
          ("Refused", summary.refused),
        ]
        .flatMap { [HTMLNode.tag("dt", text: $0.0), .tag("dd", text: "\($0.1)")] })
    ]
    if !report.problems.isEmpty {
      nodes.append(.tag("h2", text: "Problems"))
      nodes.append(
        .tag(
          "ul", [("id", "import-problems")],
          report.problems.map { .tag("li", text: "Line \($0.line): \(services.importProblem($0.kind))") }))
      if summary.problemCount > report.problems.count {
        nodes.append(.tag("p", text: "... and \(summary.problemCount - report.problems.count) more."))
      }
    }
    return nodes
  }
}
