import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// The schema's own CHECK constraints, STRICT types, foreign keys and overlap trigger, exercised with
/// raw SQL through the `sqlite3` shell, so that the store's validation is not in the way.
struct SchemaConstraintTests {
  /// One raw INSERT, the table it writes to, and the fragment of SQLite's message expected when it is
  /// refused (nil when it must succeed).
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let table: String
    let sql: String
    let refusal: String?

    var testDescription: String { name }
  }

  static let check = "CHECK constraint failed"
  static let overlap = "aid periods of the same aid cannot overlap"
  static let uid = "'6f1c2d3e-4b5a-4c6d-8e7f-90a1b2c3d4e5'"

  static func pain(
    day: String = "'2024-11-20'", time: String = "NULL", score: String = "5", location: String = "'groin'",
    side: String = "'right'", activity: String = "NULL", uid: String = uid, patient: String = "1"
  ) -> String {
    "INSERT INTO pain (id, uid, patient_id, day, time, score, location, side, activity, recorded_at) VALUES "
      + "(1000, \(uid), \(patient), \(day), \(time), \(score), \(location), \(side), \(activity), '2024-11-20T10:00:00+0000')"
  }

  static func treatment(
    kind: String = "'cortisone'", name: String = "NULL", level: String = "NULL", approach: String = "NULL",
    target: String = "NULL", guidance: String = "NULL", round: String = "NULL"
  ) -> String {
    "INSERT INTO treatment (id, uid, patient_id, day, kind, name, level, approach, target, guidance, round, recorded_at)"
      + " VALUES (1000, \(uid), 1, '2024-11-20', \(kind), \(name), \(level), \(approach), \(target), \(guidance),"
      + " \(round), '2024-11-20T10:00:00+0000')"
  }

  static func symptom(
    kind: String = "'catching'", count: String = "NULL", severity: String = "NULL", point: String = "NULL"
  ) -> String {
    "INSERT INTO symptom (id, uid, patient_id, day, kind, count, severity, point, recorded_at) VALUES "
      + "(1000, \(uid), 1, '2024-11-20', \(kind), \(count), \(severity), \(point), '2024-11-20T10:00:00+0000')"
  }

  static func aid(
    aid: String = "'two-crutches'", from: String = "'2024-02-01'", to: String = "NULL",
    weightBearing: String = "NULL"
  ) -> String {
    "INSERT INTO aid (id, uid, patient_id, aid, from_day, to_day, weight_bearing, recorded_at) VALUES "
      + "(1000, \(uid), 1, \(aid), \(from), \(to), \(weightBearing), '2024-11-20T10:00:00+0000')"
  }

  static let cases: [Case] = [
    // Controls: correct rows go in, so the refusals below are the constraints' doing.
    Case(name: "a correct pain row", table: "pain", sql: pain(), refusal: nil),
    Case(name: "a correct pain row with a time", table: "pain", sql: pain(time: "'23:59'"), refusal: nil),
    Case(name: "a leap day", table: "pain", sql: pain(day: "'2024-02-29'"), refusal: nil),
    Case(
      name: "a correct treatment row", table: "treatment",
      sql: treatment(target: "'hip-joint'", guidance: "'ct'"), refusal: nil),
    Case(
      name: "a named other treatment", table: "treatment",
      sql: treatment(kind: "'other'", name: "'acupuncture'"), refusal: nil),
    Case(
      name: "psoas release with a level", table: "treatment",
      sql: treatment(kind: "'psoas-release'", level: "'lesser-trochanter'"), refusal: nil),
    Case(
      name: "a correct trigger point row", table: "symptom",
      sql: symptom(kind: "'trigger-point'", point: "'iliacus'"), refusal: nil),
    Case(
      name: "a period touching the stored one", table: "aid",
      sql: aid(from: "'2024-01-10'", to: "'2024-01-20'"), refusal: nil),
    Case(
      name: "another aid on the same days", table: "aid", sql: aid(aid: "'cane'", from: "'2024-01-05'"),
      refusal: nil),

    Case(name: "pain score 11", table: "pain", sql: pain(score: "11"), refusal: check),
    Case(name: "pain score -1", table: "pain", sql: pain(score: "-1"), refusal: check),
    Case(
      name: "pain score as text", table: "pain", sql: pain(score: "'high'"),
      refusal: "cannot store TEXT value in INTEGER column"),
    Case(
      name: "pain score 5.5", table: "pain", sql: pain(score: "5.5"),
      refusal: "cannot store REAL value in INTEGER column"),
    Case(
      name: "pain without a score", table: "pain", sql: pain(score: "NULL"),
      refusal: "NOT NULL constraint failed"),
    Case(name: "day 2023-02-30", table: "pain", sql: pain(day: "'2023-02-30'"), refusal: check),
    Case(name: "day 2023-02-29", table: "pain", sql: pain(day: "'2023-02-29'"), refusal: check),
    Case(name: "day 2024-13-01", table: "pain", sql: pain(day: "'2024-13-01'"), refusal: check),
    Case(name: "day 2024-1-5", table: "pain", sql: pain(day: "'2024-1-5'"), refusal: check),
    Case(name: "day with a time", table: "pain", sql: pain(day: "'2024-01-05 10:00'"), refusal: check),
    Case(name: "day that is not a date", table: "pain", sql: pain(day: "'yesterday'"), refusal: check),
    Case(name: "time 25:00", table: "pain", sql: pain(time: "'25:00'"), refusal: check),
    Case(name: "time 24:00", table: "pain", sql: pain(time: "'24:00'"), refusal: check),
    Case(name: "time 08:60", table: "pain", sql: pain(time: "'08:60'"), refusal: check),
    Case(name: "time 8:30", table: "pain", sql: pain(time: "'8:30'"), refusal: check),
    Case(name: "unknown location", table: "pain", sql: pain(location: "'elbow'"), refusal: check),
    Case(name: "unknown side", table: "pain", sql: pain(side: "'middle'"), refusal: check),
    Case(name: "unknown activity", table: "pain", sql: pain(activity: "'dancing'"), refusal: check),
    Case(name: "short uid", table: "pain", sql: pain(uid: "'abc'"), refusal: check),

    Case(
      name: "unknown treatment kind", table: "treatment", sql: treatment(kind: "'surgery'"), refusal: check),
    Case(
      name: "level on cortisone", table: "treatment", sql: treatment(level: "'central-compartment'"),
      refusal: check),
    Case(
      name: "unknown level", table: "treatment", sql: treatment(kind: "'psoas-release'", level: "'knee'"),
      refusal: check),
    Case(
      name: "approach on cortisone", table: "treatment", sql: treatment(approach: "'open'"), refusal: check),
    Case(
      name: "target on physiotherapy", table: "treatment",
      sql: treatment(kind: "'physiotherapy'", target: "'hip-joint'"), refusal: check),
    Case(
      name: "guidance on a surgery", table: "treatment", sql: treatment(kind: "'revision'", guidance: "'ct'"),
      refusal: check),
    Case(name: "unknown guidance", table: "treatment", sql: treatment(guidance: "'mri'"), refusal: check),
    Case(
      name: "other with an empty name", table: "treatment", sql: treatment(kind: "'other'", name: "''"),
      refusal: check),
    Case(name: "other without a name", table: "treatment", sql: treatment(kind: "'other'"), refusal: check),
    Case(name: "round 0", table: "treatment", sql: treatment(round: "0"), refusal: check),

    Case(name: "unknown symptom", table: "symptom", sql: symptom(kind: "'itching'"), refusal: check),
    Case(name: "severity 11", table: "symptom", sql: symptom(severity: "11"), refusal: check),
    Case(name: "severity -1", table: "symptom", sql: symptom(severity: "-1"), refusal: check),
    Case(name: "count -1", table: "symptom", sql: symptom(count: "-1"), refusal: check),
    Case(
      name: "trigger point without the point", table: "symptom", sql: symptom(kind: "'trigger-point'"),
      refusal: check),
    Case(name: "point on catching", table: "symptom", sql: symptom(point: "'iliacus'"), refusal: check),
    Case(
      name: "unknown point", table: "symptom", sql: symptom(kind: "'trigger-point'", point: "'knee'"),
      refusal: check),

    Case(name: "unknown aid", table: "aid", sql: aid(aid: "'skateboard'"), refusal: check),
    Case(name: "unknown weight bearing", table: "aid", sql: aid(weightBearing: "'half'"), refusal: check),
    Case(
      name: "period ending before it starts", table: "aid",
      sql: aid(from: "'2024-02-10'", to: "'2024-02-01'"), refusal: check),
    Case(
      name: "period starting 2023-02-30", table: "aid", sql: aid(from: "'2023-02-30'", to: "'2023-03-05'"),
      refusal: check),
    Case(
      name: "period overlapping the stored one", table: "aid",
      sql: aid(from: "'2024-01-05'", to: "'2024-01-20'"), refusal: overlap),
    Case(
      name: "open period overlapping the stored one", table: "aid", sql: aid(from: "'2023-12-01'"),
      refusal: overlap),
    Case(
      name: "period inside the stored one", table: "aid", sql: aid(from: "'2024-01-03'", to: "'2024-01-04'"),
      refusal: overlap),
    Case(
      name: "zero-length period on its first day", table: "aid",
      sql: aid(from: "'2024-01-01'", to: "'2024-01-01'"), refusal: overlap),
  ]

  /// A database with the default patient (number 1) and a two-crutches period 2024-01-01..2024-01-10.
  func prepare(_ directory: TemporaryDirectory) throws -> String {
    let store = try Sample.store(in: directory)
    let patient = try store.defaultPatient()
    #expect(patient.id == 1)
    try store.add(Sample.aid(.twoCrutches, "2024-01-01", "2024-01-10"), for: patient, today: Sample.today)
    return store.path
  }

  @Test(arguments: cases)
  func rawInsert(_ check: Case) throws {
    try TemporaryDirectory.with { directory in
      let path = try prepare(directory)
      let before = try SQLiteShell.value(path, "SELECT count(*) FROM \(check.table)")
      let result = try SQLiteShell.run(path, check.sql)
      let after = try SQLiteShell.value(path, "SELECT count(*) FROM \(check.table)")
      if let refusal = check.refusal {
        #expect(result.status != 0, "SQLite accepted: \(check.sql)")
        #expect(result.error.contains(refusal), "\(result.error)")
        #expect(after == before)
      } else {
        #expect(result.succeeded, "\(result.error)")
        #expect(Int(after) == (Int(before) ?? -1) + 1)
      }
    }
  }

  @Test func foreignKeysRefuseAnUnknownPatient() throws {
    try TemporaryDirectory.with { directory in
      let path = try prepare(directory)
      let result = try SQLiteShell.run(path, "PRAGMA foreign_keys = ON; " + Self.pain(patient: "999"))
      #expect(result.status != 0)
      #expect(result.error.contains("FOREIGN KEY constraint failed"))
      #expect(try SQLiteShell.value(path, "SELECT count(*) FROM pain") == "0")
    }
  }

  @Test func everyTableIsStrict() throws {
    try TemporaryDirectory.with { directory in
      let path = try prepare(directory)
      let tables = try SQLiteShell.run(
        path, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1 ORDER BY name")
      #expect(tables.succeeded)
      let strict = Set(tables.output.split(separator: "\n").map(String.init))
      #expect(strict.isSuperset(of: ["patient", "treatment", "pain", "symptom", "aid"]))
    }
  }

  @Test func perPatientPerDayIndexesExist() throws {
    try TemporaryDirectory.with { directory in
      let path = try prepare(directory)
      for (table, dayColumn) in [
        ("treatment", "day"), ("pain", "day"), ("symptom", "day"), ("aid", "from_day"),
      ] {
        let plan = try SQLiteShell.run(
          path,
          "EXPLAIN QUERY PLAN SELECT * FROM \(table) WHERE patient_id = 1 AND \(dayColumn) >= '2024-01-01'")
        #expect(plan.succeeded)
        #expect(plan.output.contains("USING INDEX"), "\(table): \(plan.output)")
      }
    }
  }
}
