// Log, query and report in code: the steps of the RecoveryStore documentation's getting-started
// article. Run it with `swift run GettingStarted`; it writes its diary to a new temporary folder.

// snippet.hide
import Foundation
// snippet.show
import RecoveryModel
import RecoveryStore

// snippet.hide
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recovery-\(UUID())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let path = folder.appendingPathComponent("diary.sqlite").path
// snippet.show

// snippet.open
// Opening a store creates the file and its schema when missing.
let store = try RecoveryStore(path: path)
let me = try store.defaultPatient()

// snippet.log
// One cortisone injection, and a daily pain score for two weeks before it and six weeks after.
let injection = CalendarDay(year: 2024, month: 3, day: 1)!
try store.add(.treatment(Treatment(day: injection, kind: .cortisone, side: .right)), for: me)
let scores = (-14...42).map { offset in
  DiaryEntry.pain(
    PainEntry(
      day: injection.adding(days: offset), score: offset < 0 ? 6 : 3, location: .groin, side: .right))
}
try store.add(contentsOf: scores, for: me)

// snippet.query
// The pain entries of March, in diary order.
let march = EntryQuery(
  types: [.pain], from: CalendarDay(year: 2024, month: 3, day: 1)!,
  through: CalendarDay(year: 2024, month: 3, day: 31)!)
print("\(try store.entries(for: me, matching: march).count) pain entries in March")

// snippet.report
// Everything the patient logged, judged as of a report day.
let history = History(patient: me.name, entries: try store.entries(for: me))
let report = try Report.make(history: history, asOf: CalendarDay(year: 2024, month: 5, day: 1)!)
for response in report.responses {
  print(response.label, response.verdict.rawValue, response.baseline.mean!, response.followUp.mean!)
}

// snippet.correct
// Corrections keep what they replace.
try store.edit(id: 2, for: me) { entry in
  if case .pain(var pain) = entry {
    pain.score = 5
    entry = .pain(pain)
  }
}
try store.remove(id: 3, for: me, reason: "logged twice")
let versions = try store.history(id: 2, for: me)
print("#2 has \(versions.count) versions")
try store.undo(for: me)  // brings #3 back
// snippet.end
