/// How often one kind of symptom happened: per month, around each surgery, and when it was first and
/// last seen.
///
/// Frequencies are **episodes per diary day**: the episodes logged in a stretch of days divided by the
/// number of those days with any diary entry (pain or symptom). Dividing by calendar days would read a
/// week without entries as a week without symptoms; dividing by days the symptom itself was logged
/// would hide the days it did not happen. So a patient who logs pain daily and stops logging catching
/// after an operation shows catching falling to zero, while a gap in the diary shows as no data.
/// An entry without a count is one episode.
///
/// Numbness gets its own summary like every other symptom and is never mixed into pain: groin or
/// genital numbness suggests nerve involvement, so ``highlight`` marks it for renderers to set apart.
public struct SymptomSummary: Sendable, Equatable, Codable {
  /// Episodes over a stretch of days.
  public struct Rate: Sendable, Equatable, Codable {
    /// `YYYY-MM` for monthly rates, nil otherwise.
    public var month: String?
    /// The first day counted.
    public var from: CalendarDay
    /// The last day counted.
    public var to: CalendarDay
    /// Episodes logged.
    public var episodes: Int
    /// Days with any diary entry.
    public var diaryDays: Int
    /// Episodes per diary day; nil when no day had an entry.
    @NullWhenAbsent public var perDay: Double?

    /// Creates a rate, computing ``perDay``.
    public init(month: String? = nil, from: CalendarDay, to: CalendarDay, episodes: Int, diaryDays: Int) {
      self.month = month
      self.from = from
      self.to = to
      self.episodes = episodes
      self.diaryDays = diaryDays
      perDay = diaryDays > 0 ? Double(episodes) / Double(diaryDays) : nil
    }
  }

  /// The symptom before and after one surgery, in the same windows its pain response uses and by the
  /// same side rule: after a left or right surgery only episodes logged for that side, both sides or no
  /// side count.
  public struct AroundSurgery: Sendable, Equatable, Codable {
    /// The surgery.
    public var surgery: TreatmentReference
    /// The baseline window before it.
    public var baseline: Rate
    /// The follow-up window after it (so far, when ``partial``); nil while it has not begun.
    @NullWhenAbsent public var followUp: Rate?
    /// Whether the follow-up window was still running on the report day.
    public var partial: Bool

    /// Creates a comparison.
    public init(surgery: TreatmentReference, baseline: Rate, followUp: Rate?, partial: Bool) {
      self.surgery = surgery
      self.baseline = baseline
      self.followUp = followUp
      self.partial = partial
    }
  }

  /// One day the symptom was logged.
  public struct Day: Sendable, Equatable, Codable {
    /// The day.
    public var date: CalendarDay
    /// Episodes that day.
    public var episodes: Int

    /// Creates a day.
    public init(date: CalendarDay, episodes: Int) {
      self.date = date
      self.episodes = episodes
    }
  }

  /// Which symptom.
  public var kind: SymptomKind
  /// Whether renderers should set it apart: true for numbness, which may mean a nerve is involved.
  public var highlight: Bool
  /// The first day an episode was logged in the report's range (entries with a count of 0 record that
  /// the symptom did not happen, so they do not count as seen).
  @NullWhenAbsent public var firstSeen: CalendarDay?
  /// The last day an episode was logged in the report's range.
  @NullWhenAbsent public var lastSeen: CalendarDay?
  /// Episodes and diary days over the report's range.
  public var total: Rate
  /// Per month over the report's range.
  public var monthly: [Rate]
  /// Before and after each surgery.
  public var aroundSurgeries: [AroundSurgery]
  /// Every day in the report's range with at least one episode.
  public var daily: [Day]

  /// Creates a summary from its parts.
  public init(
    kind: SymptomKind, highlight: Bool, firstSeen: CalendarDay?, lastSeen: CalendarDay?, total: Rate,
    monthly: [Rate], aroundSurgeries: [AroundSurgery], daily: [Day]
  ) {
    self.kind = kind
    self.highlight = highlight
    self.firstSeen = firstSeen
    self.lastSeen = lastSeen
    self.total = total
    self.monthly = monthly
    self.aroundSurgeries = aroundSurgeries
    self.daily = daily
  }

  /// Summarises every symptom kind logged up to the report day, in vocabulary order.
  ///
  /// - Parameters:
  ///   - symptoms: all symptom entries (later ones are ignored).
  ///   - diary: the day index.
  ///   - surgeries: the surgeries to compare before and after.
  ///   - windows: the baseline and follow-up windows.
  ///   - from: the report's first day.
  ///   - to: the report's last day.
  ///   - asOf: the report day.
  static func make(
    symptoms: [SymptomEntry], diary: DiaryDays, surgeries: [TreatmentReference],
    windows: ResponseWindows, from: CalendarDay, to: CalendarDay, asOf: CalendarDay
  ) -> [SymptomSummary] {
    var seen: [SymptomKind: (first: CalendarDay, last: CalendarDay)] = [:]
    var logged: Set<SymptomKind> = []
    for entry in symptoms where entry.day <= asOf {
      logged.insert(entry.kind)
      guard entry.episodes > 0, entry.day >= from, entry.day <= to else { continue }
      let previous = seen[entry.kind] ?? (entry.day, entry.day)
      seen[entry.kind] = (min(previous.first, entry.day), max(previous.last, entry.day))
    }
    return SymptomKind.allCases.filter(logged.contains).map { kind in
      func rate(
        _ first: CalendarDay, _ last: CalendarDay, month: String? = nil, side: Side? = nil
      ) -> Rate {
        let counted = diary.episodes(of: kind, from: first, to: last, side: side)
        return Rate(
          month: month, from: first, to: last, episodes: counted.episodes,
          diaryDays: counted.diaryDays)
      }
      let monthly =
        from <= to && !diary.isEmpty
        ? CalendarDay.months(from: max(from, diary.first), to: to).map {
          rate($0.from, $0.to, month: $0.label)
        } : []
      let around = surgeries.map { surgery in
        let before = ResponseAnalysis.span(windows.baseline, after: surgery.date, asOf: asOf)
        let after = ResponseAnalysis.span(
          windows.followUp(for: surgery.kind), after: surgery.date, asOf: asOf)
        return AroundSurgery(
          surgery: surgery, baseline: rate(before.from, before.to ?? before.plannedTo, side: surgery.side),
          followUp: after.to.map { rate(after.from, $0, side: surgery.side) }, partial: after.partial)
      }
      let daily = diary.dailyEpisodes(of: kind, from: from, to: to).map {
        Day(date: $0.day, episodes: $0.episodes)
      }
      return SymptomSummary(
        kind: kind, highlight: kind == .numbness, firstSeen: seen[kind]?.first,
        lastSeen: seen[kind]?.last, total: rate(from, to), monthly: monthly, aroundSurgeries: around,
        daily: daily)
    }
  }
}
