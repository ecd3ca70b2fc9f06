import Foundation
import RecoveryModel
import RecoveryTestSupport
import Testing

/// `cohort --anonymize` names patients by pseudonyms keyed with a secret the database keeps, never
/// exports and creates on first use, and suppresses every figure about fewer than 5 patients.
struct AnonymizedCohortTests {
  static let asOf = ["--as-of", "2024-12-31"]

  /// Six patients with a psoas release each, one without entries; `small` of them on a second kind.
  static func write(_ tool: RecoveryTool) throws {
    for index in 1...6 {
      let patient = ["--patient", "P\(index)"]
      try tool.succeed(["treatment", "psoas-release", "--on", "2024-06-01", "--side", "right"] + patient)
      if index <= 2 {
        try tool.succeed(["treatment", "cortisone", "--on", "2024-08-01", "--side", "right"] + patient)
      }
    }
    try tool.succeed(["pain", "3", "--on", "2024-06-02", "--patient", "Quiet"])
    try tool.succeed(["remove", "9", "--patient", "Quiet"])
  }

  @Test func pseudonymsAreKeyedByASecretTheDatabaseKeepsAndNeverExports() throws {
    try RecoveryTool.with { tool in
      try Self.write(tool)
      #expect(try SQLiteShell.value(tool.database, "SELECT count(*) FROM secret") == "0")
      let first = try tool.succeed(["cohort", "--anonymize", "--format", "json"] + Self.asOf).output
      let key = try SQLiteShell.value(tool.database, "SELECT value FROM secret WHERE name = 'pseudonym-key'")
      #expect(key.count == 64)
      // Stable from run to run: the key is made once.
      #expect(try tool.succeed(["cohort", "--anonymize", "--format", "json"] + Self.asOf).output == first)
      #expect(try SQLiteShell.value(tool.database, "SELECT value FROM secret") == key)

      // The pseudonym of the patient without entries is the keyed hash of the uid, not the uid's own.
      let uid = try #require(
        UUID(uuidString: try SQLiteShell.value(tool.database, "SELECT uid FROM patient WHERE name = 'Quiet'"))
      )
      var bytes: [UInt8] = []
      var digits = key.utf8.makeIterator()
      while let high = digits.next(), let low = digits.next() {
        bytes.append(UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)!)
      }
      let patient = Patient(id: 0, uid: uid, name: "Quiet")
      let pseudonym = try #require(Pseudonyms([patient], key: bytes)[uid])
      // One patient without entries is a small cell: neither counted nor named.
      #expect(!first.contains(pseudonym))
      #expect(first.contains("\"withoutEntriesSuppressed\" : true"))

      for format in ["json", "csv", "fhir"] {
        for patient in ["Quiet", "P1"] {
          let exported = try tool.succeed(["export", "--format", format, "--patient", patient]).output
          #expect(!exported.contains(key), "\(format)")
        }
      }
    }
  }

  @Test func figuresAboutFewerThanFivePatientsAreSuppressed() throws {
    try RecoveryTool.with { tool in
      try Self.write(tool)
      let text = try tool.succeed(["cohort", "--anonymize"] + Self.asOf).output
      // Six patients had a release: shown. Two had cortisone: suppressed.
      let releaseRow = try #require(text.split(separator: "\n").first { $0.hasPrefix("  Psoas release ") })
      #expect(releaseRow.split(separator: " ").prefix(4) == ["Psoas", "release", "6", "6"])
      #expect(text.contains("  Cortisone injection  fewer than 5"))
      #expect(text.contains("fewer than 5 without entries in range"))
      let json = try tool.succeed(["cohort", "--anonymize", "--format", "json"] + Self.asOf).output
      let cohort = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      let treatments = try #require(cohort["treatments"] as? [[String: Any]])
      let cortisone = try #require(treatments.first { $0["kind"] as? String == "cortisone" })
      #expect(cortisone["suppressed"] as? Bool == true)
      #expect(cortisone["patients"] is NSNull)
      // The effect pooled across the two cortisone patients is suppressed too.
      let pooled = try #require(cohort["pooledEffects"] as? [[String: Any]])
      let pooledCortisone = try #require(pooled.first { $0["kind"] as? String == "cortisone" })
      #expect(pooledCortisone["suppressed"] as? Bool == true)
      #expect(pooledCortisone["pooled"] is NSNull)
      #expect(pooledCortisone["patients"] as? Int == 0)
      let pooledRelease = try #require(pooled.first { $0["kind"] as? String == "psoas-release" })
      #expect(pooledRelease["suppressed"] as? Bool == false)
      let release = try #require(treatments.first { $0["kind"] as? String == "psoas-release" })
      #expect(release["patients"] as? Int == 6)
      // Without --anonymize nothing is suppressed.
      let plain = try tool.succeed(["cohort"] + Self.asOf).output
      #expect(!plain.contains("fewer than 5"))
      let cortisoneRow = try #require(
        plain.split(separator: "\n").first { $0.hasPrefix("  Cortisone injection ") })
      #expect(cortisoneRow.split(separator: " ").prefix(4) == ["Cortisone", "injection", "2", "2"])
    }
  }

  /// A cohort of fewer than 5 patients does not even say how many there are.
  @Test func aCohortOfFewerThanFivePatientsHidesItsSize() throws {
    try RecoveryTool.with { tool in
      for name in ["Ann", "Bob"] {
        try tool.succeed(["treatment", "psoas-release", "--on", "2024-06-01", "--patient", name])
      }
      let text = try tool.succeed(["cohort", "--anonymize"] + Self.asOf).output
      #expect(text.contains("As of 2024-12-31: fewer than 5 patients, 0 without entries in range"))
      #expect(!text.contains("2 patients"))
      let json = try tool.succeed(["cohort", "--anonymize", "--format", "json"] + Self.asOf).output
      #expect(json.contains("\"patientsSuppressed\" : true"))
      #expect(try tool.succeed(["cohort"] + Self.asOf).output.contains("As of 2024-12-31: 2 patients"))
    }
  }
}
