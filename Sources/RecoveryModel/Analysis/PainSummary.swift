/// Daily pain and its weekly and monthly means.
///
/// Daily pain is the highest score logged that day among the entries the report's ``PainFilter``
/// takes: the worst moment is what a patient remembers and what limits them, and taking the maximum
/// keeps a day with one entry comparable with a day with five.
public struct PainSummary: Sendable, Equatable, Codable {
  /// One day's pain.
  public struct Day: Sendable, Equatable, Codable {
    /// The day.
    public var date: CalendarDay
    /// The highest score logged that day.
    public var score: Int

    /// Creates a day.
    public init(date: CalendarDay, score: Int) {
      self.date = date
      self.score = score
    }
  }

  /// The mean of daily pain over a stretch of days: a week or a month.
  public struct Period: Sendable, Equatable, Codable {
    /// The week since a surgery (1 is days 0-6) for weekly series, nil (and left out of the JSON) for
    /// months.
    public var week: Int?
    /// `YYYY-MM` for monthly series, nil (and left out of the JSON) for weeks.
    public var month: String?
    /// The first day counted.
    public var from: CalendarDay
    /// The last day counted (the report day for the current week or month).
    public var to: CalendarDay
    /// Whether the week or month was still running on the report day, so its figures are "so far". A
    /// period cut short only by the range shown (`since`, `until`) is not partial: `from` and `to` say
    /// which of its days were counted.
    public var partial: Bool
    /// The mean of daily pain over the days with data; nil without any.
    @NullWhenAbsent public var mean: Double?
    /// The number of days with data.
    public var days: Int

    /// Creates a period.
    public init(
      week: Int? = nil, month: String? = nil, from: CalendarDay, to: CalendarDay, partial: Bool = false,
      mean: Double?, days: Int
    ) {
      self.week = week
      self.month = month
      self.from = from
      self.to = to
      self.partial = partial
      self.mean = mean
      self.days = days
    }
  }

  /// Weekly means since one surgery, over the pain its response is judged on: for a surgery on the
  /// left or right side, pain logged for that side, both sides or no side; otherwise all pain.
  public struct SurgeryWeeks: Sendable, Equatable, Codable {
    /// The surgery the weeks count from.
    public var surgery: TreatmentReference
    /// Week 1 (days 0-6 after the surgery) onwards, up to the week holding the report's last day;
    /// weeks without data are included, with a null mean, so charts keep their spacing.
    public var weeks: [Period]

    /// Creates a series.
    public init(surgery: TreatmentReference, weeks: [Period]) {
      self.surgery = surgery
      self.weeks = weeks
    }
  }

  /// Every day with pain data in the report's range, in order.
  public var daily: [Day]
  /// Weekly means since each surgery, earliest surgery first.
  public var weekly: [SurgeryWeeks]
  /// Monthly means from the first month with any diary entry to the report's last month.
  public var monthly: [Period]

  /// Creates a summary from its parts.
  public init(daily: [Day], weekly: [SurgeryWeeks], monthly: [Period]) {
    self.daily = daily
    self.weekly = weekly
    self.monthly = monthly
  }

  /// Summarises pain over the days from `from` to `to`, with weeks counted from each surgery.
  ///
  /// A week or month cut by the range is counted over its days inside the range, and its `from` and
  /// `to` say which days those were; one that runs past `asOf` is partial. Weeks after a one-sided
  /// surgery count that side's pain, as its response does; daily and monthly pain count every side.
  static func make(
    diary: DiaryDays, surgeries: [TreatmentReference], from: CalendarDay, to: CalendarDay,
    asOf: CalendarDay
  ) -> PainSummary {
    guard !diary.isEmpty, from <= to else { return PainSummary(daily: [], weekly: [], monthly: []) }
    let daily = diary.dailyPain(from: from, to: to).map { Day(date: $0.day, score: $0.score) }
    let weekly = surgeries.map { surgery in
      var weeks: [Period] = []
      var week = 1
      while true {
        let start = surgery.date.adding(days: (week - 1) * 7)
        if start > to { break }
        let end = start.adding(days: 6)
        if end >= from {
          let first = max(start, from)
          let last = min(end, to)
          let stats = diary.pain(from: first, to: last, side: surgery.side)
          weeks.append(
            Period(
              week: week, from: first, to: last, partial: end > asOf, mean: stats.mean, days: stats.days))
        }
        week += 1
      }
      return SurgeryWeeks(surgery: surgery, weeks: weeks)
    }
    let monthly = CalendarDay.months(from: max(from, diary.first), to: to).map { month in
      let stats = diary.pain(from: month.from, to: month.to)
      return Period(
        month: month.label, from: month.from, to: month.to,
        partial: month.from.firstOfNextMonth.adding(days: -1) > asOf, mean: stats.mean,
        days: stats.days)
    }
    return PainSummary(daily: daily, weekly: weekly, monthly: monthly)
  }
}
