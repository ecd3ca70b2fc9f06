import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Every patient's history read on several connections at once comes out whole, in the order asked
/// for, as reading one at a time gives it, and the first unreadable patient stops the walk.
struct ForEachHistoryTests {
  /// A database of `count` patients, patient `n` with `n + 1` pain entries and, for every third, a
  /// symptom too.
  static func store(in directory: TemporaryDirectory, patients count: Int) throws -> RecoveryStore {
    let store = try RecoveryStore(path: directory.file("clinic.sqlite"))
    for number in 0..<count {
      let patient = try store.patientCreatingIfNeeded(named: "patient-\(number)")
      for day in 0...number {
        let pain = PainEntry(day: Sample.today.adding(days: -day), score: (number + day) % 11, side: .right)
        try store.add(.pain(pain), for: patient, today: Sample.today)
      }
      if number % 3 == 0 {
        let symptom = SymptomEntry(day: Sample.today, kind: .catching, count: number + 1)
        try store.add(.symptom(symptom), for: patient, today: Sample.today)
      }
    }
    return store
  }

  @Test(arguments: [(1, 8), (2, 1), (2, 3), (3, 2), (4, 8)])
  func givesEveryHistoryInOrderAsReadingOneAtATimeDoes(readers: Int, batch: Int) throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(in: directory, patients: 11)
      // Asked for out of the database's order, so an order that came from it would show.
      let patients = try store.patients().reversed() as [Patient]
      var seen: [(Patient, History)] = []
      try store.forEachHistory(of: patients, readers: readers, batch: batch) { patient, history in
        seen.append((patient, history))
      }
      #expect(seen.map(\.0) == patients)
      for (patient, history) in seen {
        #expect(history == (try store.history(for: patient)))
      }
      #expect(seen.map(\.1.pain.count) == patients.map { Int($0.name.dropFirst(8))! + 1 })
    }
  }

  @Test func theFirstUnreadablePatientInOrderStopsTheWalk() throws {
    try TemporaryDirectory.with { directory in
      let store = try Self.store(in: directory, patients: 9)
      let patients = try store.patients()
      // Patients 4 and 7 each get an unreadable pain entry.
      let broken = [patients[4], patients[7]]
      for patient in broken {
        let result = try SQLiteShell.run(
          store.path,
          "PRAGMA ignore_check_constraints = 1; UPDATE pain SET side = 'middle' WHERE patient_id = \(patient.id)"
        )
        try #require(result.succeeded, "\(result.error)")
      }
      var handed: [Patient] = []
      #expect {
        try store.forEachHistory(of: patients, readers: 3, batch: 2) { patient, _ in handed.append(patient) }
      } throws: { error in
        guard case .unreadableEntry(_, let table, _, let column, _) = error as? StoreError else {
          return false
        }
        return table == "pain" && column == "side"
      }
      #expect(handed == Array(patients[..<4]))
    }
  }

  @Test func anErrorFromTheCallerStopsTheWalkToo() throws {
    struct Enough: Error {}
    try TemporaryDirectory.with { directory in
      let store = try Self.store(in: directory, patients: 6)
      var handed = 0
      #expect(throws: Enough.self) {
        try store.forEachHistory(of: try store.patients(), readers: 2, batch: 1) { _, _ in
          handed += 1
          if handed == 3 { throw Enough() }
        }
      }
      #expect(handed == 3)
    }
  }
}
