import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// One store shared by many tasks at once, on a real file.
struct SharedStoreTests {
  @Test func manyTasksAddAndReadThroughOneStore() async throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let tasks = 24
    let perTask = 5
    let batch = 10

    let added = try await withThrowingTaskGroup(of: [DiaryEntry].self) { group in
      for task in 0..<tasks {
        group.addTask {
          // Each task has a patient of its own as well as the shared default one.
          let own = try store.patientCreatingIfNeeded(named: "patient \(task)")
          let me = try store.defaultPatient()
          var stored: [DiaryEntry] = []
          for index in 0..<perTask {
            let day = TestCalendar.day("2024-01-01").adding(days: task * perTask + index)
            stored.append(
              try store.add(
                .pain(PainEntry(day: day, score: index, note: "task \(task)")), for: me, today: Sample.today)
            )
            _ = try store.entries(for: me)
            _ = try store.history(id: stored.last!.id!, for: me)
          }
          if task % 6 == 0 {
            let entries = (0..<batch).map { index in
              DiaryEntry.symptom(
                SymptomEntry(day: TestCalendar.day("2024-06-01").adding(days: index), kind: .catching))
            }
            try store.add(contentsOf: entries, for: own, today: Sample.today) { stored.append($0) }
          }
          return stored
        }
      }
      var all: [DiaryEntry] = []
      for try await stored in group { all += stored }
      return all
    }

    let expectedCount = tasks * perTask + (tasks + 5) / 6 * batch
    #expect(added.count == expectedCount)
    let ids = added.compactMap(\.id)
    #expect(Set(ids) == Set(1...expectedCount))
    var stored = try store.entries(for: try store.defaultPatient())
    for patient in try store.patients() where patient.name != Patient.defaultName {
      stored += try store.entries(for: patient)
    }
    #expect(stored.count == expectedCount)
    #expect(Set(stored.map(\.uid)) == Set(added.map(\.uid)))
    #expect(
      Dictionary(uniqueKeysWithValues: stored.map { ($0.id!, $0) })
        == Dictionary(uniqueKeysWithValues: added.map { ($0.id!, $0) }))
    #expect(try store.patients().count == tasks + 1)
    #expect(try store.check().isEmpty)
  }
}
