import Foundation
import RecoveryTestSupport
import Testing

/// `recovery import` reads back the FHIR that `recovery export` writes, and nothing else; `export
/// --format ndjson` writes the same resources as files.
struct FHIRRoundTripTests {
  /// `list --format json` of every patient, without the database's ids.
  func listed(_ tool: RecoveryTool, database: String, patients: [String]) throws -> [[String: String]] {
    try patients.flatMap { patient in
      let run = try tool.succeed(
        ["list", "--format", "json", "--patient", patient, "--db", database], database: false)
      let parsed = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]] ?? []
      return parsed.map { object in
        object.filter { $0.key != "id" }.mapValues { "\($0)" }
      }
    }
  }

  @Test func anExportedBundleImportsIntoAnEmptyDatabaseAsTheSameDiary() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["demo"])
      let entries = try tool.entries(patient: "demo")
      let pain = try #require(entries.first { $0.type == "pain" })
      try tool.succeed(["remove", String(pain.id), "--patient", "demo"])
      let bundle = tool.path("diary.json")
      try tool.succeed(["export", "--format", "fhir", "--patient", "demo", "--output", bundle])
      let copy = tool.path("copy.sqlite")
      let imported = try tool.succeed(["import", bundle, "--db", copy], database: false)
      #expect(imported.output.contains("Imported"), "\(imported.summary)")
      let original = try listed(tool, database: tool.database, patients: ["demo"])
      #expect(original.count == entries.count - 1)
      #expect(try listed(tool, database: copy, patients: ["demo"]) == original)
      // Posting the same bundle again adds nothing.
      let again = try tool.succeed(["import", bundle, "--db", copy], database: false)
      #expect(again.output.contains(" 0 added"), "\(again.summary)")
    }
  }

  @Test func otherFHIRIsRefusedWithOneLineAndNothingIsWritten() throws {
    try RecoveryTool.with { tool in
      let foreign = tool.path("foreign.json")
      let observation =
        #"{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:0b8c0a52-4a8e-4c9e-8f4e-6a1d2c3b4a5f","#
        + #""resource":{"resourceType":"Observation","status":"final","code":{"text":"x"}}}]}"#
      try Data(observation.utf8).write(to: URL(fileURLWithPath: foreign))
      let outcome = try tool.run(["import", foreign])
      #expect(outcome.status != 0)
      #expect(outcome.error.contains("Observation carries none"), "\(outcome.summary)")
      #expect(outcome.error.contains("nothing was imported"), "\(outcome.summary)")
    }
  }

  @Test func ndjsonWritesOneFilePerResourceTypeAndRefusesAFolderThatIsNotEmpty() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["demo"])
      let folder = tool.path("bulk")
      try tool.succeed(["export", "--format", "ndjson", "--patient", "demo", "--output", folder])
      // Every line a valid resource of its file's type, every reference resolving among the files.
      try FHIRValidator.validate(["--ndjson", folder])
      let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
      #expect(files.contains("Observation.ndjson") && files.contains("Patient.ndjson"))
      #expect(files.contains("Provenance.ndjson"))
      for file in files {
        let type = String(file.dropLast(".ndjson".count))
        let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        for line in text.split(separator: "\n") {
          let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
          #expect(object?["resourceType"] as? String == type)
          #expect(object?["id"] is String)
        }
      }
      let patient = try String(contentsOfFile: folder + "/Observation.ndjson", encoding: .utf8)
      #expect(patient.contains(#""reference":"Patient/"#))
      let again = try tool.run(["export", "--format", "ndjson", "--patient", "demo", "--output", folder])
      #expect(again.status != 0)
      #expect(again.failedWithOneLine, "\(again.summary)")
      #expect(again.error.contains("not empty"), "\(again.summary)")
      try tool.succeed(["export", "--format", "ndjson", "--patient", "demo", "--output", folder, "--force"])
    }
  }
}
