/// Turns a sorted list of treatments and a diary index into treatment responses.
///
/// Injections of the same kind on the same side less than ``ResponseWindows/courseGap`` days after
/// the previous one join its course (prolotherapy rounds), judged from a baseline before the first to a
/// follow-up counted from the last. Surgeries stand alone. Therapies (physiotherapy, self-massage,
/// other) are judged session by session with the therapy window: a therapy repeated for months would
/// otherwise push its follow-up window forward for as long as it went on, and never be judged. A
/// patient who wants a physiotherapy course judged as one logs it once, on its first day.
enum ResponseAnalysis {
  /// A window's days relative to the report day.
  struct Span {
    /// The first day.
    var from: CalendarDay
    /// The last day counted: the planned end, or the report day while the window runs.
    var to: CalendarDay
    /// The planned last day.
    var plannedTo: CalendarDay
    /// Whether the window has begun on the report day.
    var begun: Bool
    /// Whether the window has begun but not ended on the report day.
    var partial: Bool
  }

  /// The days `window` covers for a treatment on `day`, cut at the report day.
  static func span(_ window: DayWindow, after day: CalendarDay, asOf: CalendarDay) -> Span {
    let (from, plannedTo) = window.days(from: day)
    let begun = asOf >= from
    return Span(
      from: from, to: begun ? min(plannedTo, asOf) : plannedTo, plannedTo: plannedTo, begun: begun,
      partial: begun && asOf < plannedTo)
  }

  /// Groups treatments (in timeline order) into courses, returning each course's indices in order.
  static func courses(_ treatments: [Treatment], gap: Int) -> [[Int]] {
    struct Key: Hashable {
      var kind: TreatmentKind
      var side: Side?
    }
    var courses: [[Int]] = []
    var openCourse: [Key: Int] = [:]
    for (index, treatment) in treatments.enumerated() {
      guard treatment.category == .injection else {
        courses.append([index])
        continue
      }
      let key = Key(kind: treatment.kind, side: treatment.side)
      if let course = openCourse[key], let previous = courses[course].last,
        treatment.day.days(since: treatments[previous].day) < gap
      {
        courses[course].append(index)
      } else {
        openCourse[key] = courses.count
        courses.append([index])
      }
    }
    return courses
  }

  /// The response of every treatment or course in `treatments`, which must be in timeline order and
  /// dated on or before the report day.
  static func responses(
    _ treatments: [Treatment], diary: DiaryDays, windows: ResponseWindows, asOf: CalendarDay
  ) -> [TreatmentResponse] {
    courses(treatments, gap: windows.courseGap).map { course in
      let members = course.map { treatments[$0] }
      let first = members[0]
      let last = members[members.count - 1]
      let baselineSpan = span(windows.baseline, after: first.day, asOf: asOf)
      let followUpSpan = span(windows.followUp(for: first.kind), after: last.day, asOf: asOf)
      let baseline = diary.pain(from: baselineSpan.from, to: baselineSpan.to)
      let followUp: (mean: Double?, days: Int) =
        followUpSpan.begun ? diary.pain(from: followUpSpan.from, to: followUpSpan.to) : (nil, 0)
      var change: Double?
      var percent: Double?
      if let before = baseline.mean, let after = followUp.mean {
        change = after - before
        percent = Verdict.percentChange(from: before, to: after)
      }
      let verdict = Verdict.judge(
        baselineMean: baseline.mean, baselineDays: baseline.days, followUpMean: followUp.mean,
        followUpDays: followUp.days, followUpBegun: followUpSpan.begun,
        minimumDays: windows.minimumDays)
      // Anything given from the first treatment on lands in the follow-up as well: treatments inside
      // the window, and those between the treatment and the window's start.
      let memberIndices = Set(course)
      let confounders = treatments.indices
        .filter { index in
          !memberIndices.contains(index) && treatments[index].day >= first.day
            && treatments[index].day <= followUpSpan.plannedTo
        }
        .map { TreatmentReference(treatments[$0]) }
      return TreatmentResponse(
        treatments: members.map(TreatmentReference.init), kind: first.kind, side: first.side,
        firstDate: first.day, date: last.day,
        baseline: .init(
          from: baselineSpan.from, to: baselineSpan.to, plannedTo: baselineSpan.plannedTo,
          mean: baseline.mean, days: baseline.days),
        followUp: .init(
          from: followUpSpan.from, to: followUpSpan.to, plannedTo: followUpSpan.plannedTo,
          mean: followUp.mean, days: followUp.days),
        change: change, percentChange: percent, verdict: verdict, partial: followUpSpan.partial,
        confounders: confounders)
    }
  }
}
