import Foundation
import RecoveryModel
import RecoveryTestSupport
import Testing

/// The hand-made cohort's figures, each worked out by hand (see ``HandMadeCohort``).
struct CohortBuilderTests {
  static func cohort(
    since: CalendarDay? = nil, until: CalendarDay? = nil, kinds: [TreatmentKind]? = nil
  ) throws -> Cohort {
    var builder = try CohortBuilder(asOf: HandMadeCohort.asOf, since: since, until: until, kinds: kinds)
    for patient in HandMadeCohort.patients {
      builder.add(patient: patient.name, history: patient.history)
    }
    return builder.cohort()
  }

  static func verdicts(_ pairs: [Verdict: Int]) -> [Verdict: Int] {
    Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0, pairs[$0] ?? 0) })
  }

  @Test func everyPatientIsCountedAndTheOneWithoutEntriesIsNamed() throws {
    let cohort = try Self.cohort()
    #expect(cohort.patients == 6)
    #expect(cohort.patientsWithoutEntries == 1)
    #expect(cohort.withoutEntries == ["Dan Example"])
    #expect(cohort.treatments.map(\.kind) == [.psoasRelease, .cortisone, .prp, .totalHipReplacement, .other])
  }

  @Test func psoasReleasesCountVerdictsAndChangesOfTheJudgedOnly() throws {
    let release = try #require(try Self.cohort().treatments.first { $0.kind == .psoasRelease }).outcome
    #expect(release.patients == 4)
    #expect(release.responses == 4)
    #expect(
      release.verdicts
        == Self.verdicts([
          .substantialImprovement: 1, .meaningfulImprovement: 1, .noMeaningfulChange: 1, .pending: 1,
        ]))
    #expect(release.judged == 3)
    // Changes -6, -3, -1; percents -75, -42.86, -16.67.
    #expect(release.change == Quartiles(q1: -4.5, median: -3, q3: -2))
    let percent = try #require(release.percentChange)
    #expect(close(percent.median, -300.0 / 7))
    #expect(close(percent.q1, (-75 - 300.0 / 7) / 2))
    #expect(close(percent.q3, (-300.0 / 7 - 100.0 / 6) / 2))
  }

  @Test func psoasReleasesByLevelWithNoneGivenLast() throws {
    let release = try #require(try Self.cohort().treatments.first { $0.kind == .psoasRelease })
    #expect(release.byLevel.map(\.value) == ["lesser-trochanter", "central-compartment", nil])
    #expect(release.byTarget.isEmpty)
    let central = release.byLevel[1].outcome
    #expect(central.patients == 2)
    #expect(central.verdicts == Self.verdicts([.substantialImprovement: 1, .meaningfulImprovement: 1]))
    // Two values, -6 and -3: the median is their mean.
    #expect(central.change == Quartiles(q1: -5.25, median: -4.5, q3: -3.75))
    #expect(release.byLevel[2].outcome.verdicts == Self.verdicts([.pending: 1]))
    #expect(release.byLevel[2].outcome.change == nil)
  }

  @Test func aCourseOfInjectionsCountsOnceUnderItsTarget() throws {
    let cortisone = try #require(try Self.cohort().treatments.first { $0.kind == .cortisone })
    #expect(cortisone.outcome.patients == 2)
    #expect(cortisone.outcome.responses == 2)
    #expect(cortisone.outcome.verdicts == Self.verdicts([.substantialImprovement: 1, .pending: 1]))
    #expect(cortisone.outcome.change == Quartiles(q1: -3, median: -3, q3: -3))
    #expect(cortisone.outcome.percentChange == Quartiles(q1: -60, median: -60, q3: -60))
    #expect(cortisone.byTarget.map(\.value) == ["iliopsoas-bursa", nil])
    #expect(cortisone.byTarget.map(\.outcome.responses) == [1, 1])
    #expect(cortisone.byLevel.isEmpty)
  }

  @Test func insufficientDataIsCountedApartWithoutAChange() throws {
    let cohort = try Self.cohort()
    for kind in [TreatmentKind.prp, .totalHipReplacement, .other] {
      let outcome = try #require(cohort.treatments.first { $0.kind == kind }).outcome
      #expect(outcome.verdicts == Self.verdicts([.insufficientData: 1]), "\(kind)")
      #expect(outcome.judged == 0)
      #expect(outcome.change == nil)
    }
  }

  @Test func crutchDaysPerSurgeryKindIncludeSurgeriesWithoutCrutches() throws {
    let cohort = try Self.cohort()
    #expect(cohort.crutchDays.map(\.kind) == [.psoasRelease, .totalHipReplacement])
    // Ann 14, Bob 7, Eve 0; Cat still on crutches is counted apart.
    #expect(cohort.crutchDays[0].days == Spread(n: 3, min: 0, q1: 3.5, median: 7, q3: 10.5, max: 14))
    #expect(cohort.crutchDays[0].stillOnCrutches == 1)
    #expect(cohort.crutchDays[1].stillOnCrutches == 0)
    #expect(cohort.crutchDays[1].days == Spread(n: 1, min: 42, q1: 42, median: 42, q3: 42, max: 42))
  }

  @Test func kindsAskedForAreListedEvenWithoutResponses() throws {
    let cohort = try Self.cohort(kinds: [.prolotherapy, .cortisone])
    #expect(cohort.treatments.map(\.kind) == [.cortisone, .prolotherapy])
    #expect(cohort.treatments[1].outcome.responses == 0)
    #expect(cohort.crutchDays.isEmpty)
    #expect(cohort.questionnaires.isEmpty)
  }

  @Test func questionnaireChangesPerSurgeryKindAndInstrument() throws {
    let cohort = try Self.cohort()
    #expect(cohort.questionnaires.map(\.kind) == [.psoasRelease, .totalHipReplacement])
    let release = cohort.questionnaires[0].instruments
    #expect(release.map(\.instrument) == [.ihot12, .oxford])
    // Ann +20 and Eve +10.5: two values, the median their mean; Eve is short of 13.
    #expect(
      release[0]
        == Cohort.InstrumentOutcome(
          instrument: .ihot12, threshold: 13, n: 2, patients: 2,
          change: Quartiles(q1: 12.875, median: 15.25, q3: 17.625), reached: 1))
    #expect(release[0].reachedShare == 0.5)
    // Ann +12, Bob +3 (short of 8; his left-hip 40 does not count), Eve +9; Cat has no score after.
    #expect(
      release[1]
        == Cohort.InstrumentOutcome(
          instrument: .oxford, threshold: 8, n: 3, patients: 3, change: Quartiles(q1: 6, median: 9, q3: 10.5),
          reached: 2))
    #expect(close(release[1].reachedShare, 2.0 / 3))
    let replacement = cohort.questionnaires[1].instruments
    #expect(replacement.map(\.instrument) == [.hoosJR])
    #expect(replacement[0].n == 1)
    // Day 91 after the replacement is before HOOS JR's 270-365-day window: early, not reached.
    #expect(replacement[0].reached == 0)
    #expect(close(replacement[0].change.median, 76.776 - 46.652))
  }

  @Test func kindsNarrowTheQuestionnaireChangesToTheirSurgeries() throws {
    let cohort = try Self.cohort(kinds: [.totalHipReplacement, .cortisone])
    #expect(cohort.questionnaires.map(\.kind) == [.totalHipReplacement])
  }

  @Test func aRangeCountsTheQuestionnaireChangesOfTheSurgeriesInIt() throws {
    let cohort = try Self.cohort(since: TestCalendar.day("2024-06-01"), until: TestCalendar.day("2024-06-30"))
    // Ann's release alone; her changes run to her September scores, after the range.
    #expect(cohort.questionnaires.map(\.kind) == [.psoasRelease])
    #expect(cohort.questionnaires[0].instruments.map(\.instrument) == [.ihot12, .oxford])
    #expect(cohort.questionnaires[0].instruments.map(\.change.median) == [20, 12])
    #expect(cohort.questionnaires[0].instruments.map(\.reached) == [1, 1])
  }

  @Test func aPatientWhoseOnlyEntryInRangeIsAScoreHasEntries() throws {
    let cohort = try Self.cohort(since: TestCalendar.day("2024-04-01"), until: TestCalendar.day("2024-04-30"))
    // Fay's April score; Bob and Eve logged pain in April.
    #expect(cohort.withoutEntries == ["Ann Example", "Cat Example", "Dan Example"])
    #expect(cohort.questionnaires.isEmpty)
  }

  @Test func anInstrumentOutcomeWritesItsShareAndReadsBack() throws {
    let outcome = try #require(try Self.cohort().questionnaires.first?.instruments.last)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = try encoder.encode(outcome)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      Set(json.keys) == [
        "instrument", "threshold", "thresholdKind", "n", "patients", "change", "judged", "reached",
        "reachedShare", "suppressed",
      ])
    #expect(json["suppressed"] as? Bool == false)
    #expect(json["thresholdKind"] as? String == "mic")
    #expect(json["instrument"] as? String == "oxford")
    #expect(close(try #require(json["reachedShare"] as? Double), 2.0 / 3))
    #expect(json["change"] as? [String: Double] == ["median": 9, "q1": 6, "q3": 10.5])
    #expect(try JSONDecoder().decode(Cohort.InstrumentOutcome.self, from: data) == outcome)
  }

  @Test func aRangeCountsTheTreatmentsInItAndThePatientsWithNothingInIt() throws {
    let cohort = try Self.cohort(since: TestCalendar.day("2024-06-01"), until: TestCalendar.day("2024-06-30"))
    #expect(cohort.treatments.map(\.kind) == [.psoasRelease])
    #expect(cohort.treatments[0].outcome.responses == 1)
    // Cat logged nothing before December, Fay nothing after February, Dan nothing at all; Bob's pain
    // and Eve's pain fall in June.
    #expect(cohort.withoutEntries == ["Cat Example", "Dan Example", "Fay Example"])
  }

  @Test func sinceAfterUntilIsRefused() {
    #expect(
      throws: ReportError.sinceAfterUntil(
        since: TestCalendar.day("2024-06-02"), until: TestCalendar.day("2024-06-01"))
    ) {
      _ = try CohortBuilder(
        asOf: HandMadeCohort.asOf, since: TestCalendar.day("2024-06-02"),
        until: TestCalendar.day("2024-06-01"))
    }
  }

  /// The quick path from a history and the path from a finished report agree, for every range.
  @Test(
    arguments: [
      (nil, nil), ("2024-06-01", "2024-06-30"), ("2024-12-01", nil), (nil, "2024-03-31"), ("2025-02-01", nil),
      ("2024-04-01", "2024-04-30"),
    ] as [(String?, String?)])
  func historiesAndReportsGiveTheSameCohort(_ since: String?, _ until: String?) throws {
    let since = since.map(TestCalendar.day)
    let until = until.map(TestCalendar.day)
    var fromHistories = try CohortBuilder(asOf: HandMadeCohort.asOf, since: since, until: until)
    var fromReports = fromHistories
    for patient in HandMadeCohort.patients {
      fromHistories.add(patient: patient.name, history: patient.history)
      fromReports.add(
        patient: patient.name,
        report: try Report.make(
          history: patient.history, asOf: HandMadeCohort.asOf, since: since, until: until))
    }
    #expect(fromHistories.cohort() == fromReports.cohort())
  }
}
