// recovery-bench: the workloads behind Benchmarks/run.sh and Benchmarks/report-bench.sh.
//
//   recovery-bench schema DB           creates a store with the schema only, no patient, at DB
//   recovery-bench init DB             creates an empty diary (schema and default patient) at DB
//   recovery-bench pain-csv N FILE     writes N deterministic pain rows as CSV, in `pain`'s column order
//   recovery-bench pain-insert N DB    stores the same N rows through RecoveryStore's batch API
//   recovery-bench cohort-store DB --patients N [--days D]
//                                      a clinic's store: N synthetic patients of D days (730) each
//   recovery-bench pain-import-csv N FILE  writes the same N rows as `recovery import` reads them, without uids
//
// `pain-csv` and `pain-insert` draw their rows from one seeded generator, so the sqlite3 baseline imports
// exactly the rows the store writes; run.sh checks that the two databases end up equal. The arguments are
// parsed by hand: ArgumentParser would only add start-up work to the process being timed.

import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SplitMix64, kept here rather than borrowed from RecoveryModel so that the benchmark's rows never change
/// when the demo data's generator does.
struct BenchRandom {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A number in `0..<bound`; the remainder's bias is irrelevant for benchmark data.
  mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }
}

/// One generated pain entry, before it becomes a `PainEntry` or a CSV line.
struct PainRow {
  let number: Int
  /// The UUID's 128 bits, version 4 and variant bits already set.
  let uidHigh: UInt64
  let uidLow: UInt64
  let day: CalendarDay
  let time: TimeOfDay
  let score: Int
  let location: BodyLocation
  let side: Side
  let activity: Activity
  let note: String?

  var uid: UUID {
    let h = uidHigh
    let l = uidLow
    func byte(_ word: UInt64, _ index: UInt64) -> UInt8 {
      UInt8(truncatingIfNeeded: word >> (56 - 8 * index))
    }
    return UUID(
      uuid: (
        byte(h, 0), byte(h, 1), byte(h, 2), byte(h, 3), byte(h, 4), byte(h, 5), byte(h, 6), byte(h, 7),
        byte(l, 0), byte(l, 1), byte(l, 2), byte(l, 3), byte(l, 4), byte(l, 5), byte(l, 6), byte(l, 7)
      ))
  }

  var entry: PainEntry {
    PainEntry(
      uid: uid, day: day, time: time, score: score, location: location, side: side, activity: activity,
      note: note)
  }
}

/// The benchmark's rows, produced one at a time so that a million of them never sit in memory.
///
/// Every field is filled except some notes: sqlite3's `.import` has no way to write NULL (an empty CSV
/// field becomes ''), and the CHECKs on time, location, side and activity refuse ''. A missing note is
/// NULL in the store and '' in the baseline; run.sh compares notes with `coalesce(note, '')`.
struct PainRows: Sequence, IteratorProtocol {
  /// 2019-01-01 to 2023-12-31: several years, all in the past whatever the date of the run, and
  /// independent of it, so the CSV and the insert agree even across midnight.
  static let firstDay = CalendarDay(year: 2019, month: 1, day: 1)!
  static let dayCount = CalendarDay(year: 2023, month: 12, day: 31)!.days(since: firstDay) + 1
  /// Some notes need CSV quoting (a comma, a double quote), so the baseline's parser does real work.
  static let notes = [
    "after physio", "woke at 3am, sore", "\"sharp\" on the stairs", "better after ice",
    "long drive, 2 h", "worse after the 5 km walk",
  ]

  let count: Int
  private var produced = 0
  private var random = BenchRandom(seed: 0x5243_5659)

  init(count: Int) {
    self.count = count
  }

  mutating func next() -> PainRow? {
    guard produced < count else { return nil }
    produced += 1
    let high = (random.next() & ~0xF000) | 0x4000
    let low = (random.next() & ~(0xC000 << 48)) | (0x8000 << 48)
    let day = Self.firstDay.adding(days: random.below(Self.dayCount))
    let time = TimeOfDay(hour: 6 + random.below(17), minute: random.below(60))!
    let score = random.below(11)
    let location = BodyLocation.allCases[random.below(BodyLocation.allCases.count)]
    let side = Side.allCases[random.below(Side.allCases.count)]
    let activity = Activity.allCases[random.below(Activity.allCases.count)]
    let note = random.below(8) == 0 ? Self.notes[random.below(Self.notes.count)] : nil
    return PainRow(
      number: produced, uidHigh: high, uidLow: low, day: day, time: time, score: score, location: location,
      side: side, activity: activity, note: note)
  }
}

/// Writes bytes through a 1 MiB buffer; the CSV is not timed, but a million tiny writes would still
/// make preparing a run tedious.
struct BufferedFile {
  private let file: UnsafeMutablePointer<FILE>
  private var buffer: [UInt8] = []

  init(path: String) {
    guard let file = fopen(path, "w") else {
      fail("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    self.file = file
    buffer.reserveCapacity(1 << 20)
  }

  mutating func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { flush() }
  }

  mutating func write(byte: UInt8) {
    buffer.append(byte)
  }

  mutating func flush() {
    if fwrite(buffer, 1, buffer.count, file) != buffer.count { fail("write failed") }
    buffer.removeAll(keepingCapacity: true)
  }

  mutating func close() {
    flush()
    if fclose(file) != 0 { fail("close failed") }
  }
}

/// The columns of `pain` in table order: `.import` into an existing table fills columns by position.
/// run.sh compares this header with `pragma_table_info('pain')` before importing.
let csvHeader = "id,uid,patient_id,day,time,score,location,side,activity,note,recorded_at,removed"
/// The default patient's number in a database made by `init`.
let patientNumber = 1
/// A fixed stand-in for the store's own timestamp, in the same format and length.
let csvRecordedAt = "2024-01-01T00:00:00+0000"

/// The UUID as lowercase 8-4-4-4-12 hex, as the store writes it (`uuidString.lowercased()`).
func uuidText(high: UInt64, low: UInt64) -> String {
  let digits = Array("0123456789abcdef".utf8)
  var bytes: [UInt8] = []
  bytes.reserveCapacity(36)
  for (word, shifts) in [(high, 0..<16), (low, 0..<16)] {
    for index in shifts {
      if bytes.count == 8 || bytes.count == 13 || bytes.count == 18 || bytes.count == 23 {
        bytes.append(UInt8(ascii: "-"))
      }
      bytes.append(digits[Int((word >> UInt64(60 - 4 * index)) & 0xF)])
    }
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
func csvField(_ text: String) -> String {
  guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 < 0x20 })
  else { return text }
  var quoted = "\""
  for character in text {
    quoted.append(character)
    if character == "\"" { quoted.append("\"") }
  }
  return quoted + "\""
}

func writeCSV(count: Int, path: String) {
  var file = BufferedFile(path: path)
  file.write(csvHeader + "\n")
  for row in PainRows(count: count) {
    let fields = [
      String(row.number), uuidText(high: row.uidHigh, low: row.uidLow), String(patientNumber),
      row.day.description, row.time.description, String(row.score), row.location.rawValue, row.side.rawValue,
      row.activity.rawValue, csvField(row.note ?? ""), csvRecordedAt, "0",
    ]
    file.write(fields.joined(separator: ","))
    file.write(byte: UInt8(ascii: "\n"))
  }
  file.close()
}

/// The columns of `import-bench.sh`'s CSV: a hand-made spreadsheet's, without ids or uids, so that the
/// import derives every uid.
let importCSVHeader = "type,date,time,score,location,side,activity,note"

/// Writes the same rows as `writeCSV` in the columns `recovery import` reads, without ids or uids.
func writeImportCSV(count: Int, path: String) {
  var file = BufferedFile(path: path)
  file.write(importCSVHeader + "\n")
  for row in PainRows(count: count) {
    let fields = [
      "pain", row.day.description, row.time.description, String(row.score), row.location.rawValue,
      row.side.rawValue, row.activity.rawValue, csvField(row.note ?? ""),
    ]
    file.write(fields.joined(separator: ","))
    file.write(byte: UInt8(ascii: "\n"))
  }
  file.close()
}

/// Opens the store (creating it when missing) and checks that the default patient is the one the
/// CSV names, so both sides of the benchmark write rows for the same patient.
func openEmptyStore(_ path: String) throws -> (RecoveryStore, Patient) {
  let store = try RecoveryStore(path: path)
  let patient = try store.defaultPatient()
  guard patient.id == patientNumber else {
    fail("the default patient of \(path) is #\(patient.id), not #\(patientNumber); start from `init`")
  }
  return (store, patient)
}

/// Writes to file descriptor 2: Swift 6 rejects the C `stderr` global as shared mutable state.
func printError(_ text: String) {
  var text = text
  text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

func fail(_ message: String) -> Never {
  printError("recovery-bench: \(message)\n")
  exit(1)
}

func rowCount(_ text: String) -> Int {
  guard let value = Int(text), value >= 0 else { fail("not a row count: \(text)") }
  return value
}

let usage = """
  usage: recovery-bench schema DB
         recovery-bench init DB
         recovery-bench pain-csv N FILE
         recovery-bench pain-import-csv N FILE
         recovery-bench pain-insert N DB
         recovery-bench cohort-store DB --patients N [--days D]
  """

let arguments = Array(CommandLine.arguments.dropFirst())
do {
  switch (arguments.first, arguments.count) {
  case ("schema", 2):
    // Opening a store creates its file and schema; only asking for a patient adds one.
    _ = try RecoveryStore(path: arguments[1])
  case ("init", 2):
    _ = try openEmptyStore(arguments[1])
  case ("pain-csv", 3):
    writeCSV(count: rowCount(arguments[1]), path: arguments[2])
  case ("pain-import-csv", 3):
    writeImportCSV(count: rowCount(arguments[1]), path: arguments[2])
  case ("pain-insert", 3):
    let rows = rowCount(arguments[1])
    let (store, patient) = try openEmptyStore(arguments[2])
    // A lazy map over the generator: each DiaryEntry exists only while it is being stored.
    let stored = try store.add(
      contentsOf: PainRows(count: rows).lazy.map { DiaryEntry.pain($0.entry) }, for: patient)
    print("stored \(stored) pain entries")
  case ("cohort-store", 4), ("cohort-store", 6):
    var options: [String: Int] = ["--patients": -1, "--days": 730]
    for index in stride(from: 2, to: arguments.count, by: 2) {
      guard options[arguments[index]] != nil else { fail("unknown option \(arguments[index])\n\(usage)") }
      options[arguments[index]] = rowCount(arguments[index + 1])
    }
    guard let patients = options["--patients"], patients > 0, let days = options["--days"] else {
      fail("cohort-store needs --patients N, at least 1\n\(usage)")
    }
    try CohortStore.make(path: arguments[1], patients: patients, days: days)
  default:
    printError(usage + "\n")
    exit(2)
  }
} catch {
  fail("\(error)")
}
