#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One completed outcome questionnaire: its answers, raw sum and score.
///
/// Create one with the constructor of its instrument, which checks the answers and computes the score:
///
/// ```swift
/// let hoos = try ScoreEntry.hoosJR(answers: [2, 1, 1, 1, 1, 1], day: day)   // raw 7, score 67.516
/// let oxford = try ScoreEntry.oxford(total: 40, day: day)                   // no answers, score 40
/// ```
public struct ScoreEntry: Sendable, Equatable, Hashable, Codable {
  /// The entry's id, unique across all entry types in a database (`#42`); nil until stored.
  public var id: Int?
  /// A stable identifier that survives export, import and merge.
  public var uid: UUID
  /// The day the questionnaire was answered.
  public var day: CalendarDay
  /// The time of day, when given.
  public var time: TimeOfDay?
  /// Which questionnaire.
  public var instrument: Instrument
  /// The answers in the questionnaire's order; nil only for an Oxford total given alone.
  public var answers: [Int]?
  /// The raw sum: HOOS JR 0-24 (0 best), Oxford total 0-48, iHOT-12 the sum of its answers.
  public var raw: Int?
  /// The score: HOOS JR's interval score from the published table, iHOT-12's mean (unrounded), the
  /// Oxford total. Higher is better on all three.
  public var score: Double
  /// Which hip the questionnaire was answered for.
  public var side: Side?
  /// Anything else.
  public var note: String?

  /// Creates a score entry as given, without computing anything; ``validate(today:)`` checks that
  /// `raw` and `score` agree with the answers. The instrument constructors (``hoosJR(answers:day:time:side:note:id:uid:)``
  /// and the others) compute them.
  public init(
    id: Int? = nil, uid: UUID = UUID(), day: CalendarDay, time: TimeOfDay? = nil, instrument: Instrument,
    answers: [Int]?, raw: Int?, score: Double, side: Side? = nil, note: String? = nil
  ) {
    self.id = id
    self.uid = uid
    self.day = day
    self.time = time
    self.instrument = instrument
    self.answers = answers
    self.raw = raw
    self.score = score
    self.side = side
    self.note = note
  }

  /// Checks the entry against the domain's rules: answers complete and in range, and the raw sum and
  /// score those the instrument's scoring gives.
  /// - Parameter today: the patient's today, for the rule that an entry is not dated after it; nil
  ///   skips that rule (for entries stored earlier, which met it on the day they were entered).
  /// - Throws: ``EntryError`` naming the first problem found.
  public func validate(today: CalendarDay?) throws(EntryError) {
    try Validation.notInFuture(day, today: today)
    let expected: (raw: Int, score: Double)
    if let answers {
      expected = try instrument.scored(answers: answers)
    } else {
      guard let raw else { throw .answersRequired(instrument) }
      expected = try instrument.scored(total: raw)
    }
    if raw != expected.raw || score != expected.score {
      throw .inconsistentScore(instrument: instrument, raw: raw, score: score, expected: expected.score)
    }
    try Validation.textFits(note, field: .note)
  }
}
