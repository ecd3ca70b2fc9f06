import Foundation
import RecoveryTestSupport
import Testing

/// `recovery export --format fhir` end to end, through the built tool: bundles the independent validator
/// accepts, holding each current entry once under its own uid as a conditional create, the same bytes
/// every time, with times at this machine's offset.
struct FHIRExportCommandTests {
  /// The second patient, with a name that JSON must escape.
  static let second = "Zoë \"Z\" 山田"

  /// The second patient's diary: one entry of every type, with times in winter and in summer, an open
  /// aid period, an Oxford total without answers and free text with a line break and non-Latin script.
  static let secondPatientCommands: [[String]] = [
    [
      "treatment", "total-hip-replacement", "--on", "2024-01-15", "--time", "08:30", "--side", "left",
      "--provider", "Dr \"Quote\" O'Brien",
    ],
    [
      "pain", "6", "--on", "2024-01-16", "--time", "21:45", "--location", "groin", "--side", "left", "--note",
      "line one\nline two – 痛み",
    ],
    ["pain", "3", "--on", "2024-07-01", "--time", "08:30", "--location", "front-thigh"],
    ["symptom", "catching", "--count", "3", "--on", "2024-01-20", "--side", "left"],
    ["aid", "one-crutch", "--from", "2024-01-15"],
    ["score", "oxford", "--total", "31", "--on", "2024-03-01", "--side", "left"],
    ["score", "hoos-jr", "2", "1", "1", "1", "1", "1", "--on", "2024-03-01", "--time", "09:00"],
    [
      "score", "ihot-12", "80", "75", "90", "60", "85", "70", "95", "80", "65", "90", "70", "86", "--on",
      "2024-03-02",
    ],
    ["milestone", "drive", "--on", "2024-02-20", "--side", "left"],
    ["target", "off-crutches", "--days", "28", "--on", "2024-01-15", "--note", "surgeon's \"word\""],
  ]

  /// The demo diary (`recovery demo --db FILE`, patient demo) and the second patient's, made once.
  static let diary = try? RecoveryTool.snapshot { tool in
    try tool.succeed(["demo"])
    for command in secondPatientCommands { try tool.succeed(command + ["--patient", second]) }
  }

  /// The time zone every export below runs in, unless a test says otherwise.
  static let zone: [String: String?] = ["TZ": "Europe/Berlin"]

  /// The resource type each entry type becomes.
  static let resourceTypes = [
    "treatment": "Procedure", "pain": "Observation", "symptom": "Observation", "aid": "DeviceUseStatement",
    "score": "Observation", "milestone": "Observation", "target": "Goal", "medication": "MedicationStatement",
  ]

  /// A bundle the tool wrote, read back.
  struct Bundle {
    /// The bundle's entries, in order.
    let entries: [[String: Any]]

    init(_ bytes: Data) throws {
      let document = try #require(
        try JSONSerialization.jsonObject(with: bytes) as? [String: Any], "the bundle is not a JSON object")
      #expect(document["resourceType"] as? String == "Bundle")
      #expect(document["type"] as? String == "transaction")
      entries = document["entry"] as? [[String: Any]] ?? []
    }

    /// Every entry's resource, in order.
    var resources: [[String: Any]] { entries.compactMap { $0["resource"] as? [String: Any] } }

    /// The resources of one type.
    func resources(ofType type: String) -> [[String: Any]] {
      resources.filter { $0["resourceType"] as? String == type }
    }

    /// The resource whose bundle entry's `fullUrl` is `urn:uuid:` and `uid`.
    func resource(_ uid: String) throws -> [String: Any] {
      let entry = try #require(entries.first { $0["fullUrl"] as? String == "urn:uuid:" + uid }, "no \(uid)")
      return try #require(entry["resource"] as? [String: Any])
    }
  }

  /// `export --format fhir` plus `arguments` in ``zone``, to standard output or to `--output`; its
  /// bytes.
  func export(
    _ tool: RecoveryTool, _ arguments: [String], environment: [String: String?] = zone
  ) throws -> Data {
    let run = try tool.succeed(["export", "--format", "fhir"] + arguments, environment: environment)
    guard let index = arguments.firstIndex(of: "--output") else { return run.standardOutput }
    return try Data(contentsOf: URL(fileURLWithPath: arguments[index + 1]))
  }

  /// Reads a nested JSON value by keys and indexes: `value(resource, "code", "text")`.
  func value(_ root: Any?, _ path: Any...) -> Any? {
    path.reduce(root) { current, step in
      if let key = step as? String { return (current as? [String: Any])?[key] }
      guard let array = current as? [Any], let index = step as? Int, array.indices.contains(index) else {
        return nil
      }
      return array[index]
    }
  }

  /// Slow (the validator loads its models and checks thousands of resources), yet never skipped: no
  /// run of the tests may pass without the validation.
  @Test(.tags(.slow)) func oneAndAllPatientsExportValidTransactionBundles() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.diary))
      let one = tool.path("demo.fhir.json")
      let all = tool.path("all.fhir.json")
      let oneBundle = try Bundle(export(tool, ["--patient", "demo", "--output", one]))
      let allBundle = try Bundle(export(tool, ["--all-patients", "--output", all]))
      try FHIRValidator.validate([one, all])

      let demoEntries = try tool.entries(patient: "demo")
      let secondEntries = try tool.entries(patient: Self.second)
      let names = { (bundle: Bundle) in
        bundle.resources(ofType: "Patient").compactMap { self.value($0, "name", 0, "text") as? String }
      }
      #expect(names(oneBundle) == ["demo"])
      // Patient by patient, by name: an upper-case letter sorts before a lower-case one.
      #expect(names(allBundle) == [Self.second, "demo"])
      // One resource per entry carries the entry's fields.
      let own = { (bundle: Bundle) in
        bundle.resources.filter { resource in
          (resource["extension"] as? [[String: Any]])?.contains {
            ($0["url"] as? String)?.hasSuffix("/diary-entry") == true
          } == true
        }.count
      }
      #expect(own(oneBundle) == demoEntries.count)
      #expect(own(allBundle) == demoEntries.count + secondEntries.count)
      for type in ["Procedure", "Observation", "DeviceUseStatement", "Device", "Goal"] {
        #expect(!oneBundle.resources(ofType: type).isEmpty, "the demo has a \(type)")
      }
      // The second patient's open crutch period has no end.
      let crutch = try #require(secondEntries.first { $0.type == "aid" })
      #expect(value(try allBundle.resource(crutch.uid), "timingPeriod", "start") as? String == "2024-01-15")
      #expect(value(try allBundle.resource(crutch.uid), "timingPeriod", "end") == nil)
    }
  }

  @Test func removedEntriesAreEnteredInErrorAndEditedOnesExportTheirLatestVersion() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.diary))
      let entries = try tool.entries(patient: "demo")
      let pains = entries.filter { $0.type == "pain" }
      let removedPain = try #require(pains.first)
      let editedPain = try #require(pains.last)
      let target = try #require(entries.first { $0.type == "target" })
      let removedScore = try #require(entries.first { $0.type == "score" })
      let newScore = editedPain.score == 9 ? 8 : 9
      try tool.succeed(["remove", String(removedPain.id), "--patient", "demo"])
      try tool.succeed(["remove", String(removedScore.id), "--patient", "demo"])
      try tool.succeed(["edit", String(editedPain.id), "--score", String(newScore), "--patient", "demo"])
      try tool.succeed(["edit", String(target.id), "--days", "21", "--patient", "demo"])

      for arguments in [["--patient", "demo"], ["--all-patients"]] {
        let bytes = try export(tool, arguments)
        let text = String(decoding: bytes, as: UTF8.self)
        let bundle = try Bundle(bytes)
        for removed in [removedPain, removedScore] {
          #expect(text.contains(removed.uid), "removed entry #\(removed.id) left out with \(arguments)")
          #expect(try bundle.resource(removed.uid)["status"] as? String == "entered-in-error")
        }
        #expect(try bundle.resource(editedPain.uid)["status"] as? String == "final")
        #expect(try bundle.resource(editedPain.uid)["valueInteger"] as? Int == newScore)
        let goal = try bundle.resource(target.uid)
        #expect(value(goal, "target", 0, "dueDuration", "value") as? Int == 21)
        #expect(value(goal, "description", "text") as? String == "off crutches within 21 days after surgery")
        #expect(bundle.resources(ofType: "Goal").count == 1 + (arguments == ["--all-patients"] ? 1 : 0))
      }
    }
  }

  @Test(arguments: [
    ["--format", "fhir", "--include-removed"], ["--include-removed", "--format", "fhir", "--all-patients"],
  ])
  func includeRemovedIsRefusedWithOneLineAndWritesNothing(arguments: [String]) throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.diary))
      let output = tool.path("out.fhir.json")
      for extra in [[], ["--output", output]] {
        let outcome = try tool.run(["export"] + arguments + extra)
        #expect(outcome.status == 64, "\(outcome.summary)")
        #expect(outcome.failedWithOneLine, "\(outcome.summary)")
        #expect(outcome.error.contains("--include-removed"), "\(outcome.summary)")
        #expect(outcome.error.contains("fhir"), "\(outcome.summary)")
      }
      #expect(!FileManager.default.fileExists(atPath: output))
    }
  }

  /// Every entry `list` shows is one resource of its type under its uid, whose bundle entry creates it
  /// only when no resource has that identifier: posting the export twice creates nothing new.
  @Test func everyEntryIsOneResourceUnderItsUidCreatedOnlyIfAbsent() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.diary))
      let bundle = try Bundle(export(tool, ["--all-patients"]))
      var listed: [String: (type: String, patient: String)] = [:]
      for patient in ["demo", Self.second] {
        for entry in try tool.entries(patient: patient) {
          listed["urn:uuid:" + entry.uid] = (try #require(Self.resourceTypes[entry.type]), patient)
        }
      }
      var patients: [String: String] = [:]
      for resource in bundle.resources(ofType: "Patient") {
        let urn = try #require(value(resource, "identifier", 0, "value") as? String)
        patients[try #require(value(resource, "name", 0, "text") as? String)] = urn
      }
      #expect(Set(patients.keys) == ["demo", Self.second])

      var exported: [String: String] = [:]
      var devices: Set<String> = []
      for entry in bundle.entries {
        let fullUrl = try #require(entry["fullUrl"] as? String)
        let type = try #require(value(entry, "resource", "resourceType") as? String)
        if type == "Provenance" || type == "QuestionnaireResponse" { continue }
        #expect((value(entry, "resource", "identifier") as? [Any])?.count == 1)
        #expect(value(entry, "request", "method") as? String == "PUT")
        #expect(
          value(entry, "request", "url") as? String == "\(type)?identifier=urn:ietf:rfc:3986|\(fullUrl)")
        switch type {
        case "Patient", "Questionnaire", "BodyStructure": continue
        case "Device": devices.insert(fullUrl)
        default:
          #expect(exported.updateValue(type, forKey: fullUrl) == nil, "\(fullUrl) exported twice")
          let patient = try #require(listed[fullUrl]?.patient, "\(type) \(fullUrl) is no listed entry")
          #expect(value(entry, "resource", "subject", "reference") as? String == patients[patient])
        }
      }
      #expect(exported == listed.mapValues(\.type))
      #expect(devices.isDisjoint(with: listed.keys))
      let used = Set(
        bundle.resources(ofType: "DeviceUseStatement").compactMap {
          value($0, "device", "reference") as? String
        })
      // The aid devices, and the program's own.
      #expect(used.isSubset(of: devices))
      #expect(devices.count == used.count + 1)
    }
  }

  @Test func exportingAgainGivesTheSameBytes() throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.diary))
      for arguments in [["--patient", "demo"], ["--all-patients"]] {
        let first = tool.path("first.json")
        let second = tool.path("second.json")
        // The same bytes but for the moment of the export, the Provenance's `recorded`.
        let stable = { (bytes: Data) in
          String(decoding: bytes, as: UTF8.self).replacing(#/"recorded":"[^"]*"/#, with: "")
        }
        let written = stable(try export(tool, arguments + ["--output", first]))
        #expect(written.contains("\"resourceType\":\"Provenance\""))
        #expect(stable(try export(tool, arguments + ["--output", second])) == written)
        #expect(stable(try export(tool, arguments + ["--output", first, "--force"])) == written)
        #expect(stable(try export(tool, arguments)) == written)
        try FileManager.default.removeItem(atPath: first)
        try FileManager.default.removeItem(atPath: second)
      }
    }
  }

  /// A time of day is written with the offset this machine's zone had on that day; a day without a
  /// time stays a date.
  @Test(arguments: [
    ("Europe/Berlin", "+01:00", "+02:00"), ("UTC", "+00:00", "+00:00"),
    ("America/St_Johns", "-03:30", "-02:30"), ("Asia/Kolkata", "+05:30", "+05:30"),
  ])
  func timesCarryTheMachinesOffsetOnTheirDay(zone: String, winter: String, summer: String) throws {
    try RecoveryTool.with { tool in
      try tool.install(try #require(Self.diary))
      let bundle = try Bundle(export(tool, ["--patient", Self.second], environment: ["TZ": zone]))
      let entries = try tool.entries(patient: Self.second)
      let pains = entries.filter { $0.type == "pain" }.map(\.uid)
      try #require(pains.count == 2)
      #expect(try bundle.resource(pains[0])["effectiveDateTime"] as? String == "2024-01-16T21:45:00" + winter)
      #expect(try bundle.resource(pains[1])["effectiveDateTime"] as? String == "2024-07-01T08:30:00" + summer)
      let surgery = try #require(entries.first { $0.type == "treatment" })
      #expect(
        try bundle.resource(surgery.uid)["performedDateTime"] as? String == "2024-01-15T08:30:00" + winter)
      let symptom = try #require(entries.first { $0.type == "symptom" })
      #expect(try bundle.resource(symptom.uid)["effectiveDateTime"] as? String == "2024-01-20")
    }
  }
}
