import Dispatch
import RecoveryModel
import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RecoveryStore {
  /// Calls `body` with each of `patients`' histories (``history(for:)``), in the order given, reading
  /// them on up to `readers` threads, each with its own connection to the database.
  ///
  /// Patients are read a batch at a time (`readers` times `batch` patients) and handed to `body` on
  /// the calling thread, in order, before the next batch is read: memory holds one batch of
  /// histories, however many patients there are. Each history is read in its own read transaction,
  /// as ``history(for:)`` reads it. With one reader, or one patient, nothing runs on another thread.
  ///
  /// - Throws: the first error in patient order, from reading a history or from `body`; the patients
  ///   after it are not handed to `body`.
  public func forEachHistory(
    of patients: [Patient], readers: Int = RecoveryStore.defaultReaders, batch: Int = 8,
    _ body: (Patient, History) throws -> Void
  ) throws {
    let readers = max(1, min(readers, patients.count))
    guard readers > 1 else {
      for patient in patients { try body(patient, try history(for: patient)) }
      return
    }
    // Every other reader has a connection of its own: one connection serves one thread at a time.
    // Each reads every page of its patients once, so SQLite's default page cache is enough for it:
    // the store's usual cache, of up to 64 MiB, would only hold pages that are not read again.
    let stores =
      [self]
      + (try (1..<readers).map { _ in
        let reader = try RecoveryStore(path: path, busyTimeoutSeconds: busyTimeoutSeconds)
        try reader.connection.execute("PRAGMA cache_size = -2000")
        return reader
      })
    let size = readers * max(1, batch)
    var start = 0
    while start < patients.count {
      let slice = Array(patients[start..<min(start + size, patients.count)])
      let results = Mutex<[Result<History, any Error>?]>(Array(repeating: nil, count: slice.count))
      DispatchQueue.concurrentPerform(iterations: readers) { reader in
        for index in stride(from: reader, to: slice.count, by: readers) {
          let result = Result { try stores[reader].history(for: slice[index]) }
          results.withLock { $0[index] = result }
        }
      }
      let read = results.withLock { $0 }
      for (patient, result) in zip(slice, read) {
        // Every index was filled by the reader whose stride reaches it.
        try body(patient, try result!.get())
      }
      start += slice.count
    }
  }

  /// The readers ``forEachHistory(of:readers:batch:_:)`` uses unless told otherwise: one per
  /// processor, at most four.
  public static var defaultReaders: Int {
    min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))
  }
}
