/// A day-by-day index of a history, built once so every window, week and month of the report is a
/// short loop over arrays instead of a scan of all entries.
///
/// It covers the days from the first pain or symptom entry up to the report day; entries after the
/// report day are left out, since a report as of a day shows what was known on it.
struct DiaryDays {
  /// The first day the arrays cover.
  let first: CalendarDay
  /// The last day the arrays cover: the report day.
  let last: CalendarDay
  /// The highest pain score per day among the entries the filter takes, or -1 without one.
  private var pain: [Int]
  /// Whether the day has any pain or symptom entry, whatever the pain filter.
  private var logged: [Bool]
  /// Symptom episodes per day, by kind.
  private var episodes: [SymptomKind: [Int]]

  init(pain painEntries: [PainEntry], symptoms: [SymptomEntry], filter: PainFilter, asOf: CalendarDay) {
    let days = painEntries.map(\.day) + symptoms.map(\.day)
    let start = days.filter { $0 <= asOf }.min() ?? asOf.adding(days: 1)
    first = start
    last = asOf
    let count = max(0, asOf.days(since: start) + 1)
    pain = Array(repeating: -1, count: count)
    logged = Array(repeating: false, count: count)
    episodes = [:]
    for entry in painEntries where entry.day <= asOf {
      let index = entry.day.days(since: start)
      logged[index] = true
      if filter.includes(entry) { pain[index] = max(pain[index], entry.score) }
    }
    for entry in symptoms where entry.day <= asOf {
      let index = entry.day.days(since: start)
      logged[index] = true
      episodes[entry.kind, default: Array(repeating: 0, count: count)][index] += entry.episodes
    }
  }

  /// Whether nothing was logged up to the report day.
  var isEmpty: Bool { logged.isEmpty }

  /// The indices of the days from `from` to `to` (both included) that the index covers.
  private func indices(_ from: CalendarDay, _ to: CalendarDay) -> Range<Int> {
    let lower = max(from.days(since: first), 0)
    let upper = min(to.days(since: first) + 1, logged.count)
    return lower < upper ? lower..<upper : 0..<0
  }

  /// The day's highest pain score, or nil without a (filtered) pain entry.
  func painScore(on day: CalendarDay) -> Int? {
    let index = day.days(since: first)
    guard pain.indices.contains(index), pain[index] >= 0 else { return nil }
    return pain[index]
  }

  /// The mean of daily pain over the days from `from` to `to` that have data, and how many there are.
  func pain(from: CalendarDay, to: CalendarDay) -> (mean: Double?, days: Int) {
    var sum = 0
    var days = 0
    for index in indices(from, to) where pain[index] >= 0 {
      sum += pain[index]
      days += 1
    }
    return (days > 0 ? Double(sum) / Double(days) : nil, days)
  }

  /// The days from `from` to `to` with a pain score, in order.
  func dailyPain(from: CalendarDay, to: CalendarDay) -> [(day: CalendarDay, score: Int)] {
    indices(from, to).compactMap { index in
      pain[index] >= 0 ? (first.adding(days: index), pain[index]) : nil
    }
  }

  /// The episodes of one symptom and the days with any diary entry, from `from` to `to`.
  func episodes(
    of kind: SymptomKind, from: CalendarDay, to: CalendarDay
  ) -> (
    episodes: Int, diaryDays: Int
  ) {
    let perDay = episodes[kind]
    var total = 0
    var diaryDays = 0
    for index in indices(from, to) {
      if logged[index] { diaryDays += 1 }
      if let perDay { total += perDay[index] }
    }
    return (total, diaryDays)
  }

  /// The days from `from` to `to` on which the symptom was logged, with their episodes.
  func dailyEpisodes(
    of kind: SymptomKind, from: CalendarDay, to: CalendarDay
  ) -> [(
    day: CalendarDay, episodes: Int
  )] {
    guard let perDay = episodes[kind] else { return [] }
    return indices(from, to).compactMap { index in
      perDay[index] > 0 ? (first.adding(days: index), perDay[index]) : nil
    }
  }
}
