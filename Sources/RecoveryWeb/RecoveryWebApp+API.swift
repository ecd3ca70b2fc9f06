import Hummingbird
import RecoveryExchange
import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RecoveryWebApp {
  /// `GET /api/entries` (the patient's entries as `recovery list --format json` prints them; `type`,
  /// `since` and `until` filter), `POST /api/entries` (one entry of that shape; 201 when added, 200
  /// when its uid is stored with the same content, 409 with other content) and `GET /api/report`
  /// (the report as `recovery report --format json` writes it; `asOf`, `since`, `until`).
  func addAPIRoutes(to router: Router<BasicRequestContext>) {
    router.get("/api/entries") { request, _ in
      let query = try FormFields(query: request)
      let filter = try EntryFilter(query, today: .today())
      let patient = try await patient(for: request)
      let entries = try await store.perform { store in
        try store.entries(for: patient, matching: filter.query)
      }
      return try Self.json(entries.map { ExportedEntry($0, patient: patient.name) })
    }
    router.post("/api/entries") { request, _ in
      var request = request
      let body = try await request.collectBody(upTo: SecurityMiddleware.bodyLimit)
      let fields = try Self.entryFields(json: body)
      let choice = patientChoice(for: request)
      switch try await EntryIntake(services: services, batcher: batcher).add(fields, for: choice) {
      case .added(let entry, let patient):
        return try Self.json(ExportedEntry(entry, patient: patient.name), status: .created)
      case .unchanged(let entry, let patient):
        return try Self.json(ExportedEntry(entry, patient: patient.name))
      }
    }
    router.get("/api/report") { request, _ in
      let options = try ReportChoice(try FormFields(query: request), today: .today())
      let patient = try await patient(for: request)
      let report = try await makeReport(options, for: patient)
      return try Self.json(report)
    }
  }

  /// The report for the choices, or a 400 with the command line's sentence.
  func makeReport(_ choice: ReportChoice, for patient: Patient) async throws -> Report {
    let history = try await store.perform { store in
      History(patient: patient.name, entries: try store.entries(for: patient))
    }
    do {
      return try Report.make(history: history, asOf: choice.asOf, since: choice.since, until: choice.until)
    } catch {
      throw WebError(.badRequest, services.message(error))
    }
  }

  /// An entry's JSON object as fields, values kept as JSON gives them.
  static func entryFields(json body: ByteBuffer) throws -> [EntryField: ImportedValue] {
    let object: [String: ImportedValue]
    do {
      object = try JSONDecoder().decode([String: ImportedValue].self, from: Data(buffer: body))
    } catch {
      throw WebError(
        .badRequest,
        "The body must be one JSON object with an entry's fields, as list --format json prints them.")
    }
    var fields: [EntryField: ImportedValue] = [:]
    for (key, value) in object {
      guard let field = EntryField(rawValue: key) else {
        throw WebError(
          .badRequest,
          "Unknown field \"\(key.prefix(40))\": choose among \(EntryField.allCases.map(\.rawValue).joined(separator: ", "))."
        )
      }
      fields[field] = value
    }
    return fields
  }

  /// A value as JSON encodes it, keys sorted, as the command line prints it.
  static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: ResponseBody(
        byteBuffer: ByteBuffer(bytes: try JSONEncoder.recovery(indented: true).encode(value))))
  }
}
