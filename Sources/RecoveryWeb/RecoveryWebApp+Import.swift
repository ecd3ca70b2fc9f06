import Hummingbird
import RecoveryExchange
import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The Import page: a file chosen in a plain file field (a multipart form, no script needed) or its
/// text pasted, a dry run that says what would happen line by line, then the import itself.
extension RecoveryWebApp {
  func addImportRoutes(to router: Router<BasicRequestContext>) {
    router.get("/import") { request, _ in
      let patient = try await patient(for: request)
      return try html(importPage(patient: patient.name, notice: Self.notice(request)))
    }
    router.post("/import") { request, _ in
      let patient = try await patient(for: request)
      let upload: ImportUpload
      do {
        upload = try ImportUpload(try await FormFields.body(of: request), message: services.message)
      } catch let refusal as WebError {
        // The form again, saying what is wrong with the file.
        let notice = Page.Notice(isProblem: true, text: refusal.message)
        return try html(importPage(patient: patient.name, notice: notice), status: refusal.status)
      }
      let services = self.services
      let report = try await writing { store in
        try services.importEntries(store, upload.bytes, upload.format, patient, true)
      }
      var page = importPage(patient: patient.name, notice: nil)
      page.title = "Import: what would happen"
      page.content =
        [
          .tag(
            "p", [("id", "import-file-name")],
            text: "\(upload.name), read as \(upload.format.rawValue.uppercased()):")
        ]
        + summaryNodes(report) + [
          report.summary.problemCount == 0
            ? forms.form(
              "/import/confirm",
              [
                FormBuilder.hidden("name", upload.name),
                FormBuilder.hidden("format", upload.format.rawValue),
                FormBuilder.hidden("file64", Data(upload.bytes).base64EncodedString()),
                .tag("div", [("class", "actions")], [FormBuilder.submit("Import these entries")]),
              ], attributes: [("enctype", "multipart/form-data"), ("aria-label", "Confirm the import")])
            : .tag("p", text: "Nothing can be imported until every problem is fixed in the file."),
          .tag("p", [], [.tag("a", [("href", "/import")], text: "Start again with another file")]),
        ]
      return try html(page)
    }
    router.post("/import/confirm") { request, _ in
      let upload = try ImportUpload(try await FormFields.body(of: request), message: services.message)
      let patient = try await patient(for: request)
      let services = self.services
      let report = try await writing { store in
        try services.importEntries(store, upload.bytes, upload.format, patient, false)
      }
      let summary = report.summary
      guard summary.committed else {
        var page = importPage(patient: patient.name, notice: nil)
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

  /// The form: a file field, the format (from the file's name unless chosen), and a box to paste
  /// the file's text into instead.
  private func importPage(patient: String, notice: Page.Notice?) -> Page {
    let nodes: [HTMLNode] = [
      .tag(
        "p", [("class", "muted")],
        text: "Import what recovery export or list writes, or a spreadsheet saved as CSV with a header row."
          + " First you see what would happen; nothing is written until you confirm."),
      forms.form(
        "/import",
        [
          .tag(
            "label", [("for", "import-file")],
            text: "File (CSV or JSON, up to \(SecurityMiddleware.importFileLimit >> 20) MB)"),
          .tag(
            "input",
            [
              ("type", "file"), ("name", "file"), ("id", "import-file"),
              ("accept", ".csv,.tsv,.json,text/csv,application/json"),
            ]),
          FormBuilder.select(
            "format", label: "Format",
            [(value: "auto", label: "From the file's name or content")]
              + WebServices.ImportFormat.allCases.map {
                (value: $0.rawValue, label: $0.rawValue.uppercased())
              },
            selected: "auto", id: "import-format"),
          .tag(
            "details", [],
            [
              .tag("summary", text: "Or paste the file's text"),
              .tag("label", [("for", "import-content")], text: "The file's text"),
              .tag("textarea", [("name", "content"), ("id", "import-content"), ("rows", "10")], text: ""),
            ]),
          .tag("div", [("class", "actions")], [FormBuilder.submit("Check the file (dry run)")]),
        ], attributes: [("enctype", "multipart/form-data"), ("aria-label", "Import a file")]),
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
