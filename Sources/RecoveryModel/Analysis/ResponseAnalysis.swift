/// Turns a sorted list of treatments and a diary index into treatment responses.
///
/// Injections of the same kind on the same side form courses by ``ResponseWindows/joinsCourse(_:after:)``,
/// judged from a baseline before the first to a follow-up counted from the last. Surgeries stand
/// alone. Therapies (physiotherapy, self-massage, other) are judged session by session with the
/// therapy window: a therapy repeated for months would otherwise push its follow-up window forward
/// for as long as it went on, and never be judged. A patient who wants a physiotherapy course judged
/// as one logs it once, on its first day.
enum ResponseAnalysis {
  /// A window's days relative to the report day.
  struct Span {
    /// The first day.
    var from: CalendarDay
    /// The last day counted: the planned end, or the report day while the window runs; nil before the
    /// window has begun.
    var to: CalendarDay?
    /// The planned last day.
    var plannedTo: CalendarDay
    /// Whether the window has begun but not ended on the report day.
    var partial: Bool

    /// Whether the window has begun on the report day.
    var begun: Bool { to != nil }
  }

  /// The days `window` covers for a treatment on `day`, cut at the report day.
  static func span(_ window: DayWindow, after day: CalendarDay, asOf: CalendarDay) -> Span {
    let (from, plannedTo) = window.days(from: day)
    let begun = asOf >= from
    return Span(
      from: from, to: begun ? min(plannedTo, asOf) : nil, plannedTo: plannedTo,
      partial: begun && asOf < plannedTo)
  }

  /// Groups treatments (in timeline order) into courses, returning each course's indices in order.
  static func courses(_ treatments: [Treatment], windows: ResponseWindows) -> [[Int]] {
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
        windows.joinsCourse(treatment, after: treatments[previous])
      {
        courses[course].append(index)
      } else {
        openCourse[key] = courses.count
        courses.append([index])
      }
    }
    return courses
  }

  /// The mean pain of a window that has begun, or no data.
  private static func pain(
    _ span: Span, diary: DiaryDays, side: Side?
  ) -> (mean: Double?, days: Int) {
    guard let to = span.to else { return (nil, 0) }
    return diary.pain(from: span.from, to: to, side: side)
  }

  /// The change from `baseline` to `followUp` in points and percent, when both have data.
  private static func change(
    from baseline: Double?, to followUp: Double?
  ) -> (points: Double?, percent: Double?) {
    guard let baseline, let followUp else { return (nil, nil) }
    return (followUp - baseline, Verdict.percentChange(from: baseline, to: followUp))
  }

  /// The pre-period of a treatment's effect model, and the surgery whose recovery it falls in.
  struct ModelPeriod {
    /// The first day of the pre-period: far enough back that a trend is seen over at least as many
    /// days as it is carried forward (the follow-up's reach plus two weeks), but never before the day
    /// after the latest earlier surgery on the treatment's side.
    var from: CalendarDay
    /// The latest earlier surgery on the treatment's side whose own follow-up window reaches the
    /// pre-period: the treatment is judged in its recovery period.
    var recoveryFrom: Treatment?

    init(
      first: Treatment, followUpEnd: CalendarDay, painSide: Side?, treatments: [Treatment],
      windows: ResponseWindows
    ) {
      let reach = followUpEnd.days(since: first.day)
      var from = first.day.adding(days: -(reach + 14))
      let surgeries = treatments.filter { other in
        guard other.category == .surgery, other.day < first.day else { return false }
        guard let painSide, let side = other.side, side != .both else { return true }
        return side == painSide
      }
      if let latest = surgeries.last { from = max(from, latest.day.adding(days: 1)) }
      self.from = from
      recoveryFrom = surgeries.last { surgery in
        surgery.day.adding(days: windows.followUp(for: surgery.kind).end) >= from
      }
    }
  }

  /// The effect estimate for the days of `followUp` counted so far, or nil before it has begun.
  private static func estimate(
    _ model: ModelPeriod, followUp: Span, diary: DiaryDays, side: Side?, first: Treatment,
    load: MedicationLoad?
  ) -> EffectEstimate? {
    guard let to = followUp.to else { return nil }
    let before = diary.painSeries(
      from: model.from, to: first.day.adding(days: -1), side: side, origin: first.day, load: load)
    let after = diary.painSeries(from: followUp.from, to: to, side: side, origin: first.day, load: load)
    return EffectEstimate.estimate(
      before: before, after: after, treatmentDay: first.day,
      recoveryFrom: model.recoveryFrom.map(TreatmentReference.init))
  }

  /// The response of every treatment or course in `treatments`, which must be in timeline order and
  /// dated on or before the report day; with `load` (the medications logged), each effect estimate
  /// allows for the day-to-day painkiller use.
  static func responses(
    _ treatments: [Treatment], diary: DiaryDays, filter: PainFilter, windows: ResponseWindows,
    asOf: CalendarDay, load: MedicationLoad? = nil
  ) -> [TreatmentResponse] {
    courses(treatments, windows: windows).map { course in
      let members = course.map { treatments[$0] }
      let first = members[0]
      let last = members[members.count - 1]
      let painSide = first.side == .left || first.side == .right ? first.side : nil
      let judged = filter.judges(treatmentOn: first.side)
      let baselineSpan = span(windows.baseline, after: first.day, asOf: asOf)
      let followUpSpan = span(windows.followUp(for: first.kind), after: last.day, asOf: asOf)
      let nothing: (mean: Double?, days: Int) = (nil, 0)
      let baseline = judged ? pain(baselineSpan, diary: diary, side: painSide) : nothing
      let followUp = judged ? pain(followUpSpan, diary: diary, side: painSide) : nothing
      let change = change(from: baseline.mean, to: followUp.mean)
      let model = ModelPeriod(
        first: first, followUpEnd: followUpSpan.plannedTo, painSide: painSide, treatments: treatments,
        windows: windows)
      let effect =
        judged
        ? estimate(
          model, followUp: followUpSpan, diary: diary, side: painSide, first: first, load: load)
        : nil
      let verdict = Verdict.judge(
        effect: effect, baselineDays: baseline.days, followUpDays: followUp.days,
        followUpBegun: followUpSpan.begun, minimumDays: windows.minimumDays)

      var earlierRounds: [TreatmentResponse.Round] = []
      for (round, next) in zip(members, members.dropFirst()) where judged {
        let own = span(windows.followUp(for: round.kind), after: round.day, asOf: asOf)
        guard own.from < next.day else { continue }
        let cut = Span(
          from: own.from, to: min(own.plannedTo, next.day.adding(days: -1)), plannedTo: own.plannedTo,
          partial: false)
        let interim = pain(cut, diary: diary, side: painSide)
        let roundChange = Self.change(from: baseline.mean, to: interim.mean)
        let roundEffect = estimate(
          model, followUp: cut, diary: diary, side: painSide, first: first, load: load)
        earlierRounds.append(
          TreatmentResponse.Round(
            treatment: TreatmentReference(round),
            followUp: .init(
              from: cut.from, to: cut.to, plannedTo: cut.plannedTo, mean: interim.mean, days: interim.days),
            change: roundChange.points, percentChange: roundChange.percent,
            verdict: Verdict.judge(
              effect: roundEffect, baselineDays: baseline.days, followUpDays: interim.days,
              minimumDays: windows.minimumDays),
            effect: roundEffect))
      }

      let memberIndices = Set(course)
      let confounders = treatments.indices.compactMap { index -> TreatmentResponse.Confounder? in
        let other = treatments[index]
        guard !memberIndices.contains(index) else { return nil }
        // An injection or therapy on the other side does not touch the pain this treatment is judged
        // on; a surgery on either side changes how the patient moves, so it is always in the way.
        if other.kind.category != .surgery, let painSide, let otherSide = other.side, otherSide != .both,
          otherSide != painSide
        {
          return nil
        }
        // Anything given from the first treatment on lands in the follow-up as well: treatments
        // inside the window, and those between the treatment and the window's start.
        if other.day >= first.day {
          guard other.day <= followUpSpan.plannedTo else { return nil }
          return .init(treatment: TreatmentReference(other), reason: .followUp)
        }
        // An earlier treatment touches the baseline while its own follow-up has not ended.
        let otherEnd = other.day.adding(days: windows.followUp(for: other.kind).end)
        guard otherEnd >= baselineSpan.from, other.day <= baselineSpan.plannedTo else { return nil }
        return .init(treatment: TreatmentReference(other), reason: .baseline)
      }
      return TreatmentResponse(
        treatments: members.map(TreatmentReference.init), kind: first.kind, side: first.side,
        firstDate: first.day, date: last.day,
        baseline: .init(
          from: baselineSpan.from, to: baselineSpan.to, plannedTo: baselineSpan.plannedTo,
          mean: baseline.mean, days: baseline.days),
        followUp: .init(
          from: followUpSpan.from, to: followUpSpan.to, plannedTo: followUpSpan.plannedTo,
          mean: followUp.mean, days: followUp.days),
        change: change.points, percentChange: change.percent, effect: effect, verdict: verdict,
        partial: followUpSpan.partial, painSide: painSide, filteredOut: !judged,
        earlierRounds: earlierRounds, confoundedBy: confounders)
    }
  }
}
