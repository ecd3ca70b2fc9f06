/// A day-by-day index of a history, built once so every window, week and month of the report is a
/// short loop over arrays instead of a scan of all entries.
///
/// It covers the days from the first pain or symptom entry up to the report day; entries after the
/// report day are left out, since a report as of a day shows what was known on it.
///
/// Daily pain is kept three ways, each among the entries the filter takes: over all entries, and
/// over the entries a left-side or a right-side treatment is judged on (that side, both sides, or
/// no side given). Symptom episodes are kept the same three ways.
struct DiaryDays {
  /// The first day the arrays cover.
  let first: CalendarDay
  /// The last day the arrays cover: the report day.
  let last: CalendarDay
  /// The highest pain score per day among the entries the filter takes, or -1 without one.
  private var pain: [Int]
  /// As ``pain``, over the entries that are not on the right side.
  private var leftPain: [Int]
  /// As ``pain``, over the entries that are not on the left side.
  private var rightPain: [Int]
  /// Whether the day has any pain or symptom entry, whatever the pain filter.
  private var logged: [Bool]
  /// Symptom episodes per day, by kind.
  private var episodes: [SymptomKind: [Int]]
  /// As ``episodes``, over the entries that are not on the right side.
  private var leftEpisodes: [SymptomKind: [Int]]
  /// As ``episodes``, over the entries that are not on the left side.
  private var rightEpisodes: [SymptomKind: [Int]]

  init(pain painEntries: [PainEntry], symptoms: [SymptomEntry], filter: PainFilter, asOf: CalendarDay) {
    let days = painEntries.map(\.day) + symptoms.map(\.day)
    let start = days.filter { $0 <= asOf }.min() ?? asOf.adding(days: 1)
    first = start
    last = asOf
    let count = max(0, asOf.days(since: start) + 1)
    pain = Array(repeating: -1, count: count)
    leftPain = pain
    rightPain = pain
    logged = Array(repeating: false, count: count)
    episodes = [:]
    leftEpisodes = [:]
    rightEpisodes = [:]
    for entry in painEntries where entry.day <= asOf {
      let index = entry.day.days(since: start)
      logged[index] = true
      guard filter.includes(entry) else { continue }
      pain[index] = max(pain[index], entry.score)
      if entry.side != .right { leftPain[index] = max(leftPain[index], entry.score) }
      if entry.side != .left { rightPain[index] = max(rightPain[index], entry.score) }
    }
    for entry in symptoms where entry.day <= asOf {
      let index = entry.day.days(since: start)
      logged[index] = true
      episodes[entry.kind, default: Array(repeating: 0, count: count)][index] += entry.episodes
      if entry.side != .right {
        leftEpisodes[entry.kind, default: Array(repeating: 0, count: count)][index] += entry.episodes
      }
      if entry.side != .left {
        rightEpisodes[entry.kind, default: Array(repeating: 0, count: count)][index] += entry.episodes
      }
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

  /// Daily pain over all entries (`side` nil or `both`), or over those a treatment on `side` is
  /// judged on.
  private func scores(_ side: Side?) -> [Int] {
    switch side {
    case .left: leftPain
    case .right: rightPain
    case .both, nil: pain
    }
  }

  /// The mean of daily pain over the days from `from` to `to` that have data, and how many there are.
  ///
  /// With `side` left or right, daily pain counts only entries on that side, on both sides, or without
  /// a side: the pain a treatment on that side is judged on.
  func pain(from: CalendarDay, to: CalendarDay, side: Side? = nil) -> (mean: Double?, days: Int) {
    let scores = scores(side)
    var sum = 0
    var days = 0
    for index in indices(from, to) where scores[index] >= 0 {
      sum += scores[index]
      days += 1
    }
    return (days > 0 ? Double(sum) / Double(days) : nil, days)
  }

  /// The days from `from` to `to` with pain, numbered from `origin` (day 0), with their daily pain
  /// for a treatment on `side` (see ``pain(from:to:side:)``), and each day's painkiller covariates
  /// from `load` when medications were logged.
  func painSeries(
    from: CalendarDay, to: CalendarDay, side: Side?, origin: CalendarDay, load: MedicationLoad? = nil
  ) -> EffectEstimate.Series {
    let scores = scores(side)
    var series = EffectEstimate.Series()
    let shift = first.days(since: origin)
    for index in indices(from, to) where scores[index] >= 0 {
      series.days.append(index + shift)
      series.values.append(Double(scores[index]))
    }
    if let load {
      for covariate in EffectEstimate.Covariate.allCases {
        series.load[covariate] = series.days.map { covariate.value(load.days[origin.adding(days: $0)]) }
      }
    }
    return series
  }

  /// The days from `from` to `to` with a pain score, in order.
  func dailyPain(from: CalendarDay, to: CalendarDay) -> [(day: CalendarDay, score: Int)] {
    indices(from, to).compactMap { index in
      pain[index] >= 0 ? (first.adding(days: index), pain[index]) : nil
    }
  }

  /// The episodes of one symptom and the days with any diary entry, from `from` to `to`.
  ///
  /// With `side` left or right, only episodes logged for that side, both sides or no side count, as
  /// pain does for a treatment on that side; diary days count every entry.
  func episodes(
    of kind: SymptomKind, from: CalendarDay, to: CalendarDay, side: Side? = nil
  ) -> (
    episodes: Int, diaryDays: Int
  ) {
    let perDay =
      switch side {
      case .left: leftEpisodes[kind]
      case .right: rightEpisodes[kind]
      case .both, nil: episodes[kind]
      }
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
