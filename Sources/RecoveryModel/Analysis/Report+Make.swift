/// The entry point of the analysis: turns a patient's history into a ``Report``.
///
/// ```swift
/// let report = try Report.make(history: history, asOf: CalendarDay("2024-11-25")!)
/// report.responses.map(\.verdict)  // [.insufficientData, .noMeaningfulChange, ...]
/// ```
extension Report {
  /// Computes the report.
  ///
  /// `asOf` decides what is known: entries after it are ignored, as if the report had been made that
  /// day, and follow-up windows still running on it give interim (`partial`) verdicts. `since` and
  /// `until` decide what is shown: treatments, aid periods and the pain and symptom series in that
  /// range. Responses are still judged on all the data up to `asOf`, so a baseline before `since`
  /// or a follow-up after `until` counts, and limiting the view never changes a verdict. Weekly series
  /// and symptom comparisons cover every surgery up to `asOf`, since the days after an earlier surgery
  /// stay relevant; symptoms' totals and first and last days seen cover the range. Crutch days after a
  /// surgery stop at the next surgery; they are listed for the surgeries in the range, with or without
  /// crutches, the same surgeries whose responses are shown. The body map covers the range; its before-and-after pair, the latest surgery's
  /// windows whatever the range, as the weekly series do. Questionnaire scores are listed in the range,
  /// with each surgery's change in the range computed on every score up to `asOf`; milestones are listed
  /// for the surgeries whose days up to the next surgery overlap the range, and targets whose surgery
  /// is not in the history (removed) are listed apart.
  ///
  /// - Parameters:
  ///   - history: everything the patient logged.
  ///   - asOf: the report day.
  ///   - since: the first day shown; nil for the start of the diary.
  ///   - until: the last day shown; nil for the report day. A day after `asOf` shows up to `asOf`.
  ///   - location: only pain at this location counts, when set.
  ///   - side: only pain on this side (or both sides) counts, when set; see ``PainFilter``.
  ///   - windows: the baseline and follow-up windows and thresholds.
  /// - Throws: ``ReportError/sinceAfterUntil(since:until:)`` when `since` is after `until`.
  public static func make(
    history: History, asOf: CalendarDay, since: CalendarDay? = nil, until: CalendarDay? = nil,
    location: BodyLocation? = nil, side: Side? = nil, windows: ResponseWindows = .standard
  ) throws(ReportError) -> Report {
    if let since, let until, since > until { throw .sinceAfterUntil(since: since, until: until) }
    let filter = PainFilter(location: location, side: side)
    let diary = DiaryDays(pain: history.pain, symptoms: history.symptoms, filter: filter, asOf: asOf)
    let timeline = Timeline(treatments: history.treatments, asOf: asOf)
    let treatments = timeline.entries.map(\.treatment)
    // A surgery logged twice (same kind, side and day) is one operation: its crutch days, milestones
    // and weeks are counted once.
    var seenSurgeries: Set<String> = []
    let surgeries = timeline.daysSinceSurgery.map(\.surgery).filter { surgery in
      seenSurgeries.insert("\(surgery.kind.rawValue) \(surgery.side?.rawValue ?? "-") \(surgery.date)")
        .inserted
    }
    let aidsUpToDay = history.aids.filter { $0.from <= asOf }
      .sorted { ($0.from, $0.aid.rawValue) < ($1.from, $1.aid.rawValue) }
      .map { AidSummary($0, asOf: asOf) }

    let firstDay =
      since
      ?? ([diary.isEmpty ? nil : diary.first, treatments.first?.day] + aidsUpToDay.map(\.from)
      + history.scores.map { $0.day <= asOf ? $0.day : nil })
      .compactMap { $0 }.min() ?? asOf
    let lastDay = min(until ?? asOf, asOf)
    let shown = { (day: CalendarDay) in day >= firstDay && day <= lastDay }

    // Without any medication logged, nothing says what was taken: no painkiller figures at all.
    let load = history.medications.isEmpty ? nil : MedicationLoad(entries: history.medications, asOf: asOf)
    var responses = ResponseAnalysis.responses(
      treatments, diary: diary, filter: filter, windows: windows, asOf: asOf,
      load: load
    )
    .filter { $0.treatments.contains { shown($0.date) } }
    AnalgesicUse.attach(to: &responses, load: load)
    let aids = aidsUpToDay.filter { $0.inUse(from: firstDay, through: lastDay) }
    // A limited view counts crutch days after the surgeries it shows, as it shows their responses.
    let crutchDays = CrutchDays.make(aids: aidsUpToDay, surgeries: surgeries, asOf: asOf)
      .filter { shown($0.surgery.date) }
    let medications = MedicationSummary.make(
      medications: history.medications, surgeries: surgeries, from: firstDay, to: lastDay, asOf: asOf)
    return Report(
      asOf: asOf, patient: history.patient, since: since, until: until, shownFrom: firstDay,
      shownThrough: lastDay, painFilter: filter, windows: windows,
      treatments: timeline.entries.filter { shown($0.treatment.day) },
      daysSinceSurgery: timeline.daysSinceSurgery, responses: responses, aids: aids,
      crutchDays: crutchDays,
      pain: PainSummary.make(diary: diary, surgeries: surgeries, from: firstDay, to: lastDay, asOf: asOf),
      symptoms: SymptomSummary.make(
        symptoms: history.symptoms, diary: diary, surgeries: surgeries, windows: windows,
        from: firstDay, to: lastDay, asOf: asOf),
      bodyMap: BodyMap.make(
        pain: history.pain, symptoms: history.symptoms, filter: filter, from: firstDay, to: lastDay),
      bodyMapBeforeAfter: surgeries.last.map {
        BodyMap.BeforeAfter.make(
          surgery: $0, pain: history.pain, symptoms: history.symptoms, filter: filter, windows: windows,
          asOf: asOf)
      },
      scores: ScoreSummary.make(scores: history.scores, surgeries: surgeries, shown: shown, asOf: asOf),
      milestones: SurgeryMilestones.make(
        milestones: history.milestones, targets: history.targets, aids: aidsUpToDay,
        opioidFree: medications.opioidFree, surgeries: surgeries, asOf: asOf
      ).filter { $0.surgery.date <= lastDay && $0.through >= firstDay },
      orphanedTargets: history.targets.filter { target in
        target.day <= asOf
          && !history.treatments.contains { $0.uid == target.surgery && $0.category == .surgery }
      },
      medications: medications)
  }
}
