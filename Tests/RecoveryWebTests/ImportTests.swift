import Foundation
import Hummingbird
import HummingbirdTesting
import RecoveryExchange
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import RecoveryWeb
import Testing

/// The Import page with a chosen file, sent by a plain multipart form: the dry run, then the import
/// of the very bytes the dry run read; refusals write nothing.
struct ImportTests {
  /// The harness's services, importing as the command line does: the bytes in a file, read by the
  /// exchange library's readers.
  static let services = WebServices(
    message: { "\($0)" }, importProblem: { "\($0)" },
    importEntries: { store, bytes, format, patient, dryRun in
      let directory = try TemporaryDirectory()
      defer { directory.remove() }
      let path = directory.file("upload")
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      return try store.importFile(
        at: path, format: format == .csv ? .csv : .json,
        options: ImportOptions(fallbackPatient: patient.name, dryRun: dryRun))
    },
    export: { _, _, _ in throw TestFailure("these tests export nothing") })

  /// Two pain entries, the second with a note of two lines.
  static let csv = Array(
    "type,date,score,location,side,note\npain,2024-03-01,4,groin,left,\npain,2024-03-02,3,groin,left,\"stairs\nthen rest\"\n"
      .utf8)

  /// The value of the hidden field `name` in a page.
  static func hidden(_ name: String, in page: String) throws -> String {
    let marker = "name=\"\(name)\" value=\""
    let range = try #require(page.range(of: marker), "no \(name) in \(page.prefix(2000))")
    return String(page[range.upperBound...].prefix { $0 != "\"" })
  }

  /// The dry run's answer to a chosen file.
  static func dryRun(
    _ web: WebHarness, fileName: String, _ contents: [UInt8], format: String = "auto"
  ) async throws -> TestClient.Response {
    let form = MultipartBody().field("csrf", try await web.formToken()).file(
      "file", fileName: fileName, contents
    )
    .field("format", format).field("content", "")
    return try await web.post("/import", form)
  }

  @Test func aChosenFileIsCheckedThenItsBytesAreImportedOnConfirm() async throws {
    try await WebHarness.with(services: Self.services) { web, store in
      let page = try await Self.dryRun(web, fileName: "pain.csv", Self.csv)
      let html = WebHarness.text(page)
      #expect(page.status == .ok)
      #expect(html.contains("pain.csv, read as CSV"))
      #expect(html.contains("<dt>New</dt><dd>2</dd>"), "\(html)")
      let patient = try store.defaultPatient()
      #expect(try store.entries(for: patient).isEmpty)
      // The confirm step sends back what the page carries, not the file.
      let confirm = MultipartBody().field("csrf", try Self.hidden("csrf", in: html))
        .field("name", try Self.hidden("name", in: html)).field("format", try Self.hidden("format", in: html))
        .field("file64", try Self.hidden("file64", in: html))
      let done = try await web.post("/import/confirm", confirm)
      #expect(done.status == .seeOther)
      #expect(done.headers[.location]?.hasPrefix("/diary?notice=Imported%3A%202%20added") == true)
      let stored = try store.entries(for: patient)
      #expect(stored.count == 2)
      #expect(
        stored.contains {
          if case .pain(let pain) = $0 { return pain.note == "stairs\nthen rest" && pain.score == 3 }
          return false
        }, "\(stored)")
      // The same file again is all unchanged.
      let again = WebHarness.text(try await Self.dryRun(web, fileName: "pain.csv", Self.csv))
      #expect(again.contains("<dt>Unchanged</dt><dd>2</dd>"))
    }
  }

  @Test func theFormatComesFromTheNameElseTheContentAndUTF16IsRead() async throws {
    try await WebHarness.with(services: Self.services) { web, _ in
      let json = Array("[{\"type\":\"pain\",\"date\":\"2024-03-01\",\"score\":5}]".utf8)
      let named = WebHarness.text(try await Self.dryRun(web, fileName: "entries.json", json))
      #expect(named.contains("entries.json, read as JSON") && named.contains("<dt>New</dt><dd>1</dd>"))
      let unnamed = WebHarness.text(try await Self.dryRun(web, fileName: "entries.txt", json))
      #expect(unnamed.contains("entries.txt, read as JSON") && unnamed.contains("<dt>New</dt><dd>1</dd>"))
      let chosen = WebHarness.text(
        try await Self.dryRun(web, fileName: "entries.txt", Self.csv, format: "csv"))
      #expect(chosen.contains("read as CSV") && chosen.contains("<dt>New</dt><dd>2</dd>"))
      let text = String(decoding: Self.csv, as: UTF8.self)
      let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
      let spreadsheet = WebHarness.text(try await Self.dryRun(web, fileName: "pain.csv", utf16))
      #expect(spreadsheet.contains("<dt>New</dt><dd>2</dd>"), "\(spreadsheet)")
    }
  }

  @Test func aRefusedLineIsNamedAndNothingCanBeConfirmed() async throws {
    try await WebHarness.with(services: Self.services) { web, _ in
      let bad = Array("type,date,score\npain,2024-03-01,4\npain,2024-03-02,12\n".utf8)
      let html = WebHarness.text(try await Self.dryRun(web, fileName: "pain.csv", bad))
      #expect(html.contains("<dt>Refused</dt><dd>1</dd>"), "\(html)")
      #expect(html.contains("<li>Line 3: "), "\(html)")
      #expect(!html.contains("/import/confirm"))
    }
  }

  @Test func aMultipartPostWithoutTheFormTokenOrFromAnotherSiteIsRefusedAndWritesNothing() async throws {
    try await WebHarness.with(services: Self.services) { web, store in
      let token = try await web.formToken()
      let file64 = Data(Self.csv).base64EncodedString()
      let confirm = MultipartBody().field("name", "pain.csv").field("format", "csv").field("file64", file64)
      let refusals = [
        try await web.post("/import/confirm", confirm),
        try await web.post("/import/confirm", confirm.field("csrf", "x" + token)),
        try await web.post(
          "/import/confirm", confirm.field("csrf", token), origin: "http://attacker.example"),
        try await web.post("/import", MultipartBody().file("file", fileName: "pain.csv", Self.csv)),
      ]
      for refused in refusals {
        #expect(refused.status == .forbidden)
      }
      #expect(try store.entries(for: store.defaultPatient()).isEmpty)
      // The same confirmation with the token, from the app's page, imports.
      let accepted = try await web.post("/import/confirm", confirm.field("csrf", token))
      #expect(accepted.status == .seeOther)
      #expect(try store.entries(for: store.defaultPatient()).count == 2)
    }
  }

  @Test func aFileOverFourMegabytesIs413AndWritesNothing() async throws {
    try await WebHarness.with(services: Self.services) { web, store in
      let row = Array("pain,2024-03-01,4\n".utf8)
      let big =
        Array("type,date,score\n".utf8) + Array(repeating: row, count: (4 << 20) / row.count + 1).joined()
      let page = try await Self.dryRun(web, fileName: "big.csv", big)
      #expect(page.status == .contentTooLarge)
      #expect(WebHarness.text(page).contains("big.csv is too large: an import may be up to 4 MB"))
      let huge = try await Self.dryRun(web, fileName: "huge.csv", big + big)
      #expect(huge.status == .contentTooLarge)
      #expect(WebHarness.text(huge).contains("an import may be up to 4 MB"))
      #expect(try store.entries(for: store.defaultPatient()).isEmpty)
    }
  }

  @Test(arguments: [
    (
      "photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] as [UInt8],
      "notText"
    ),
    ("empty.csv", [], "emptyFile"),
    ("blank.csv", Array(" \r\n\t\n".utf8), "emptyFile"),
  ])
  func anEmptyOrBinaryFileIsRefusedByNameAndWritesNothing(
    name: String, bytes: [UInt8], error: String
  )
    async throws
  {
    try await WebHarness.with(services: Self.services) { web, store in
      let page = try await Self.dryRun(web, fileName: name, bytes)
      let html = WebHarness.text(page)
      #expect(page.status == .badRequest)
      // The services' sentence for the exchange library's error naming the file (the command line's
      // wording in `recovery serve`), above the form to choose another.
      #expect(html.contains("\(error)(path: &quot;\(name)&quot;)"), "\(html)")
      #expect(html.contains("aria-label=\"Import a file\""))
      #expect(try store.entries(for: store.defaultPatient()).isEmpty)
    }
  }

  @Test func noFileAndNoTextAsksForAFile() async throws {
    try await WebHarness.with(services: Self.services) { web, _ in
      let page = try await Self.dryRun(web, fileName: "", [])
      #expect(page.status == .badRequest)
      #expect(WebHarness.text(page).contains("Choose a file to import, or paste its text."))
    }
  }
}
