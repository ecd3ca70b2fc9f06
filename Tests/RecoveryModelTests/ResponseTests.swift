import RecoveryModel
import Testing

struct ResponseTests {
  /// A cortisone injection on 2024-03-01: baseline 2024-02-16 to 02-29, follow-up days 7-42, that is
  /// 2024-03-08 to 04-12.
  static let injectionDay = Fixture.day("2024-03-01")

  /// Baseline scores on the last days before the injection, follow-up scores from day 7 on.
  static func cortisoneHistory(baseline: [Int], followUp: [Int]) -> History {
    History(
      treatments: [Fixture.treatment(.cortisone, "2024-03-01", id: 1)],
      pain: Fixture.pain(from: injectionDay.adding(days: -baseline.count), baseline)
        + Fixture.pain(from: injectionDay.adding(days: 7), followUp))
  }

  struct Boundary: CustomTestStringConvertible, Sendable {
    var name: String
    var baseline: [Int]
    var followUp: [Int]
    var verdict: Verdict
    var change: Double?
    var percent: Double?
    var testDescription: String { name }
  }

  static let boundaries: [Boundary] = [
    Boundary(
      name: "a drop of exactly 2 points (25%) is meaningful", baseline: [8, 8, 8], followUp: [6, 6, 6],
      verdict: .meaningfulImprovement, change: -2, percent: -25),
    Boundary(
      name: "a drop of 2 points that floating point makes 1.9999999999999991 is meaningful",
      baseline: [8, 8, 8, 8, 9], followUp: [6, 6, 6, 6, 7], verdict: .meaningfulImprovement,
      change: 6.2 - 8.2, percent: (6.2 - 8.2) / 8.2 * 100),
    Boundary(
      name: "a drop of 1.67 points (21%) is no meaningful change", baseline: [8, 8, 8],
      followUp: [6, 6, 7], verdict: .noMeaningfulChange, change: 19.0 / 3 - 8,
      percent: (19.0 / 3 - 8) / 8 * 100),
    Boundary(
      name: "a drop of exactly 30% (1.5 points) is meaningful", baseline: [5, 5, 5, 5],
      followUp: [3, 4, 3, 4], verdict: .meaningfulImprovement, change: -1.5, percent: -30),
    Boundary(
      name: "a drop of 28% (1.4 points) is no meaningful change", baseline: [5, 5, 5, 5, 5],
      followUp: [4, 3, 4, 3, 4], verdict: .noMeaningfulChange, change: 3.6 - 5, percent: -28),
    Boundary(
      name: "a drop of exactly 50% is substantial", baseline: [4, 4, 4], followUp: [2, 2, 2],
      verdict: .substantialImprovement, change: -2, percent: -50),
    Boundary(
      name: "a drop of 46% is meaningful, not substantial", baseline: [6, 6, 6, 6],
      followUp: [3, 3, 3, 4], verdict: .meaningfulImprovement, change: -2.75,
      percent: -2.75 / 6 * 100),
    Boundary(
      name: "a rise of exactly 2 points (25%) is worse", baseline: [8, 8, 8], followUp: [10, 10, 10],
      verdict: .worse, change: 2, percent: 25),
    Boundary(
      name: "a rise of 2 points that floating point makes 1.9999999999999991 is worse",
      baseline: [7, 7, 7, 7, 8], followUp: [9, 9, 9, 9, 10], verdict: .worse, change: 9.2 - 7.2,
      percent: (9.2 - 7.2) / 7.2 * 100),
    Boundary(
      name: "a rise of exactly 30% (1.5 points) is worse", baseline: [5, 5, 5, 5],
      followUp: [6, 7, 6, 7], verdict: .worse, change: 1.5, percent: 30),
    Boundary(
      name: "a rise of 28% (1.4 points) is no meaningful change", baseline: [5, 5, 5, 5, 5],
      followUp: [6, 7, 6, 7, 6], verdict: .noMeaningfulChange, change: 6.4 - 5, percent: 28),
    Boundary(
      name: "from a baseline of 0 a rise of 1 point has no percentage and no meaningful change",
      baseline: [0, 0, 0], followUp: [1, 1, 1], verdict: .noMeaningfulChange, change: 1, percent: nil),
    Boundary(
      name: "a rise of 0.3 points from 1.0 (30%) is no meaningful change: percentages need a point",
      baseline: [1, 1, 1], followUp: [1, 1, 2, 1, 1, 2, 1, 1, 2, 1], verdict: .noMeaningfulChange,
      change: 1.3 - 1, percent: (1.3 - 1) * 100),
    Boundary(
      name: "from a baseline of 0 a rise of 2 points is worse by the point rule", baseline: [0, 0, 0],
      followUp: [2, 2, 2], verdict: .worse, change: 2, percent: nil),
    Boundary(
      name: "2 baseline days are insufficient data, however large the drop", baseline: [8, 8],
      followUp: [1, 1, 1], verdict: .insufficientData, change: -7, percent: -87.5),
    Boundary(
      name: "3 baseline days are enough", baseline: [8, 8, 8], followUp: [1, 1, 1],
      verdict: .substantialImprovement, change: -7, percent: -87.5),
    Boundary(
      name: "2 follow-up days are insufficient data", baseline: [8, 8, 8], followUp: [1, 1],
      verdict: .insufficientData, change: -7, percent: -87.5),
  ]

  /// The plain change of a response's two means is classified on the thresholds (the table's
  /// description, which display rounding keeps honest); the verdict itself reads the effect estimate.
  @Test(arguments: boundaries)
  func plainChangeBoundary(_ boundary: Boundary) throws {
    let history = Self.cortisoneHistory(baseline: boundary.baseline, followUp: boundary.followUp)
    let report = try Fixture.report(history, asOf: "2024-06-01")
    let response = try #require(report.responses.first)
    #expect(report.responses.count == 1)
    let plain = Verdict.judge(
      baselineMean: response.baseline.mean, baselineDays: response.baseline.days,
      followUpMean: response.followUp.mean, followUpDays: response.followUp.days)
    #expect(plain == boundary.verdict)
    if boundary.verdict == .insufficientData { #expect(response.verdict == .insufficientData) }
    #expect(close(response.change, boundary.change))
    #expect(close(response.percentChange, boundary.percent))
    #expect(response.baseline.days == boundary.baseline.count)
    #expect(response.followUp.days == boundary.followUp.count)
    #expect(response.partial == false)
  }

  @Test func judgeChecksPendingThenTooFewDaysThenTheSizeOfTheChange() {
    #expect(
      Verdict.judge(
        baselineMean: nil, baselineDays: 0, followUpMean: nil, followUpDays: 0, followUpBegun: false)
        == .pending)
    #expect(
      Verdict.judge(baselineMean: 8, baselineDays: 2, followUpMean: 1, followUpDays: 30) == .insufficientData)
    #expect(
      Verdict.judge(baselineMean: 10, baselineDays: 3, followUpMean: 5, followUpDays: 3)
        == .substantialImprovement)
    #expect(
      Verdict.judge(baselineMean: 10, baselineDays: 3, followUpMean: 7, followUpDays: 3)
        == .meaningfulImprovement)
    #expect(Verdict.judge(baselineMean: 10, baselineDays: 3, followUpMean: 12, followUpDays: 3) == .worse)
    #expect(
      Verdict.judge(baselineMean: 10, baselineDays: 3, followUpMean: 9, followUpDays: 3)
        == .noMeaningfulChange)
    #expect(
      Verdict.judge(baselineMean: 4, baselineDays: 3, followUpMean: 4, followUpDays: 3, minimumDays: 4)
        == .insufficientData)
  }

  @Test func verdictWordsAreKebabCase() {
    #expect(
      Verdict.allCases.map(\.rawValue) == [
        "pending", "insufficient-data", "substantial-improvement", "meaningful-improvement", "worse",
        "no-meaningful-change", "cannot-tell",
      ])
  }

  @Test func windowsIncludeBothEndsAndNothingOutside() throws {
    let history = History(
      treatments: [Fixture.treatment(.cortisone, "2024-03-01", id: 1)],
      pain: [
        Fixture.pain("2024-02-15", 10),  // day -15: before the baseline
        Fixture.pain("2024-02-16", 4),  // day -14
        Fixture.pain("2024-02-22", 5),
        Fixture.pain("2024-02-29", 6),  // day -1
        Fixture.pain("2024-03-01", 10),  // day 0: neither window
        Fixture.pain("2024-03-07", 10),  // day 6: before the follow-up
        Fixture.pain("2024-03-08", 2),  // day 7
        Fixture.pain("2024-03-20", 3),
        Fixture.pain("2024-04-12", 1),  // day 42
        Fixture.pain("2024-04-13", 10),  // day 43: after the follow-up
      ])
    let response = try #require(try Fixture.report(history, asOf: "2024-06-01").responses.first)
    #expect(response.baseline.from == Fixture.day("2024-02-16"))
    #expect(response.baseline.to == Fixture.day("2024-02-29"))
    #expect(response.baseline.mean == 5)
    #expect(response.baseline.days == 3)
    #expect(response.followUp.from == Fixture.day("2024-03-08"))
    #expect(response.followUp.to == Fixture.day("2024-04-12"))
    #expect(response.followUp.plannedTo == Fixture.day("2024-04-12"))
    #expect(response.followUp.mean == 2)
    #expect(response.followUp.days == 3)
    #expect(response.change == -3)
    #expect(close(response.percentChange, -60))
    #expect(response.verdict == .substantialImprovement)
  }

  @Test func dailyPainIsTheDaysHighestScore() throws {
    // Without a side, the injection is judged on the pain of every side.
    let history = History(
      treatments: [Fixture.treatment(.cortisone, "2024-03-01", side: nil)],
      pain: [
        Fixture.pain("2024-02-20", 3), Fixture.pain("2024-02-20", 7, location: .lowerBack),
        Fixture.pain("2024-02-21", 5), Fixture.pain("2024-02-22", 6, side: .left),
        Fixture.pain("2024-03-08", 2), Fixture.pain("2024-03-08", 4),
        Fixture.pain("2024-03-09", 2), Fixture.pain("2024-03-10", 2),
      ])
    let all = try #require(try Fixture.report(history, asOf: "2024-06-01").responses.first)
    // Baseline (7 + 5 + 6) / 3 = 6; follow-up (4 + 2 + 2) / 3.
    #expect(all.baseline.mean == 6)
    #expect(close(all.followUp.mean, 8.0 / 3))

    let groin = try #require(
      try Fixture.report(history, asOf: "2024-06-01", location: .groin).responses.first)
    // Without the lower back's 7 on 02-20: (3 + 5 + 6) / 3.
    #expect(close(groin.baseline.mean, 14.0 / 3))

    let right = try #require(
      try Fixture.report(history, asOf: "2024-06-01", location: .groin, side: .right).responses.first)
    // Without the left groin on 02-22 as well: (3 + 5) / 2, and only 2 days.
    #expect(right.baseline.mean == 4)
    #expect(right.baseline.days == 2)
    #expect(right.verdict == .insufficientData)
  }

  @Test func painOnBothSidesCountsForEachSide() throws {
    let history = History(pain: [
      Fixture.pain("2024-01-01", 6, side: .both), Fixture.pain("2024-01-02", 4, side: .left),
      PainEntry(day: Fixture.day("2024-01-03"), score: 9),
    ])
    let right = try Fixture.report(history, asOf: "2024-01-31", side: .right)
    #expect(right.pain.daily == [PainSummary.Day(date: Fixture.day("2024-01-01"), score: 6)])
    let both = try Fixture.report(history, asOf: "2024-01-31", side: .both)
    #expect(both.pain.daily.map(\.score) == [6])
    let any = try Fixture.report(history, asOf: "2024-01-31")
    #expect(any.pain.daily.map(\.score) == [6, 4, 9])
  }

  @Test func confoundersAreOtherTreatmentsUpToTheFollowUpsEnd() throws {
    let history = History(
      treatments: [
        Fixture.treatment(.cortisone, "2024-03-01", id: 1),
        Fixture.treatment(.prp, "2024-03-04", id: 2),  // between the injection and its window
        Fixture.treatment(.physiotherapy, "2024-03-20", id: 3),  // inside the window
        Fixture.treatment(.selfMassage, "2024-04-12", id: 4),  // the window's last day
        Fixture.treatment(.selfMassage, "2024-04-13", id: 5),  // the day after
        Fixture.treatment(.cortisone, "2024-02-20", side: .both, id: 6),  // before the injection
      ],
      pain: Fixture.pain(from: Fixture.day("2024-02-01"), Array(repeating: 5, count: 120)))
    let report = try Fixture.report(history, asOf: "2024-09-01")
    func ids(_ response: TreatmentResponse, _ reason: TreatmentResponse.Confounder.Reason) -> [Int] {
      response.confoundedBy.filter { $0.reason == reason }.compactMap(\.treatment.id)
    }
    let cortisone = try #require(report.responses.first { $0.treatmentIds == [1] })
    #expect(ids(cortisone, .followUp) == [2, 3, 4])
    #expect(
      cortisone.confoundedBy.filter { $0.reason == .followUp }.map(\.treatment.kind) == [
        .prp, .physiotherapy, .selfMassage,
      ])
    // The injection into both hips of 2024-02-20 is still in its follow-up (to 2024-04-02) during the
    // baseline.
    #expect(ids(cortisone, .baseline) == [6])
    #expect(cortisone.confounders.compactMap(\.id) == [6, 2, 3, 4])
    // The PRP's window, days 28-84, runs 2024-04-01 to 05-27.
    let prp = try #require(report.responses.first { $0.treatmentIds == [2] })
    #expect(ids(prp, .followUp) == [3, 4, 5])
    #expect(ids(prp, .baseline) == [6, 1])
    // Therapies are judged session by session, each with a row of its own.
    #expect(report.responses.filter { $0.kind == .selfMassage }.count == 2)
    let physiotherapy = try #require(report.responses.first { $0.kind == .physiotherapy })
    #expect(physiotherapy.followUp.from == Fixture.day("2024-04-03"))
    #expect(physiotherapy.followUp.to == Fixture.day("2024-05-01"))
    #expect(ids(physiotherapy, .followUp) == [4, 5])
    #expect(ids(physiotherapy, .baseline) == [6, 1, 2])
    #expect(physiotherapy.verdict == .noMeaningfulChange)
  }

  @Test func prolotherapyRoundsFormOneCourse() throws {
    let history = History(
      treatments: [
        Fixture.treatment(.prolotherapy, "2024-01-01", id: 1, round: 1),
        Fixture.treatment(.prolotherapy, "2024-01-15", side: .left, id: 2),  // other side
        Fixture.treatment(.prp, "2024-01-20", id: 3),  // other kind
        Fixture.treatment(.prolotherapy, "2024-01-29", id: 4, round: 2),  // 28 days later
        Fixture.treatment(.prolotherapy, "2024-03-24", id: 5, round: 3),  // 55 days later: joins
        Fixture.treatment(.prolotherapy, "2024-05-19", id: 6),  // 56 days later: a new course
      ],
      pain: Fixture.pain(from: Fixture.day("2023-12-18"), Array(repeating: 6, count: 14))
        + Fixture.pain(from: Fixture.day("2024-04-21"), [4, 4, 4, 4, 4, 4, 4]))
    let report = try Fixture.report(history, asOf: "2024-12-01")
    #expect(report.responses.map(\.treatmentIds) == [[1, 4, 5], [2], [3], [6]])
    let course = report.responses[0]
    #expect(course.isCourse)
    #expect(course.label == "prolotherapy (3 rounds)")
    #expect(course.firstDate == Fixture.day("2024-01-01"))
    #expect(course.date == Fixture.day("2024-03-24"))
    // Baseline before the first round, follow-up days 28-84 after the last.
    #expect(course.baseline.from == Fixture.day("2023-12-18"))
    #expect(course.baseline.to == Fixture.day("2023-12-31"))
    #expect(course.baseline.mean == 6)
    #expect(course.baseline.days == 14)
    #expect(course.followUp.from == Fixture.day("2024-04-21"))
    #expect(course.followUp.to == Fixture.day("2024-06-16"))
    #expect(course.followUp.mean == 4)
    #expect(course.followUp.days == 7)
    #expect(course.change == -2)
    #expect(course.verdict == .meaningfulImprovement)
    // The PRP falls between the rounds and the fifth injection in the window; the round on the other
    // side leaves this side's pain alone.
    #expect(course.confounders.compactMap(\.id) == [3, 6])
  }

  @Test func courseGapCanBeChanged() throws {
    let history = History(treatments: [
      Fixture.treatment(.prolotherapy, "2024-01-01", id: 1),
      Fixture.treatment(.prolotherapy, "2024-01-29", id: 2),
    ])
    var windows = ResponseWindows.standard
    windows.courseGap = 28
    let report = try Fixture.report(history, asOf: "2024-12-01", windows: windows)
    #expect(report.responses.map(\.treatmentIds) == [[1], [2]])
  }

  @Test func pendingBeforeTheFollowUpBegins() throws {
    let history = Self.cortisoneHistory(baseline: [6, 6, 6], followUp: [])
    let response = try #require(try Fixture.report(history, asOf: "2024-03-07").responses.first)
    #expect(response.verdict == .pending)
    #expect(response.partial == false)
    #expect(response.followUp.from == Fixture.day("2024-03-08"))
    #expect(response.followUp.to == nil)
    #expect(response.followUp.plannedTo == Fixture.day("2024-04-12"))
    #expect(response.followUp.mean == nil)
    #expect(response.followUp.days == 0)
    #expect(response.baseline.mean == 6)
    #expect(response.change == nil)
    #expect(response.percentChange == nil)
  }

  @Test func partialWhileTheFollowUpRuns() throws {
    let history = Self.cortisoneHistory(baseline: [6, 6, 6], followUp: [3, 3, 3, 3, 3])
    let firstDay = try #require(try Fixture.report(history, asOf: "2024-03-08").responses.first)
    #expect(firstDay.partial)
    #expect(firstDay.followUp.days == 1)
    #expect(firstDay.verdict == .insufficientData)

    let third = try #require(try Fixture.report(history, asOf: "2024-03-10").responses.first)
    #expect(third.partial)
    #expect(third.followUp.to == Fixture.day("2024-03-10"))
    #expect(third.followUp.plannedTo == Fixture.day("2024-04-12"))
    #expect(third.followUp.days == 3)
    #expect(third.verdict == .substantialImprovement)

    let lastDay = try #require(try Fixture.report(history, asOf: "2024-04-12").responses.first)
    #expect(lastDay.partial == false)
    #expect(lastDay.followUp.days == 5)
  }

  @Test func entriesAfterTheReportDayAreIgnored() throws {
    var history = Self.cortisoneHistory(baseline: [6, 6, 6], followUp: [3, 3, 3])
    history.treatments.append(Fixture.treatment(.prp, "2024-03-20", id: 2))
    history.pain.append(Fixture.pain("2024-03-18", 10))
    let report = try Fixture.report(history, asOf: "2024-03-17")
    #expect(report.responses.map(\.treatmentIds) == [[1]])
    #expect(report.responses[0].followUp.mean == 3)
    #expect(report.responses[0].confounders.isEmpty)
    #expect(report.treatments.count == 1)
  }

  @Test func followUpWindowsCanBeOverridden() throws {
    let history = Self.cortisoneHistory(baseline: [6, 6, 6], followUp: [3, 3, 3, 6, 6, 6, 6])
    var windows = ResponseWindows.standard
    windows.setFollowUp(try #require(DayWindow("7-9")), for: .cortisone)
    #expect(windows.followUp(for: .cortisone) == DayWindow(start: 7, end: 9))
    #expect(windows.followUp(for: .prp) == DayWindow(start: 28, end: 84))
    let response = try #require(
      try Fixture.report(history, asOf: "2024-06-01", windows: windows).responses.first)
    #expect(response.followUp.to == Fixture.day("2024-03-10"))
    #expect(response.followUp.mean == 3)
    #expect(response.verdict == .substantialImprovement)
  }

  @Test func standardWindowsArePerKindFollowUpsAfterATwoWeekBaseline() {
    let windows = ResponseWindows.standard
    #expect(windows.baseline == DayWindow(start: -14, end: -1))
    #expect(windows.courseGap == 56)
    #expect(windows.minimumDays == 3)
    let expected: [TreatmentKind: (Int, Int)] = [
      .cortisone: (7, 42), .prp: (28, 84), .prolotherapy: (28, 84), .psoasRelease: (14, 42),
      .hipResurfacing: (42, 84), .totalHipReplacement: (42, 84), .hipArthroscopy: (42, 84),
      .revision: (42, 84), .physiotherapy: (14, 42), .selfMassage: (14, 42), .other: (14, 42),
    ]
    for kind in TreatmentKind.allCases {
      let window = windows.followUp(for: kind)
      #expect(window.start == expected[kind]?.0 && window.end == expected[kind]?.1, "\(kind)")
    }
  }

  @Test(arguments: [
    ("7-42", DayWindow(start: 7, end: 42)), ("0..3", DayWindow(start: 0, end: 3)),
    ("-14..-1", DayWindow(start: -14, end: -1)), ("-3..5", DayWindow(start: -3, end: 5)),
  ])
  func dayWindowParses(_ text: String, _ window: DayWindow) {
    #expect(DayWindow(text) == window)
  }

  @Test(arguments: ["", "7", "42-7", "-14-1", "a-b", "7-", "-7", "5..2", "1..2..3"])
  func dayWindowRejects(_ text: String) {
    #expect(DayWindow(text) == nil)
  }

  @Test func dayWindowPrintsAsItParses() {
    #expect(DayWindow(start: 7, end: 42).description == "7-42")
    #expect(DayWindow(start: -14, end: -1).description == "-14..-1")
  }
}
