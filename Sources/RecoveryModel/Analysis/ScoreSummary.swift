#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One questionnaire's scores over time, and how each surgery changed them.
///
/// A change runs from the **baseline**, the last score on or before the surgery's day, to the
/// **latest** score after that day, before the next surgery (of either side) and up to the report day,
/// and ``Change/reached`` says whether it is at least the instrument's clinically important improvement
/// (``Instrument/threshold``) with both scores taken when that threshold is defined for
/// (``Instrument/thresholdWindows``). Each listed score's ``Score/surgery`` is the surgery it belongs
/// to, by side and then time: the first later surgery it is the baseline of, else the latest on or
/// before its day whose side takes it. Scores count
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
    /// The surgery the score belongs to and its day after it (negative before it): the first later
    /// surgery whose baseline it is, else the latest surgery on or before its day whose side takes it
    /// (see ``ScoreSummary``); nil when there is neither.
    @NullWhenAbsent public var surgery: Timeline.Offset?

    /// Creates a score.
    public init(
      id: Int? = nil, date: CalendarDay, value: Double, raw: Int? = nil, side: Side? = nil,
      daysAfter: [Timeline.Offset] = [], surgery: Timeline.Offset? = nil
    ) {
      self.id = id
      self.date = date
      self.value = value
      self.raw = raw
      self.side = side
      self.daysAfter = daysAfter
      self.surgery = surgery
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
    /// The most recent score after the surgery's day, before the next surgery and up to the report
    /// day.
    public var latest: Reading
    /// `latest` minus `baseline`, in the instrument's points; positive is better.
    public var change: Double
    /// The instrument's clinically important improvement (``Instrument/threshold``).
    public var threshold: Double
    /// What kind of threshold ``threshold`` is (``Instrument/thresholdKind``).
    public var thresholdKind: ThresholdKind
    /// Whether the two scores are taken when the threshold is defined for
    /// (``Instrument/thresholdWindows``); always true for an instrument whose threshold has no windows.
    public var inWindows: Bool
    /// Whether the latest score is earlier than the threshold's window after the surgery, so the change
    /// is an early one that cannot be judged yet.
    public var early: Bool
    /// Whether ``change`` is at least ``threshold`` and the scores are ``inWindows``; a change outside
    /// the windows is shown without being judged.
    public var reached: Bool

    /// Creates a change, computing ``change`` and ``reached``; with `windows`, the scores are judged
    /// only inside them.
    public init(
      surgery: TreatmentReference, baseline: Reading, latest: Reading, threshold: Double,
      thresholdKind: ThresholdKind = .mcid, windows: ThresholdWindows? = nil
    ) {
      self.surgery = surgery
      self.baseline = baseline
      self.latest = latest
      self.change = latest.value - baseline.value
      self.threshold = threshold
      self.thresholdKind = thresholdKind
      let daysBefore = surgery.date.days(since: baseline.date)
      let daysAfter = latest.date.days(since: surgery.date)
      inWindows = windows?.contains(daysBefore: daysBefore, daysAfter: daysAfter) ?? true
      early = windows.map { daysAfter < $0.after.lowerBound } ?? false
      // The tolerance keeps a change that is exactly the threshold in decimal from missing it in binary.
      self.reached = inWindows && change >= threshold - Verdict.tolerance
    }

    /// Creates the change of `instrument`'s scores, with its threshold, kind and windows.
    public init(surgery: TreatmentReference, baseline: Reading, latest: Reading, instrument: Instrument) {
      self.init(
        surgery: surgery, baseline: baseline, latest: latest, threshold: instrument.threshold,
        thresholdKind: instrument.thresholdKind, windows: instrument.thresholdWindows)
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
        let daysAfter = surgeries.filter { $0.date <= entry.day }.map {
          Timeline.Offset(surgery: $0, days: entry.day.days(since: $0.date))
        }
        return Score(
          id: entry.id, date: entry.day, value: entry.score, raw: entry.raw, side: entry.side,
          daysAfter: daysAfter, surgery: belonging(entry, among: entries, surgeries: surgeries))
      }
      let changes = surgeries.filter { shown($0.date) }.compactMap { surgery -> Change? in
        let next = surgeries.first { $0.date > surgery.date }?.date
        let counted = entries.filter { SurgerySide.counts($0.side, for: surgery.side) }
        guard let before = counted.last(where: { $0.day <= surgery.date }),
          let after = counted.last(where: { entry in
            entry.day > surgery.date && next.map { entry.day < $0 } ?? true
          })
        else { return nil }
        return Change(
          surgery: surgery, baseline: Reading(date: before.day, value: before.score),
          latest: Reading(date: after.day, value: after.score), instrument: instrument)
      }
      guard !listed.isEmpty || !changes.isEmpty else { return nil }
      return ScoreSummary(instrument: instrument, scores: listed, changes: changes)
    }
  }

  /// The surgery `entry` belongs to among `surgeries` (in date order), by side and then time: the
  /// first later surgery whose side takes it and whose baseline it is (the last such score on or before
  /// its day, among `entries`), else the latest surgery on or before its day whose side takes it.
  static func belonging(
    _ entry: ScoreEntry, among entries: [ScoreEntry], surgeries: [TreatmentReference]
  ) -> Timeline.Offset? {
    let sided = surgeries.filter { SurgerySide.counts(entry.side, for: $0.side) }
    let baselineOf = sided.first { surgery in
      surgery.date >= entry.day
        && entries.last(where: { $0.day <= surgery.date && SurgerySide.counts($0.side, for: surgery.side) })?
          .uid == entry.uid
    }
    guard let surgery = baselineOf ?? sided.last(where: { $0.date <= entry.day }) else { return nil }
    return Timeline.Offset(surgery: surgery, days: entry.day.days(since: surgery.date))
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
