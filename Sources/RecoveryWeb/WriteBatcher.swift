import RecoveryExchange
import RecoveryModel
import RecoveryStore
import Synchronization

/// Stores the entries that requests add while a write is running together, in one transaction: a
/// group commit.
///
/// Every write of the store waits for its `fsync`; one transaction per request would make 50 clients
/// posting at once wait in a line of 50 `fsync`s. Here the first request starts a drain on the
/// store's queue; the requests that arrive meanwhile wait for the next drain, which stores them all
/// with one import (one transaction, one `fsync`). A request is answered only after its transaction
/// committed. When the batch has a problem (a bad entry, a uid with other content), nothing of it
/// was written, and its entries are stored one by one instead, so each request gets its own answer.
final class WriteBatcher: Sendable {
  private struct Pending: Sendable {
    let entry: ImportedEntry
    let patient: PatientChoice
    let continuation: CheckedContinuation<EntryIntake.Outcome, any Error>
  }

  private struct State: Sendable {
    var pending: [Pending] = []
    var draining = false
  }

  private let store: RecoveryStore
  private let services: WebServices
  private let state = Mutex(State())

  init(store: RecoveryStore, services: WebServices) {
    self.store = store
    self.services = services
  }

  /// Adds `entry` to the chosen patient's diary with the next batch and returns what became of it.
  /// The patient is looked up in the batch's turn on the store's queue, so a request waits there once.
  func add(_ entry: ImportedEntry, for patient: PatientChoice) async throws -> EntryIntake.Outcome {
    try await withCheckedThrowingContinuation { continuation in
      let starts = state.withLock { state in
        state.pending.append(Pending(entry: entry, patient: patient, continuation: continuation))
        if state.draining { return false }
        state.draining = true
        return true
      }
      if starts {
        Task { try? await store.perform { store in self.drain(store) } }
      }
    }
  }

  /// Stores what is pending, batch after batch, until nothing is.
  private func drain(_ store: RecoveryStore) {
    while true {
      let batch = state.withLock { state in
        let batch = state.pending
        state.pending = []
        if batch.isEmpty { state.draining = false }
        return batch
      }
      if batch.isEmpty { return }
      var groups: [(patient: Patient, pending: [Pending])] = []
      // Most requests of a batch name the same patient: each choice is looked up once.
      var resolved: [PatientChoice: Result<Patient, any Error>] = [:]
      for pending in batch {
        do {
          let found = resolved[pending.patient] ?? resolvedChoice(pending.patient, in: store)
          resolved[pending.patient] = found
          let patient = try found.get()
          if let index = groups.firstIndex(where: { $0.patient.id == patient.id }) {
            groups[index].pending.append(pending)
          } else {
            groups.append((patient, [pending]))
          }
        } catch {
          pending.continuation.resume(throwing: error)
        }
      }
      for group in groups {
        write(group.pending, for: group.patient, in: store)
      }
    }
  }

  /// The patient a choice names, or the error saying why there is none.
  private func resolvedChoice(_ choice: PatientChoice, in store: RecoveryStore) -> Result<Patient, any Error>
  {
    Result { try choice.resolve(in: store, services: services) }
  }

  /// Stores one patient's pending entries in one import, or one by one after a problem.
  private func write(_ group: [Pending], for patient: Patient, in store: RecoveryStore) {
    do {
      if group.count > 1 {
        let uids = group.map(\.entry.entry.uid)
        let existed = try store.readingOneSnapshot { snapshot in
          try uids.map { try snapshot.entry(uid: $0, for: patient) != nil }
        }
        let items = group.enumerated().map { ReadItem.entry($0.element.entry, line: $0.offset + 1) }
        let report = try store.importEntries(
          read: items, options: ImportOptions(patient: patient.name, fallbackPatient: patient.name))
        if report.summary.committed {
          let stored = try store.readingOneSnapshot { snapshot in
            try uids.map { try snapshot.entry(uid: $0, for: patient) }
          }
          for ((pending, wasThere), entry) in zip(zip(group, existed), stored) {
            pending.continuation.resume(
              with: Result {
                guard let entry else {
                  throw WebError(
                    .conflict, "The entry's uid belongs to an entry that is removed or another patient's.")
                }
                return wasThere ? .unchanged(entry, patient) : .added(entry, patient)
              })
          }
          return
        }
      }
      for pending in group {
        pending.continuation.resume(
          with: Result {
            try EntryIntake.importOne(pending.entry, for: patient, store: store, services: services)
          })
      }
    } catch {
      for pending in group { pending.continuation.resume(throwing: error) }
    }
  }
}
