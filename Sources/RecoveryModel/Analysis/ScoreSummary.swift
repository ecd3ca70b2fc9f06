#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One questionnaire's scores over time, and how each surgery changed them.
///
/// A change runs from the **baseline**, the last score on or before the surgery's day, to the
/// **latest** score after that day up to the report day, and ``Change/reached`` says whether it is at
/// least the instrument's clinically important improvement (``Instrument/threshold``). Scores count
/// for a surgery by side as pain does for a treatment: a left or right surgery takes scores logged for
/// that side, for both sides or without a side; a surgery on both sides or without one takes all of
/// them. Every score is higher-is-better, so a positive change is an improvement.
public struct ScoreSummary: Sendable, Equatable, Codable {
  /// One score as logged.
  public struct Score: Sendable, Equatable, Codable {
    /// The entry id; nil for a score that was never stored.
    @NullWhenAbsent public var id: Int?
    /// The day it was recorded.
    public var date: CalendarDay
    /// The instrument's score: the HOOS JR interval score, the iHOT-12 mean or the Oxford total.
    public var value: Double
    /// The raw sum of the answers, or the Oxford total; nil when not recorded.
    @NullWhenAbsent public var raw: Int?
    /// Which hip it was answered for, when given.
    @NullWhenAbsent public var side: Side?
    /// Its day after each surgery on or before its day, earliest surgery first.
    public var daysAfter: [Timeline.Offset]

    /// Creates a score.
    public init(
      id: Int? = nil, date: CalendarDay, value: Double, raw: Int? = nil, side: Side? = nil,
      daysAfter: [Timeline.Offset] = []
    ) {
      self.id = id
      self.date = date
      self.value = value
      self.raw = raw
      self.side = side
      self.daysAfter = daysAfter
    }
  }

  /// A score at one end of a change.
  public struct Reading: Sendable, Equatable, Codable {
    /// The day it was recorded.
    public var date: CalendarDay
    /// The score.
    public var value: Double

    /// Creates a reading.
    public init(date: CalendarDay, value: Double) {
      self.date = date
      self.value = value
    }
  }

  /// How one surgery changed the score.
  public struct Change: Sendable, Equatable, Codable {
    /// The surgery.
    public var surgery: TreatmentReference
    /// The last score on or before the surgery's day.
    public var baseline: Reading
    /// The most recent score after the surgery's day, up to the report day.
    public var latest: Reading
    /// `latest` minus `baseline`, in the instrument's points; positive is better.
    public var change: Double
    /// The instrument's clinically important improvement (``Instrument/threshold``).
    public var threshold: Double
    /// Whether ``change`` is at least ``threshold``.
    public var reached: Bool

    /// Creates a change, computing ``change`` and ``reached``.
    public init(surgery: TreatmentReference, baseline: Reading, latest: Reading, threshold: Double) {
      self.surgery = surgery
      self.baseline = baseline
      self.latest = latest
      self.change = latest.value - baseline.value
      self.threshold = threshold
      // The tolerance keeps a change that is exactly the threshold in decimal from missing it in binary.
      self.reached = change >= threshold - Verdict.tolerance
    }
  }

  /// Which questionnaire.
  public var instrument: Instrument
  /// Its name as people know it: "HOOS JR".
  public var label: String
  /// Every score in the report's range, in date order.
  public var scores: [Score]
  /// The change after each surgery with a baseline and a later score, earliest surgery first.
  public var changes: [Change]

  /// Creates a summary from its parts.
  public init(instrument: Instrument, scores: [Score], changes: [Change]) {
    self.instrument = instrument
    label = instrument.label
    self.scores = scores
    self.changes = changes
  }

  /// Summarises each instrument with a score shown or a change to show, in vocabulary order.
  ///
  /// - Parameters:
  ///   - scores: all score entries (those after `asOf` are ignored).
  ///   - surgeries: every surgery up to `asOf`, in date order.
  ///   - shown: whether a day is in the report's range; scores are listed, and changes given for
  ///     surgeries, in the range, while changes are computed on every score up to `asOf`.
  ///   - asOf: the report day.
  static func make(
    scores: [ScoreEntry], surgeries: [TreatmentReference], shown: (CalendarDay) -> Bool,
    asOf: CalendarDay
  ) -> [ScoreSummary] {
    let known = sorted(scores.filter { $0.day <= asOf })
    return Instrument.allCases.compactMap { instrument in
      let entries = known.filter { $0.instrument == instrument }
      let listed = entries.filter { shown($0.day) }.map { entry in
        Score(
          id: entry.id, date: entry.day, value: entry.score, raw: entry.raw, side: entry.side,
          daysAfter: surgeries.filter { $0.date <= entry.day }.map {
            Timeline.Offset(surgery: $0, days: entry.day.days(since: $0.date))
          })
      }
      let changes = surgeries.filter { shown($0.date) }.compactMap { surgery -> Change? in
        let counted = entries.filter { SurgerySide.counts($0.side, for: surgery.side) }
        guard let before = counted.last(where: { $0.day <= surgery.date }),
          let after = counted.last(where: { $0.day > surgery.date })
        else { return nil }
        return Change(
          surgery: surgery, baseline: Reading(date: before.day, value: before.score),
          latest: Reading(date: after.day, value: after.score), threshold: instrument.threshold)
      }
      guard !listed.isEmpty || !changes.isEmpty else { return nil }
      return ScoreSummary(instrument: instrument, scores: listed, changes: changes)
    }
  }

  /// Scores in diary order: by day, then time (untimed first), then entry id, then uid.
  static func sorted(_ scores: [ScoreEntry]) -> [ScoreEntry] {
    scores.sorted { lhs, rhs in
      if lhs.day != rhs.day { return lhs.day < rhs.day }
      let lhsMinute = lhs.time.map { $0.hour * 60 + $0.minute } ?? -1
      let rhsMinute = rhs.time.map { $0.hour * 60 + $0.minute } ?? -1
      if lhsMinute != rhsMinute { return lhsMinute < rhsMinute }
      if lhs.id != rhs.id { return (lhs.id ?? Int.max) < (rhs.id ?? Int.max) }
      return lhs.uid.uuidString < rhs.uid.uuidString
    }
  }
}
