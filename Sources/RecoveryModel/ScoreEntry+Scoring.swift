#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension ScoreEntry {
  /// A HOOS JR entry from its six answers, 0 (none) to 4 (extreme), in the questionnaire's order.
  /// - Throws: ``EntryError/wrongAnswerCount(instrument:expected:got:)`` or
  ///   ``EntryError/answerOutOfRange(instrument:index:value:range:)``.
  public static func hoosJR(
    answers: [Int], day: CalendarDay, time: TimeOfDay? = nil, side: Side? = nil, note: String? = nil,
    id: Int? = nil, uid: UUID = UUID()
  ) throws(EntryError) -> ScoreEntry {
    try scoring(.hoosJR, answers: answers, day: day, time: time, side: side, note: note, id: id, uid: uid)
  }

  /// An iHOT-12 entry from its twelve answers, 0 to 100 (100 best); the score is their mean.
  /// - Throws: ``EntryError/wrongAnswerCount(instrument:expected:got:)`` or
  ///   ``EntryError/answerOutOfRange(instrument:index:value:range:)``.
  public static func ihot12(
    answers: [Int], day: CalendarDay, time: TimeOfDay? = nil, side: Side? = nil, note: String? = nil,
    id: Int? = nil, uid: UUID = UUID()
  ) throws(EntryError) -> ScoreEntry {
    try scoring(.ihot12, answers: answers, day: day, time: time, side: side, note: note, id: id, uid: uid)
  }

  /// An Oxford Hip Score entry from its twelve answers, 0 to 4 (4 best), summed with the 2007 scoring.
  /// - Throws: ``EntryError/wrongAnswerCount(instrument:expected:got:)`` or
  ///   ``EntryError/answerOutOfRange(instrument:index:value:range:)``.
  public static func oxford(
    answers: [Int], day: CalendarDay, time: TimeOfDay? = nil, side: Side? = nil, note: String? = nil,
    id: Int? = nil, uid: UUID = UUID()
  ) throws(EntryError) -> ScoreEntry {
    try scoring(.oxford, answers: answers, day: day, time: time, side: side, note: note, id: id, uid: uid)
  }

  /// An Oxford Hip Score entry from its total alone, 0 to 48 (2007 scoring, 48 best).
  /// - Throws: ``EntryError/totalOutOfRange(instrument:value:range:)``.
  public static func oxford(
    total: Int, day: CalendarDay, time: TimeOfDay? = nil, side: Side? = nil, note: String? = nil,
    id: Int? = nil, uid: UUID = UUID()
  ) throws(EntryError) -> ScoreEntry {
    let result = try Instrument.oxford.scored(total: total)
    return ScoreEntry(
      id: id, uid: uid, day: day, time: time, instrument: .oxford, answers: nil, raw: result.raw,
      score: result.score, side: side, note: note)
  }

  /// An entry of any instrument from its answers, checked and scored.
  /// - Throws: ``EntryError/wrongAnswerCount(instrument:expected:got:)`` or
  ///   ``EntryError/answerOutOfRange(instrument:index:value:range:)``.
  public static func scoring(
    _ instrument: Instrument, answers: [Int], day: CalendarDay, time: TimeOfDay? = nil, side: Side? = nil,
    note: String? = nil, id: Int? = nil, uid: UUID = UUID()
  ) throws(EntryError) -> ScoreEntry {
    let result = try instrument.scored(answers: answers)
    return ScoreEntry(
      id: id, uid: uid, day: day, time: time, instrument: instrument, answers: answers, raw: result.raw,
      score: result.score, side: side, note: note)
  }
}

extension Instrument {
  /// The HOOS JR interval score for each raw sum 0...24, from the published Rasch conversion table
  /// (Lyman et al. 2016), exactly as printed (three decimals).
  public static let hoosJRIntervalScores: [Double] = [
    100.000, 92.340, 85.257, 80.550, 76.776, 73.472, 70.426, 67.516, 64.664, 61.815, 58.930, 55.985,
    52.965, 49.858, 46.652, 43.335, 39.902, 36.363, 32.735, 29.009, 25.103, 20.805, 15.633, 8.104, 0.000,
  ]

  /// The raw sum and score of a complete set of answers.
  ///
  /// HOOS JR: the raw sum 0-24 through ``hoosJRIntervalScores``. iHOT-12: the sum, and the mean of the
  /// twelve answers, unrounded. Oxford: the sum 0-48, which is the score.
  /// - Throws: ``EntryError/wrongAnswerCount(instrument:expected:got:)`` or
  ///   ``EntryError/answerOutOfRange(instrument:index:value:range:)`` (index from 1).
  public func scored(answers: [Int]) throws(EntryError) -> (raw: Int, score: Double) {
    guard answers.count == answerCount else {
      throw .wrongAnswerCount(instrument: self, expected: answerCount, got: answers.count)
    }
    for (index, answer) in answers.enumerated() where !answerRange.contains(answer) {
      throw .answerOutOfRange(instrument: self, index: index + 1, value: answer, range: answerRange)
    }
    let raw = answers.reduce(0, +)
    return switch self {
    case .hoosJR: (raw, Self.hoosJRIntervalScores[raw])
    case .ihot12: (raw, Double(raw) / Double(answerCount))
    case .oxford: (raw, Double(raw))
    }
  }

  /// The raw sum and score of a total given alone (Oxford only).
  /// - Throws: ``EntryError/answersRequired(_:)`` for an instrument scored only from its answers, or
  ///   ``EntryError/totalOutOfRange(instrument:value:range:)``.
  public func scored(total: Int) throws(EntryError) -> (raw: Int, score: Double) {
    guard let totalRange else { throw .answersRequired(self) }
    guard totalRange.contains(total) else {
      throw .totalOutOfRange(instrument: self, value: total, range: totalRange)
    }
    return (total, Double(total))
  }
}
