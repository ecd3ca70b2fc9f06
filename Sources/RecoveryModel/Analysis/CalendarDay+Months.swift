extension CalendarDay {
  /// The first day of the following month.
  public var firstOfNextMonth: CalendarDay {
    let parts = components
    return parts.month == 12
      ? CalendarDay(year: parts.year + 1, month: 1, day: 1)!
      : CalendarDay(year: parts.year, month: parts.month + 1, day: 1)!
  }

  /// The months that overlap the days from `from` to `to`, each cut to those days.
  static func months(
    from: CalendarDay, to: CalendarDay
  ) -> [(label: String, from: CalendarDay, to: CalendarDay)] {
    var months: [(label: String, from: CalendarDay, to: CalendarDay)] = []
    var month = from.firstOfMonth
    while month <= to {
      let next = month.firstOfNextMonth
      months.append((month.monthLabel, max(month, from), min(next.adding(days: -1), to)))
      month = next
    }
    return months
  }
}
