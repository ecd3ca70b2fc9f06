import Foundation
import RecoveryModel

/// Patients and their histories written straight into a database the tool created, with the sqlite3
/// shell: a cohort of many patients in one statement instead of thousands of `recovery` runs.
package enum CohortStore {
  /// One patient of a cohort.
  package struct Patient: Sendable {
    package var name: String
    /// The uid, 36 lowercase characters.
    package var uid: String
    package var history: History

    package init(name: String, uid: String, history: History) {
      self.name = name
      self.uid = uid
      self.history = history
    }
  }

  /// Makes the tool's database at `tool.database` hold exactly `patients` (the default patient the tool
  /// creates is replaced) and their entries, numbered in order.
  package static func write(_ patients: [Patient], with tool: RecoveryTool) throws {
    try tool.succeed(["pain", "0", "--on", "2000-01-01"])
    // Through a file: the SQL of a large cohort is longer than a command line may be.
    let script = tool.path("cohort.sql")
    try Data(sql(patients).utf8).write(to: URL(fileURLWithPath: script))
    try SQLiteShell.output(tool.database, ".read '\(script)'")
  }

  /// The SQL that replaces every patient and entry with `patients`.
  package static func sql(_ patients: [Patient]) -> String {
    var sql = "PRAGMA foreign_keys = ON; BEGIN; DELETE FROM change; DELETE FROM pain; DELETE FROM patient;\n"
    var id = 0
    let recorded = quoted("2024-01-01T00:00:00+0000")
    for (index, patient) in patients.enumerated() {
      let patientID = index + 1
      sql += "INSERT INTO patient (id, uid, name, created_at) VALUES"
      sql += " (\(patientID), \(quoted(patient.uid)), \(quoted(patient.name)), \(recorded));\n"
      for treatment in patient.history.treatments {
        id += 1
        let values = [
          "\(id)", quoted(uid(id)), "\(patientID)", quoted(treatment.day.description),
          quoted(treatment.kind.rawValue),
          quoted(treatment.name), quoted(treatment.side?.rawValue), quoted(treatment.level?.rawValue),
          quoted(treatment.target?.rawValue), quoted(treatment.agent),
          treatment.round.map(String.init) ?? "NULL",
          quoted(treatment.provider), quoted(treatment.finding), quoted(treatment.note), recorded,
        ]
        sql +=
          "INSERT INTO treatment (id, uid, patient_id, day, kind, name, side, level, target, agent, round,"
        sql += " provider, finding, note, recorded_at) VALUES (\(values.joined(separator: ", ")));\n"
      }
      for pain in patient.history.pain {
        id += 1
        let values = [
          "\(id)", quoted(uid(id)), "\(patientID)", quoted(pain.day.description), "\(pain.score)",
          quoted(pain.location?.rawValue), quoted(pain.side?.rawValue), quoted(pain.note), recorded,
        ]
        sql += "INSERT INTO pain (id, uid, patient_id, day, score, location, side, note, recorded_at)"
        sql += " VALUES (\(values.joined(separator: ", ")));\n"
      }
      for symptom in patient.history.symptoms {
        id += 1
        let values = [
          "\(id)", quoted(uid(id)), "\(patientID)", quoted(symptom.day.description),
          quoted(symptom.kind.rawValue),
          symptom.count.map(String.init) ?? "NULL", quoted(symptom.point?.rawValue), quoted(symptom.note),
          recorded,
        ]
        sql += "INSERT INTO symptom (id, uid, patient_id, day, kind, count, point, note, recorded_at)"
        sql += " VALUES (\(values.joined(separator: ", ")));\n"
      }
      for aid in patient.history.aids {
        id += 1
        let values = [
          "\(id)", quoted(uid(id)), "\(patientID)", quoted(aid.aid.rawValue), quoted(aid.from.description),
          quoted(aid.to?.description), quoted(aid.note), recorded,
        ]
        sql += "INSERT INTO aid (id, uid, patient_id, aid, from_day, to_day, note, recorded_at)"
        sql += " VALUES (\(values.joined(separator: ", ")));\n"
      }
      for score in patient.history.scores {
        id += 1
        let values = [
          "\(id)", quoted(uid(id)), "\(patientID)", quoted(score.day.description),
          quoted(score.instrument.rawValue), quoted(score.answers.map(ScoreEntry.answersText)),
          score.raw.map(String.init) ?? "NULL", "\(score.score)", quoted(score.side?.rawValue),
          quoted(score.note), recorded,
        ]
        sql += "INSERT INTO score (id, uid, patient_id, day, instrument, answers, raw, score, side, note,"
        sql += " recorded_at) VALUES (\(values.joined(separator: ", ")));\n"
      }
    }
    return sql + "COMMIT;\n"
  }

  /// A deterministic version-4 uid for entry `id`.
  static func uid(_ id: Int) -> String {
    String(format: "00000000-0000-4000-8000-%012x", id)
  }

  /// A uid for patient number `number`, deterministic, so pseudonyms are too.
  package static func patientUID(_ number: Int) -> String {
    String(format: "%08x-1111-4111-8111-000000000000", number)
  }

  /// A single-quoted SQL string, or NULL.
  static func quoted(_ text: String?) -> String {
    guard let text else { return "NULL" }
    return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
