import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RecoveryStore {
  /// Runs SQLite's integrity and foreign-key checks and the model's own invariants over every entry of
  /// every patient, removed ones included.
  ///
  /// Invariants: entry ids unique across all entry tables, every field within the model's rules
  /// (scores 0-10, known words, real dates), no overlapping periods of the same aid, every target
  /// counting from one of the patient's surgeries, that surgery not removed while the target is not,
  /// and not followed soon by a surgery on the other side it may be meant for
  /// (`TargetAnchor.otherSide(of:surgery:among:)` in RecoveryModel), and every entry covered by a recorded addition
  /// in its history.
  /// - Returns: the problems found; empty for a healthy database.
  public func check() throws -> [CheckProblem] {
    try translatingErrors {
      try connection.readTransaction {
        var problems: [CheckProblem] = []
        let integrity = try connection.cached("PRAGMA integrity_check").rows { $0.text(0) }
        if integrity != ["ok"] {
          problems += integrity.map { CheckProblem(entryID: nil, message: "SQLite integrity check: \($0)") }
        }
        problems += try connection.cached("PRAGMA foreign_key_check").rows { row in
          CheckProblem(
            entryID: row.optionalInt(1),
            message: "entry in table \(row.text(0)) refers to a missing \(row.text(2)) row")
        }
        let union = EntryType.allCases.map { "SELECT id FROM \($0.table)" }.joined(separator: " UNION ALL ")
        problems += try connection.cached("SELECT id FROM (\(union)) GROUP BY id HAVING count(*) > 1").rows {
          row in
          CheckProblem(entryID: row.int(0), message: "this entry id is used by more than one entry")
        }
        for type in EntryType.allCases {
          problems += try connection.cached(
            """
            SELECT id FROM \(type.table) AS entry WHERE NOT EXISTS (
              SELECT 1 FROM change WHERE action = 'add' AND first_id <= entry.id AND last_id >= entry.id)
            """
          ).rows {
            CheckProblem(entryID: $0.int(0), message: "the entry has no recorded addition in its history")
          }
        }
        for patient in try loadPatients() {
          problems += try checkEntries(of: patient)
        }
        problems += try duplicateSurgeryProblems()
        return problems.sorted { ($0.entryID ?? 0, $0.message) < ($1.entryID ?? 0, $1.message) }
      }
    }
  }

  /// Reads every entry back through the model, row by row, so one bad row does not hide the others.
  private func checkEntries(of patient: Patient) throws -> [CheckProblem] {
    var problems: [CheckProblem] = []
    var periods: [AidPeriod] = []
    var surgeries: [UUID: Treatment] = [:]
    var targets: [MilestoneTarget] = []
    let removed = try loadRemovedEntryIDs(for: patient)
    for type in EntryType.allCases {
      let rows = try connection.cached(
        "SELECT \(type.selectList) FROM \(type.table) WHERE patient_id = ? ORDER BY id"
      ).rows([.integer(patient.id)]) { row -> (DiaryEntry?, CheckProblem?) in
        do {
          return (try DiaryEntry(type: type, row: row), nil)
        } catch {
          return (
            nil, CheckProblem(entryID: row.int(0), message: "unreadable \(type.rawValue) entry: \(error)")
          )
        }
      }
      for (record, problem) in rows {
        if let problem { problems.append(problem) }
        if let record {
          do {
            // The future-date rule depends on the day of entry, not on the day of the check.
            try record.validate(today: nil)
          } catch {
            problems.append(CheckProblem(entryID: record.id, message: "\(error)"))
          }
          if case .aid(let period) = record, !removed.contains(period.id!) { periods.append(period) }
          if case .treatment(let treatment) = record, treatment.category == .surgery {
            surgeries[treatment.uid] = treatment
          }
          if case .target(let target) = record, !removed.contains(target.id!) { targets.append(target) }
        }
      }
    }
    let current = surgeries.values.filter { !removed.contains($0.id!) }
    func named(_ surgery: Treatment) -> String {
      "#\(surgery.id!) (\(surgery.label.replacing("\n", with: " "))"
        + (surgery.side.map { $0 == .both ? ", both sides" : ", \($0.rawValue)" } ?? "") + ", \(surgery.day))"
    }
    for target in targets {
      guard let surgery = surgeries[target.surgery] else {
        problems.append(
          CheckProblem(
            entryID: target.id,
            message:
              "this target counts from \(target.surgery.uuidString.lowercased()), which is not a surgery of"
              + " patient \"\(patient.name)\""))
        continue
      }
      if removed.contains(surgery.id!) {
        problems.append(
          CheckProblem(
            entryID: target.id,
            message: "this target counts from surgery \(named(surgery)), which was removed"))
      } else if let other = TargetAnchor.otherSide(of: target, surgery: surgery, among: current) {
        problems.append(
          CheckProblem(
            entryID: target.id,
            message:
              "this target counts from surgery \(named(surgery)), but surgery \(named(other)) on the other side"
              + " followed it; the target may be meant for that one"))
      }
    }
    for (index, period) in periods.enumerated() {
      for other in periods[(index + 1)...] where other.aid == period.aid && other.overlaps(period) {
        problems.append(
          CheckProblem(
            entryID: other.id,
            message: "this \(other.aid.label) period overlaps #\(period.id!) of patient \"\(patient.name)\"")
        )
      }
    }
    return problems
  }
}
