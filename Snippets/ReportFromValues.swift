// Entries as plain values, checked and judged without a store: the steps of the RecoveryModel
// documentation's getting-started article. Run it with `swift run ReportFromValues`.

import RecoveryModel

// snippet.entries
// Words from the vocabularies, as a form or the command line would give them.
let kind = TreatmentKind(rawValue: "prolotherapy")!
let side = Side(rawValue: "right")!
let first = CalendarDay("2024-03-04")!

// Three rounds four weeks apart, and a daily pain score from two weeks before the first round.
let rounds = (0..<3).map { round in
  Treatment(
    day: first.adding(days: 28 * round), kind: kind, side: side, agent: "dextrose 15%", round: round + 1)
}
let pain = (-14...150).map { offset in
  PainEntry(day: first.adding(days: offset), score: offset < 56 ? 6 : 2, location: .groin, side: side)
}

// snippet.validate
// Each entry checks itself against the diary's rules before it is stored or judged.
let today = CalendarDay("2024-11-25")!
for entry in rounds.map(DiaryEntry.treatment) + pain.map(DiaryEntry.pain) {
  try entry.validate(today: today)
}

// snippet.query
// A history is everything one patient logged, as plain arrays: a query is a filter.
let history = History(patient: "ann", treatments: rounds, pain: pain)
let april = CalendarDay("2024-04-01")!...CalendarDay("2024-04-30")!
let worstInApril = history.pain.filter { april.contains($0.day) }.map(\.score).max()
print("worst pain in April: \(worstInApril ?? 0)")

// snippet.report
// The report judges the history as of a day.
let report = try Report.make(history: history, asOf: today)
for response in report.responses {
  print(response.label, response.verdict.rawValue, response.followUp.from, response.followUp.plannedTo)
}
// snippet.end
