/// Adds up the single-patient reports of a cohort one patient at a time, keeping only counts and the
/// lists of numbers the medians need, so memory grows with the number of responses and questionnaire
/// changes, not with the diaries.
///
/// ```swift
/// var builder = try CohortBuilder(asOf: day)
/// for patient in try store.patients() {
///   try builder.add(patient: patient.name, history: History(patient: patient.name, entries: try store.entries(for: patient)))
/// }
/// let cohort = builder.cohort()
/// ```
///
/// ``add(patient:report:)`` takes a patient's finished ``Report``; ``add(patient:history:)`` computes
/// only the parts of it the cohort uses (the treatments and responses in range, crutch days,
/// questionnaire changes, and whether anything is in range), with the same functions and the same steps as
/// ``Report/make(history:asOf:since:until:location:side:windows:)``, which is what makes a cohort of
/// many long diaries quick. Both give the same figures.
public struct CohortBuilder: Sendable {
  /// The report day.
  public let asOf: CalendarDay
  /// The first day shown, when limited.
  public let since: CalendarDay?
  /// The last day shown, when limited.
  public let until: CalendarDay?
  /// The treatment kinds counted, nil for all; crutch days and questionnaire changes are counted for the
  /// surgery kinds among them.
  public let kinds: [TreatmentKind]?
  /// The windows and thresholds responses are judged with.
  public let windows: ResponseWindows

  private var patients = 0
  private var withoutEntries: [String] = []
  private var byKind: [TreatmentKind: Tally] = [:]
  private var effectsByKind: [TreatmentKind: EffectTally] = [:]
  private var byLevel: [TreatmentKind: [String?: Tally]] = [:]
  private var byTarget: [TreatmentKind: [String?: Tally]] = [:]
  private var crutchDaysByKind: [TreatmentKind: [Double]] = [:]
  private var stillOnCrutchesByKind: [TreatmentKind: Int] = [:]
  private var crutchPatientsByKind: [TreatmentKind: Set<Int>] = [:]
  private var scoreChanges: [TreatmentKind: [Instrument: ScoreTally]] = [:]
  private var opioidFreeDaysByKind: [TreatmentKind: [Double]] = [:]
  private var stillOnOpioidsByKind: [TreatmentKind: Int] = [:]
  private var opioidPatientsByKind: [TreatmentKind: Set<Int>] = [:]
  private var sixWeeksByKind: [TreatmentKind: (followed: Int, onOpioids: Int)] = [:]

  /// Starts an empty cohort.
  ///
  /// - Throws: ``ReportError/sinceAfterUntil(since:until:)`` when `since` is after `until`.
  public init(
    asOf: CalendarDay, since: CalendarDay? = nil, until: CalendarDay? = nil, kinds: [TreatmentKind]? = nil,
    windows: ResponseWindows = .standard
  ) throws(ReportError) {
    if let since, let until, since > until { throw .sinceAfterUntil(since: since, until: until) }
    self.asOf = asOf
    self.since = since
    self.until = until
    self.kinds = kinds.map { list in TreatmentKind.allCases.filter(list.contains) }
    self.windows = windows
  }

  /// Adds a patient from their report, which must have been made with this builder's report day,
  /// range and windows, without a pain filter.
  public mutating func add(patient: String, report: Report) {
    add(
      patient: patient, isEmpty: report.isEmpty, treatments: report.treatments.map(\.treatment),
      responses: report.responses, crutchDays: report.crutchDays, scores: report.scores,
      opioidFree: report.medications.opioidFree)
  }

  /// Adds a patient from their history, computing only what the cohort uses of their report.
  public mutating func add(patient: String, history: History) {
    let diary = DiaryDays(pain: history.pain, symptoms: [], filter: PainFilter(), asOf: asOf)
    let timeline = Timeline(treatments: history.treatments, asOf: asOf)
    let treatments = timeline.entries.map(\.treatment)
    let surgeries = timeline.daysSinceSurgery.map(\.surgery)
    let aidsUpToDay = history.aids.filter { $0.from <= asOf }.map { AidSummary($0, asOf: asOf) }
    let firstLogged = (history.pain.map(\.day) + history.symptoms.map(\.day) + history.scores.map(\.day))
      .filter { $0 <= asOf }.min()
    let firstDay =
      since ?? ([firstLogged, treatments.first?.day] + aidsUpToDay.map(\.from)).compactMap { $0 }.min()
      ?? asOf
    let lastDay = min(until ?? asOf, asOf)
    let shown = { (day: CalendarDay) in day >= firstDay && day <= lastDay }

    // Without any medication logged, nothing says what was taken: no painkiller figures at all.
    let load = history.medications.isEmpty ? nil : MedicationLoad(entries: history.medications, asOf: asOf)
    var responses = ResponseAnalysis.responses(
      treatments, diary: diary, filter: PainFilter(), windows: windows, asOf: asOf,
      load: load
    )
    .filter { $0.treatments.contains { shown($0.date) } }
    AnalgesicUse.attach(to: &responses, load: load)
    let aids = aidsUpToDay.filter { $0.inUse(from: firstDay, through: lastDay) }
    let crutchDays = CrutchDays.make(aids: aidsUpToDay, surgeries: surgeries, asOf: asOf)
      .filter { shown($0.surgery.date) }
    let shownTreatments = treatments.filter { shown($0.day) }
    let scores = ScoreSummary.make(scores: history.scores, surgeries: surgeries, shown: shown, asOf: asOf)
    // What `Report.isEmpty` asks of the full report: a treatment, an aid, a day of pain, a symptom
    // episode or a questionnaire score in range.
    let isEmpty =
      shownTreatments.isEmpty && aids.isEmpty && !history.pain.contains { shown($0.day) }
      && !history.symptoms.contains { $0.episodes > 0 && shown($0.day) }
      && scores.allSatisfy { $0.scores.isEmpty }
    let opioidFree = MedicationSummary.make(
      medications: history.medications, surgeries: surgeries, from: firstDay, to: lastDay, asOf: asOf
    ).opioidFree
    add(
      patient: patient, isEmpty: isEmpty, treatments: shownTreatments, responses: responses,
      crutchDays: crutchDays, scores: scores, opioidFree: opioidFree)
  }

  private mutating func add(
    patient: String, isEmpty: Bool, treatments: [Treatment], responses: [TreatmentResponse],
    crutchDays: [CrutchDays], scores: [ScoreSummary], opioidFree: [MedicationSummary.OpioidFree]
  ) {
    patients += 1
    if isEmpty { withoutEntries.append(patient) }
    let index = patients
    for response in responses where counts(response.kind) {
      byKind[response.kind, default: Tally()].add(response, patient: index)
      effectsByKind[response.kind, default: EffectTally()].add(response, patient: index)
      // A course's level or target is that of its first treatment in range.
      let first = response.treatments.lazy.compactMap { reference in
        treatments.first { $0.uid == reference.uid }
      }.first
      if response.kind == .psoasRelease {
        byLevel[response.kind, default: [:]][first?.level?.rawValue, default: Tally()].add(
          response, patient: index)
      }
      if response.kind.category == .injection {
        byTarget[response.kind, default: [:]][first?.target?.rawValue, default: Tally()].add(
          response, patient: index)
      }
    }
    for total in crutchDays where counts(total.surgery.kind) {
      crutchPatientsByKind[total.surgery.kind, default: []].insert(index)
      if total.open {
        stillOnCrutchesByKind[total.surgery.kind, default: 0] += 1
      } else {
        crutchDaysByKind[total.surgery.kind, default: []].append(Double(total.days))
      }
    }
    for item in opioidFree
    where counts(item.surgery.kind) && treatments.contains(where: { $0.uid == item.surgery.uid }) {
      let kind = item.surgery.kind
      opioidPatientsByKind[kind, default: []].insert(index)
      if item.stillOnOpioids {
        stillOnOpioidsByKind[kind, default: 0] += 1
      } else {
        opioidFreeDaysByKind[kind, default: []].append(Double(item.opioidFreeFromDay))
      }
      if let onOpioids = item.onOpioidsAtSixWeeks {
        sixWeeksByKind[kind, default: (0, 0)].followed += 1
        if onOpioids { sixWeeksByKind[kind, default: (0, 0)].onOpioids += 1 }
      }
    }
    for summary in scores {
      for change in summary.changes where counts(change.surgery.kind) {
        scoreChanges[change.surgery.kind, default: [:]][summary.instrument, default: ScoreTally()].add(
          change, patient: index)
      }
    }
  }

  private func counts(_ kind: TreatmentKind) -> Bool {
    kinds.map { $0.contains(kind) } ?? true
  }

  /// The cohort so far.
  public func cohort() -> Cohort {
    let listed = kinds ?? TreatmentKind.allCases.filter { byKind[$0] != nil }
    let treatments = listed.map { kind in
      Cohort.TreatmentOutcome(
        kind: kind, outcome: (byKind[kind] ?? Tally()).outcome(),
        byLevel: Self.groups(byLevel[kind], words: ReleaseLevel.allCases.map(\.rawValue)),
        byTarget: Self.groups(byTarget[kind], words: InjectionTarget.allCases.map(\.rawValue)))
    }
    let crutches = TreatmentKind.allCases.compactMap { kind -> Cohort.CrutchOutcome? in
      let open = stillOnCrutchesByKind[kind] ?? 0
      let spread = crutchDaysByKind[kind].flatMap(Spread.init)
      guard spread != nil || open > 0 else { return nil }
      return Cohort.CrutchOutcome(
        kind: kind, days: spread, stillOnCrutches: open, patients: crutchPatientsByKind[kind]?.count ?? 0)
    }
    let questionnaires = TreatmentKind.allCases.compactMap { kind -> Cohort.QuestionnaireOutcome? in
      guard let tallies = scoreChanges[kind] else { return nil }
      return Cohort.QuestionnaireOutcome(
        kind: kind,
        instruments: Instrument.allCases.compactMap { instrument in
          tallies[instrument]?.outcome(instrument)
        })
    }
    let opioids = TreatmentKind.allCases.compactMap { kind -> Cohort.OpioidOutcome? in
      guard let patients = opioidPatientsByKind[kind] else { return nil }
      let sixWeeks = sixWeeksByKind[kind] ?? (0, 0)
      return Cohort.OpioidOutcome(
        kind: kind, daysToOpioidFree: opioidFreeDaysByKind[kind].flatMap(Spread.init),
        stillOnOpioids: stillOnOpioidsByKind[kind] ?? 0, patients: patients.count,
        followedSixWeeks: sixWeeks.followed, onOpioidsAtSixWeeks: sixWeeks.onOpioids)
    }
    return Cohort(
      asOf: asOf, since: since, until: until, kinds: kinds, windows: windows, patients: patients,
      patientsWithoutEntries: withoutEntries.count, withoutEntries: withoutEntries, treatments: treatments,
      crutchDays: crutches, questionnaires: questionnaires, opioids: opioids,
      pooledEffects: listed.map { (effectsByKind[$0] ?? EffectTally()).pooled($0) })
  }

  /// The groups present, in vocabulary order, "none given" (nil) last.
  private static func groups(_ tallies: [String?: Tally]?, words: [String]) -> [Cohort.Group] {
    guard let tallies else { return [] }
    return (words.map(Optional.some) + [nil]).compactMap { word in
      tallies[word].map { Cohort.Group(value: word, outcome: $0.outcome()) }
    }
  }
}

/// The running counts behind one ``Cohort/Outcome``.
struct Tally: Sendable {
  private var patients = 0
  private var lastPatient = 0
  private var responses = 0
  private var verdicts: [Verdict: Int] = Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0, 0) })
  private var finalVerdicts: [Verdict: Int] = Dictionary(
    uniqueKeysWithValues: Verdict.allCases.map { ($0, 0) })
  private var interim = 0
  private var confounded = 0
  private var changes: [Double] = []
  private var percentChanges: [Double] = []

  /// Counts a response of patient number `patient` (patients are numbered from 1 as they are added).
  mutating func add(_ response: TreatmentResponse, patient: Int) {
    if patient != lastPatient {
      patients += 1
      lastPatient = patient
    }
    responses += 1
    verdicts[response.verdict, default: 0] += 1
    // Only judged responses show a change in the report; the others rest on too few days. Of those,
    // only final ones, with nothing in the way, are added up as results.
    guard response.showsFigures else { return }
    if response.isConfounded {
      confounded += 1
      return
    }
    if response.partial {
      interim += 1
      return
    }
    finalVerdicts[response.verdict, default: 0] += 1
    if let change = response.change { changes.append(change) }
    if let percent = response.percentChange { percentChanges.append(percent) }
  }

  func outcome() -> Cohort.Outcome {
    Cohort.Outcome(
      patients: patients, responses: responses, verdicts: verdicts, interim: interim, confounded: confounded,
      finalVerdicts: finalVerdicts, change: Quartiles(changes), changed: changes.count,
      percentChange: Quartiles(percentChanges), percentChanged: percentChanges.count)
  }
}
