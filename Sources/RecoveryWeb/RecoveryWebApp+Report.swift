import Hummingbird
import RecoveryExchange
import RecoveryModel
import RecoveryReport
import RecoveryStore

/// The Report page (the days as a form, downloads), the report itself as the report library renders
/// it, and the downloads.
extension RecoveryWebApp {
  func addReportRoutes(to router: Router<BasicRequestContext>) {
    router.get("/report") { request, _ in
      let choice = try ReportChoice(try FormFields(query: request), today: .today())
      let patient = try await patient(for: request)
      let query = choice.query
      let content: [HTMLNode] = [
        .tag(
          "form", [("method", "get"), ("action", "/report/view"), ("aria-label", "Report days")],
          [
            .tag(
              "div", [("class", "row")],
              [
                FormBuilder.input(
                  "asOf", label: "Report day", type: "date", value: choice.asOf.description,
                  id: "report-as-of"),
                FormBuilder.input(
                  "since", label: "First day shown", type: "date", value: choice.since?.description,
                  id: "report-since"),
                FormBuilder.input(
                  "until", label: "Last day shown", type: "date", value: choice.until?.description,
                  id: "report-until"),
              ]),
            .tag("div", [("class", "actions")], [FormBuilder.submit("Show the report")]),
          ]),
        .tag("h2", text: "Download"),
        .tag(
          "ul", [],
          [
            ("/report/download?format=html&" + query, "The report as a web page (HTML)"),
            ("/report/download?format=json&" + query, "The report as JSON"),
            ("/report/download?format=csv", "The diary as CSV (a spreadsheet)"),
            ("/report/download?format=fhir", "The diary as FHIR (for a clinic's system)"),
          ].map { .tag("li", [], [.tag("a", [("href", $0.0)], text: $0.1)]) }),
      ]
      return try html(
        Page(
          title: "Report", section: .report, patient: patient.name, notice: Self.notice(request),
          content: content))
    }
    router.get("/report/view") { request, _ in
      let choice = try ReportChoice(try FormFields(query: request), today: .today())
      let patient = try await patient(for: request)
      let report = try await makeReport(choice, for: patient)
      return ErrorRenderer.html(Self.withBackLink(HTMLRenderer().render(ReportDocument(report))))
    }
    router.get("/report/download") { request, _ in
      let fields = try FormFields(query: request)
      let patient = try await patient(for: request)
      let name = "recovery-\(CalendarDay.today())"
      switch fields["format"] ?? "html" {
      case "html":
        let report = try await makeReport(ReportChoice(fields, today: .today()), for: patient)
        return Self.download(
          Array(HTMLRenderer().render(ReportDocument(report)).utf8), type: "text/html; charset=utf-8",
          file: name + ".html")
      case "json":
        let report = try await makeReport(ReportChoice(fields, today: .today()), for: patient)
        var response = try Self.json(report)
        response.headers[.contentDisposition] = "attachment; filename=\"\(name).json\""
        return response
      case "csv":
        let services = self.services
        let bytes = try await reading { store in try services.export(store, patient, .csv) }
        return Self.download(bytes, type: "text/csv; charset=utf-8", file: name + ".csv")
      case "fhir":
        let services = self.services
        let bytes = try await reading { store in try services.export(store, patient, .fhir) }
        return Self.download(bytes, type: "application/fhir+json", file: name + ".fhir.json")
      case let other:
        throw WebError(
          .badRequest, "Unknown format \"\(other.prefix(20))\": choose one of html, json, csv, fhir.")
      }
    }
  }

  static func download(_ bytes: [UInt8], type: String, file: String) -> Response {
    Response(
      status: .ok,
      headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(file)\""],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }
}
