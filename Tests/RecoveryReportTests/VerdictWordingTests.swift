import RecoveryModel
import RecoveryReport
import Testing

/// Diaries for each rule of how verdicts are worded, built in code and rendered in every format.
struct VerdictWordingTests {
  static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

  /// Pain entries from `start`, one a day, optionally on one side.
  static func pain(from start: String, _ scores: [Int], side: Side? = nil) -> [PainEntry] {
    scores.enumerated().map { offset, score in
      PainEntry(day: day(start).adding(days: offset), score: score, location: .groin, side: side)
    }
  }

  /// Cortisone on 2024-03-01 with `baseline` scores on the days just before and `followUp` scores from
  /// day 7 on.
  static func cortisone(baseline: [Int], followUp: [Int]) -> History {
    let start = day("2024-03-01")
    return History(
      patient: "dee", treatments: [Treatment(day: start, kind: .cortisone)],
      pain: pain(from: start.adding(days: -baseline.count).description, baseline)
        + pain(from: start.adding(days: 7).description, followUp))
  }

  /// Cortisone right on 2024-03-01 and left on 2024-03-22; right pain 6 before the first injection and
  /// 3 from it on, left pain 5 throughout.
  static let twoSides: History = {
    let start = day("2024-02-16")
    return History(
      patient: "eve",
      treatments: [
        Treatment(day: day("2024-03-01"), kind: .cortisone, side: .right),
        Treatment(day: day("2024-03-22"), kind: .cortisone, side: .left),
      ],
      pain: (0..<100).flatMap { offset in
        let day = start.adding(days: offset)
        return [
          PainEntry(day: day, score: day < Self.day("2024-03-01") ? 6 : 3, location: .groin, side: .right),
          PainEntry(day: day, score: 5, location: .groin, side: .left),
        ]
      })
  }()

  /// Cortisone on 2024-03-01 and PRP a week later; pain 5 before the PRP, 7.5 on average after it.
  static let prpAfterCortisone = History(
    patient: "fay",
    treatments: [
      Treatment(day: day("2024-03-01"), kind: .cortisone), Treatment(day: day("2024-03-08"), kind: .prp),
    ],
    pain: pain(from: "2024-02-16", Array(repeating: 5, count: 21))
      + pain(from: "2024-03-08", (0..<90).map { $0 % 2 == 0 ? 7 : 8 }))

  /// Prolotherapy on 2024-03-01 and 2024-04-05 (day 35): pain 6 before, 3 in the first round's days
  /// 28-34, 5 after the second.
  static let twoRounds = History(
    patient: "gus",
    treatments: [
      Treatment(day: day("2024-03-01"), kind: .prolotherapy),
      Treatment(day: day("2024-04-05"), kind: .prolotherapy),
    ],
    pain: pain(from: "2024-02-16", Array(repeating: 6, count: 14))
      + pain(from: "2024-03-29", Array(repeating: 3, count: 7))
      + pain(from: "2024-04-05", Array(repeating: 5, count: 90)))

  /// Each format's words: HTML without its tags, Markdown without its bold marks, and every run of
  /// white space made one space, so words a renderer wrapped, padded or emphasised read in one piece.
  static func outputs(_ report: Report) -> [(format: String, output: String)] {
    SmallDiaryTests.renderings(ReportDocument(report)).map { format, output in
      (format, output.replacing("**", with: "").replacing(/\s+/, with: " "))
    }
  }

  static func report(
    _ history: History, asOf: String, since: String? = nil, side: Side? = nil
  ) throws -> Report {
    try Report.make(history: history, asOf: day(asOf), since: since.map(day), side: side)
  }

  /// The responses table's rows.
  static func responseRows(_ report: Report) throws -> [ReportDocument.Table.Row] {
    let section = try #require(ReportDocument(report).section(.responses))
    guard case .table(let table) = section.blocks.first else {
      Issue.record("the responses section starts with \(section.blocks)")
      return []
    }
    return table.rows
  }

  @Test func oneSidedInjectionsAreJudgedOnTheirOwnSide() throws {
    let report = try Self.report(Self.twoSides, asOf: "2024-06-30")
    for (format, output) in Self.outputs(report) {
      for words in [
        "Substantial improvement: cortisone injection (2024-03-01): -3.0 points against the expected 6.0"
          + " (95% interval -3.0 to -3.0)",
        "No meaningful change: cortisone injection (2024-03-22)",
        "6.0 (14 days)", "3.0 (36 days)", "-3.0 (-50%)", "5.0 (14 days)", "5.0 (36 days)",
        "judged on pain logged for that side, for both sides or without a side",
      ] {
        #expect(output.contains(words), "\(format): \(words)")
      }
    }
  }

  @Test func aSideFilterLeavesTheOtherSideNotJudged() throws {
    let report = try Self.report(Self.twoSides, asOf: "2024-06-30", side: .right)
    let rows = try Self.responseRows(report)
    #expect(
      rows[1].cells.map(\.valueText) == [
        "cortisone injection", "2024-03-22", "", "", "", "", "not judged under this filter",
      ])
    for (format, output) in Self.outputs(report) {
      #expect(
        output.contains("Not judged under this filter (right side only): cortisone injection (2024-03-22)"),
        "\(format)")
      #expect(output.contains("not judged under this filter"), "\(format)")
      #expect(!output.contains("Insufficient data:"), "\(format)")
      #expect(!output.contains("insufficient data ("), "\(format)")
      #expect(!output.contains("cortisone injection 2024-03-22: cortisone injection 2024-03-01"), "\(format)")
      #expect(output.contains("-3.0 (-50%)"), "\(format)")
    }
  }

  @Test func aTreatmentWithAnotherInItsWayIsNeverJudgedBare() throws {
    let report = try Self.report(Self.prpAfterCortisone, asOf: "2024-09-01")
    let rows = try Self.responseRows(report)
    #expect(
      rows.map { $0.cells[6].plainText } == Array(repeating: "worse (another treatment in the way)", count: 2)
    )
    for (format, output) in Self.outputs(report) {
      for words in [
        "Worse: cortisone injection (2024-03-01) (with the PRP injection of 2024-03-08 in the way): +2.5"
          + " points against the expected 5.0 (95% interval +2.5 to +2.5); PRP injection (2024-03-08) (with"
          + " the cortisone injection of 2024-03-01 in the way): +2.5 points against the expected 5.0 (95%"
          + " interval +2.5 to +2.5)",
        "Not judged on their own (another treatment in the baseline or the follow-up):",
        "cortisone injection 2024-03-01: PRP injection 2024-03-08 (in the follow-up)",
        "PRP injection 2024-03-08: cortisone injection 2024-03-01 (in the baseline)",
      ] {
        #expect(output.contains(words), "\(format): \(words)")
      }
      #expect(!output.contains("PRP injection (2024-03-08):"), "\(format)")
    }
  }

  @Test func everyConfounderIsNamedAtAGlance() throws {
    var history = Self.prpAfterCortisone
    history.treatments.append(Treatment(day: Self.day("2024-03-10"), kind: .physiotherapy))
    let report = try Self.report(history, asOf: "2024-09-01")
    for (format, output) in Self.outputs(report) {
      #expect(
        output.contains(
          "PRP injection (2024-03-08) (with the cortisone injection of 2024-03-01 and the physiotherapy of"
            + " 2024-03-10 in the way)"), "\(format)")
      #expect(output.contains("(other treatments in the way)"), "\(format)")
    }
  }

  @Test(arguments: [
    // 7 over 14 days, then 101 / 20 = 5.05: -1.95 points, -27.9%.
    ([Int](repeating: 7, count: 14), [Int](repeating: 5, count: 19) + [6], "-1.95 (-28%)", "-2.0"),
    // 27 / 5 = 5.4, then 19 / 5 = 3.8: -1.6 points, -29.63%.
    ([5, 5, 6, 6, 5], [4, 4, 4, 4, 3], "-1.6 (-29.6%)", "-30%"),
  ])
  func aChangeNeverReadsAsAThresholdItMisses(
    baseline: [Int], followUp: [Int], shown: String, neverShown: String
  ) throws {
    let report = try Self.report(Self.cortisone(baseline: baseline, followUp: followUp), asOf: "2024-06-01")
    let response = try #require(report.responses.first)
    let plain = Verdict.judge(
      baselineMean: response.baseline.mean, baselineDays: response.baseline.days,
      followUpMean: response.followUp.mean, followUpDays: response.followUp.days)
    #expect(plain == .noMeaningfulChange)
    let rows = try Self.responseRows(report)
    #expect(rows[0].cells[4].plainText == Rounding.change(of: response))
    for (format, output) in Self.outputs(report) {
      #expect(output.contains("\(shown) no meaningful change") || output.contains(shown), "\(format)")
      #expect(!output.contains(neverShown), "\(format)")
    }
  }

  @Test func insufficientDataShowsTheDaysAndNoChange() throws {
    let report = try Self.report(
      Self.cortisone(baseline: [8, 8], followUp: [1, 1, 1, 1]), asOf: "2024-06-01")
    let response = try #require(report.responses.first)
    #expect(response.change == -7)
    let rows = try Self.responseRows(report)
    #expect(
      rows[0].cells[2...].map(\.plainText) == [
        "2 days with data", "4 days with data", "", "", "insufficient data",
      ])
    for (format, output) in Self.outputs(report) {
      #expect(output.contains("2 days with data"), "\(format)")
      #expect(output.contains("4 days with data"), "\(format)")
      for figure in ["8.0 (", "1.0 (", "-7.0", "-88%"] {
        #expect(!output.contains(figure), "\(format): \(figure)")
      }
    }
  }

  @Test func aPendingFollowUpShowsWhenItStartsAndNoChange() throws {
    let report = try Self.report(Self.cortisone(baseline: [6, 6, 6], followUp: []), asOf: "2024-03-05")
    let rows = try Self.responseRows(report)
    #expect(
      rows[0].cells[2...].map(\.plainText) == ["3 days with data", "from 2024-03-08", "", "", "pending"])
    for (format, output) in Self.outputs(report) {
      #expect(output.contains("Pending: cortisone injection (2024-03-01)"), "\(format)")
      #expect(!output.contains("6.0 ("), "\(format)")
    }
  }

  @Test func earlierRoundsShowTheirInterimFiguresUnderTheCourse() throws {
    let report = try Self.report(Self.twoRounds, asOf: "2024-09-01")
    let rows = try Self.responseRows(report)
    #expect(rows.count == 2)
    #expect(
      rows[1].cells.map(\.plainText) == [
        "round on 2024-03-01, up to 2024-04-04", "", "", "3.0 (7 days)", "-3.0 (-50%)",
        "-3.0 (-3.0 to -3.0)", "substantial improvement (interim)",
      ])
    for (format, output) in Self.outputs(report) {
      for words in [
        "prolotherapy (2 rounds)", "-1.0 (-17%)", "round on 2024-03-01, up to 2024-04-04", "3.0 (7 days)",
        "-3.0 (-50%)", "substantial improvement (interim)",
        "No meaningful change: prolotherapy (2 rounds, 2024-03-01 to 2024-04-05)",
      ] {
        #expect(output.contains(words), "\(format): \(words)")
      }
    }
  }

  @Test func anEarlierRoundWithTooFewDaysShowsThemWithoutAChange() throws {
    var history = Self.twoRounds
    history.pain.removeAll { $0.day >= Self.day("2024-03-29") && $0.day < Self.day("2024-04-03") }
    let rows = try Self.responseRows(try Self.report(history, asOf: "2024-09-01"))
    #expect(
      rows[1].cells.map(\.plainText) == [
        "round on 2024-03-01, up to 2024-04-04", "", "", "2 days with data", "", "",
        "insufficient data (interim)",
      ])
  }

  /// Daily pain after a hip resurfacing on Monday 2024-03-04, shown from a Thursday.
  @Test func onlyTheWeekStillRunningSaysSoFar() throws {
    let surgery = Self.day("2024-03-04")
    let history = History(
      patient: "hal", treatments: [Treatment(day: surgery, kind: .hipResurfacing)],
      pain: Self.pain(from: "2024-03-04", Array(repeating: 4, count: 40)))
    let report = try Self.report(history, asOf: "2024-04-12", since: "2024-03-07")
    let section = try #require(ReportDocument(report).section(.weeklyPain))
    guard case .chart(let chart) = section.blocks.first else {
      Issue.record("the weekly section holds \(section.blocks)")
      return
    }
    let details = try #require(chart.series.first).points.compactMap(\.detail)
    #expect(details.first == "4 days")
    #expect(details.last == "5 days so far")
    #expect(details.filter { $0.hasSuffix("so far") }.count == 1)
  }

  @Test func theHeaderShowsTheDaysShown() throws {
    let report = try Self.report(Self.twoRounds, asOf: "2024-09-01", since: "2024-04-01")
    for (format, output) in Self.outputs(report) {
      #expect(output.contains("Showing 2024-04-01 to 2024-09-01"), "\(format)")
    }
  }
}
