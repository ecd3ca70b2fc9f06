import Foundation
import RecoveryModel
import Testing

/// Each questionnaire's arithmetic, against the published rules rather than the code's own table.
struct ScoringTests {
  static let day = CalendarDay("2024-11-01")!

  /// The HOOS JR conversion table (Lyman et al. 2016), raw sum to interval score, as printed.
  static let hoosJRTable: [Int: Double] = [
    0: 100.000, 1: 92.340, 2: 85.257, 3: 80.550, 4: 76.776, 5: 73.472, 6: 70.426, 7: 67.516, 8: 64.664,
    9: 61.815, 10: 58.930, 11: 55.985, 12: 52.965, 13: 49.858, 14: 46.652, 15: 43.335, 16: 39.902,
    17: 36.363, 18: 32.735, 19: 29.009, 20: 25.103, 21: 20.805, 22: 15.633, 23: 8.104, 24: 0.000,
  ]

  /// Six answers 0-4 that sum to `raw`, filled from the last item backwards.
  static func hoosAnswers(summingTo raw: Int) -> [Int] {
    var left = raw
    return (0..<6).map { _ in
      let answer = min(4, left)
      left -= answer
      return answer
    }.reversed()
  }

  @Test(arguments: 0...24)
  func everyHOOSJRRawSumGivesTheTablesScoreExactly(raw: Int) throws {
    let answers = Self.hoosAnswers(summingTo: raw)
    #expect(answers.reduce(0, +) == raw)
    let entry = try ScoreEntry.hoosJR(answers: answers, day: Self.day)
    #expect(entry.raw == raw)
    #expect(entry.score == Self.hoosJRTable[raw])
    #expect(entry.answers == answers)
    #expect(entry.instrument == .hoosJR)
    #expect(throws: Never.self) { try entry.validate(today: Self.day) }
  }

  @Test func theScoreDependsOnTheSumNotOnWhichItemsCarryIt() throws {
    let first = try ScoreEntry.hoosJR(answers: [4, 3, 0, 0, 0, 0], day: Self.day)
    let second = try ScoreEntry.hoosJR(answers: [0, 0, 1, 2, 2, 2], day: Self.day)
    #expect(first.score == 67.516)
    #expect(second.score == 67.516)
  }

  @Test func iHOT12IsTheMeanOfItsAnswersUnrounded() throws {
    // 1000 / 12 = 83.333…: the stored score keeps every digit a Double holds.
    let answers = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 0, 0]
    let entry = try ScoreEntry.ihot12(answers: answers, day: Self.day)
    #expect(entry.raw == 1000)
    #expect(entry.score == 1000.0 / 12.0)
    #expect(entry.score != 83.333)
    #expect(abs(entry.score - 83.333_333_333) < 1e-9)
    let mixed = try ScoreEntry.ihot12(
      answers: [5, 17, 33, 48, 52, 61, 70, 74, 80, 91, 99, 100], day: Self.day)
    #expect(mixed.raw == 730)
    #expect(mixed.score == 730.0 / 12.0)
    #expect(try ScoreEntry.ihot12(answers: Array(repeating: 0, count: 12), day: Self.day).score == 0)
    #expect(try ScoreEntry.ihot12(answers: Array(repeating: 100, count: 12), day: Self.day).score == 100)
  }

  @Test func oxfordSumsItsTwelveAnswersOrTakesItsTotal() throws {
    let answers = [4, 4, 3, 3, 2, 4, 4, 1, 0, 4, 3, 4]
    let summed = try ScoreEntry.oxford(answers: answers, day: Self.day)
    #expect(summed.raw == 36)
    #expect(summed.score == 36)
    #expect(summed.answers == answers)
    #expect(try ScoreEntry.oxford(answers: Array(repeating: 4, count: 12), day: Self.day).score == 48)
    let total = try ScoreEntry.oxford(total: 40, day: Self.day, side: .right)
    #expect(total.answers == nil)
    #expect(total.raw == 40)
    #expect(total.score == 40)
    #expect(total.side == .right)
    #expect(throws: Never.self) { try total.validate(today: Self.day) }
    #expect(try ScoreEntry.oxford(total: 0, day: Self.day).score == 0)
    #expect(try ScoreEntry.oxford(total: 48, day: Self.day).score == 48)
  }

  @Test(arguments: [
    (Instrument.hoosJR, 5), (.hoosJR, 7), (.hoosJR, 0), (.ihot12, 11), (.ihot12, 13), (.oxford, 6),
    (.oxford, 0),
  ])
  func aWrongNumberOfAnswersIsRefusedWithTheCounts(instrument: Instrument, count: Int) {
    let error = #expect(throws: EntryError.self) {
      try ScoreEntry.scoring(instrument, answers: Array(repeating: 1, count: count), day: Self.day)
    }
    #expect(error == .wrongAnswerCount(instrument: instrument, expected: instrument.answerCount, got: count))
  }

  @Test(arguments: [
    (Instrument.hoosJR, 5), (.hoosJR, -1), (.ihot12, 101), (.ihot12, -1), (.oxford, 5), (.oxford, -2),
  ])
  func anAnswerOutOfRangeIsRefusedWithItsPosition(instrument: Instrument, value: Int) {
    var answers = Array(repeating: 1, count: instrument.answerCount)
    answers[2] = value
    let error = #expect(throws: EntryError.self) {
      try ScoreEntry.scoring(instrument, answers: answers, day: Self.day)
    }
    #expect(
      error
        == .answerOutOfRange(instrument: instrument, index: 3, value: value, range: instrument.answerRange))
  }

  @Test(arguments: [-1, 49, 100])
  func anOxfordTotalOutOfRangeIsRefused(total: Int) {
    let error = #expect(throws: EntryError.self) { try ScoreEntry.oxford(total: total, day: Self.day) }
    #expect(error == .totalOutOfRange(instrument: .oxford, value: total, range: 0...48))
  }

  @Test func onlyOxfordMayBeRecordedByItsTotalAlone() {
    #expect(throws: EntryError.answersRequired(.hoosJR)) { try Instrument.hoosJR.scored(total: 10) }
    let noAnswers = ScoreEntry(day: Self.day, instrument: .ihot12, answers: nil, raw: 600, score: 50)
    #expect(throws: EntryError.answersRequired(.ihot12)) { try noAnswers.validate(today: nil) }
  }

  @Test func validationCatchesARawSumOrScoreThatIsNotTheAnswers() throws {
    let right = try ScoreEntry.hoosJR(answers: [2, 1, 1, 1, 1, 1], day: Self.day)
    var wrongScore = right
    wrongScore.score = 70
    #expect(
      throws: EntryError.inconsistentScore(instrument: .hoosJR, raw: 7, score: 70, expected: 67.516)
    ) { try wrongScore.validate(today: nil) }
    var wrongRaw = right
    wrongRaw.raw = 8
    #expect(throws: EntryError.self) { try wrongRaw.validate(today: nil) }
    var wrongAnswers = right
    wrongAnswers.answers = [2, 1, 1, 1, 1, 9]
    #expect(throws: EntryError.self) { try wrongAnswers.validate(today: nil) }
  }

  @Test func instrumentsCarryTheirPublishedRules() {
    #expect(Instrument.allCases.map(\.label) == ["HOOS JR", "iHOT-12", "Oxford Hip Score"])
    #expect(Instrument.allCases.map(\.scoreRange) == [0...100, 0...100, 0...48])
    #expect(Instrument.allCases.map(\.answerCount) == [6, 12, 12])
    #expect(Instrument.allCases.map(\.answerRange) == [0...4, 0...100, 0...4])
    #expect(Instrument.hoosJR.threshold == 22)
    #expect(Instrument.oxford.threshold == 8)
    #expect(Instrument.allCases.map(\.thresholdKind) == [.scb, .mcid, .mic])
    #expect(Instrument.hoosJRItems.count == Instrument.hoosJR.answerCount)
  }

  @Test func targetsAcceptOneToThreeThousandSixHundredFiftyDays() throws {
    let surgery = UUID()
    for days in [1, 14, 3650] {
      #expect(throws: Never.self) {
        try MilestoneTarget(day: Self.day, kind: .offCrutches, days: days, surgery: surgery).validate(
          today: nil)
      }
    }
    for days in [0, -3, 3651] {
      #expect(throws: EntryError.outOfRange(field: .days, value: days, range: 1...3650)) {
        try MilestoneTarget(day: Self.day, kind: .milestone(.drive), days: days, surgery: surgery)
          .validate(today: nil)
      }
    }
  }

  @Test func targetKindsReadTheirWords() {
    #expect(TargetKind(rawValue: "off-crutches") == .offCrutches)
    #expect(TargetKind(rawValue: "drive") == .milestone(.drive))
    #expect(TargetKind(rawValue: "crutches") == nil)
    #expect(TargetKind.milestone(.returnToWork).rawValue == "return-to-work")
    #expect(TargetKind(rawValue: "opioid-free") == .opioidFree)
    #expect(TargetKind.allCases.count == MilestoneKind.allCases.count + 2)
  }
}
