// recovery-crash-helper pain-insert N DB
//
// Stores N pain entries in DB (created when missing) through RecoveryStore's batch API, in one
// transaction, and prints how many it stored. The crash-safety tests kill it with SIGKILL at random
// moments of that write and then check what the database holds.
//
// recovery-crash-helper reenter DB
//
// Stores one pain entry, then calls the store again from inside the closure of an edit of it: a
// programming error the store traps. The test expects this process to die with the store's message.

import RecoveryModel
import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes `text` to standard error and exits with status 1, or 2 for a usage error.
func fail(_ text: String, status: Int32 = 1) -> Never {
  var line = "recovery-crash-helper: \(text)\n"
  line.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
  exit(status)
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count == 2, arguments[0] == "reenter" {
  do {
    let store = try RecoveryStore(path: arguments[1])
    let patient = try store.defaultPatient()
    let day = CalendarDay(year: 2024, month: 11, day: 20)!
    let saved = try store.add(.pain(PainEntry(day: day, score: 4)), for: patient, today: day)
    // Written at once (not buffered as print's output is), since the process is about to trap.
    var line = "stored #\(saved.id ?? 0)\n"
    line.withUTF8 { bytes in _ = write(1, bytes.baseAddress, bytes.count) }
    _ = try store.edit(id: saved.id ?? 0, for: patient, today: day) { entry in
      print("entries seen from inside the edit: \(try store.entries(for: patient).count)")
    }
    fail("the re-entrant call returned")
  } catch {
    fail("\(error)")
  }
}
guard arguments.count == 3, arguments[0] == "pain-insert", let count = Int(arguments[1]), count >= 0 else {
  fail("usage: recovery-crash-helper pain-insert N DB", status: 2)
}
do {
  let store = try RecoveryStore(path: arguments[2])
  let patient = try store.defaultPatient()
  let day = CalendarDay(year: 2024, month: 11, day: 20)!
  // Lazy: each entry exists only while it is being stored, as in a large import.
  let entries = (0..<count).lazy.map { index in
    DiaryEntry.pain(PainEntry(day: day, score: index % 11, note: "batch entry \(index)"))
  }
  let stored = try store.add(contentsOf: entries, for: patient)
  print("stored \(stored) pain entries")
} catch {
  fail("\(error)")
}
