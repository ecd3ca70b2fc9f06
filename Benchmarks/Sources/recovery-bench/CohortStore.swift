import RecoveryModel
import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A clinic's store for the cohort benchmark: many ``CohortPatient``s, written through the store's
/// batch API one patient at a time (one transaction each), so the store checks every entry as it
/// would a patient's own.
enum CohortStore {
  /// Creates the store at `path` with `patients` patients of `days` days each, and prints how many
  /// entries it holds and how long that took.
  static func make(path: String, patients: Int, days: Int) throws {
    guard access(path, F_OK) != 0 else { fail("\(path) exists; the cohort store is made from scratch") }
    guard (1...CohortPatient.maximumDays).contains(days) else {
      fail("--days must be 1 to \(CohortPatient.maximumDays), so every entry is before \(CohortPatient.asOf)")
    }
    let started = monotonicSeconds()
    let store = try RecoveryStore(path: path)
    var total = 0
    for number in 1...patients {
      let patient = CohortPatient(number: number, days: days)
      let owner = try store.patientCreatingIfNeeded(named: patient.name)
      total += try store.add(contentsOf: patient.entries(), for: owner, today: CohortPatient.asOf)
    }
    let seconds = monotonicSeconds() - started
    print("stored \(total) entries for \(patients) patients in \(Int(seconds.rounded())) s")
  }

  /// Seconds on the monotonic clock.
  static func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }
}
