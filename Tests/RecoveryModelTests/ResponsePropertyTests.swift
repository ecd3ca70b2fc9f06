import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryTestSupport
import Testing

/// Properties of treatment responses over random diaries.
///
/// Each run picks a seed and prints it; `RECOVERY_TEST_SEED=<seed> swift test --filter
/// ResponsePropertyTests` runs the same diaries again.
struct ResponsePropertyTests {
  static let diaries = 300

  static let start = Fixture.day("2024-01-01")
  static let sides: [Side?] = [.left, .right, .both, nil]

  /// A diary of up to a year: a few treatments, some in courses, and pain on most days at a level that
  /// shifts after each treatment, logged on random sides.
  static func history(_ random: inout SplitMix64) -> (history: History, asOf: CalendarDay) {
    let length = random.int(in: 120...400)
    let kinds: [TreatmentKind] = [
      .cortisone, .cortisone, .prp, .prolotherapy, .psoasRelease, .hipArthroscopy, .physiotherapy,
    ]
    var treatments: [Treatment] = []
    for _ in 0..<random.int(in: 1...6) {
      let kind = random.pick(kinds)
      let day = start.adding(days: random.int(in: 0...(length - 1)))
      let round = random.int(in: 0...4) == 0 ? random.int(in: 1...3) : nil
      treatments.append(Treatment(day: day, kind: kind, side: random.pick(sides), round: round))
      if kind.category == .injection, random.int(in: 0...2) == 0 {
        let repeatDay = day.adding(days: random.int(in: 14...70))
        treatments.append(Treatment(day: repeatDay, kind: kind, side: treatments.last?.side))
      }
    }
    let changes = treatments.map(\.day).sorted()
    var pain: [PainEntry] = []
    let logging = random.int(in: 40...100)
    var level = random.int(in: 2...8)
    for offset in 0..<length {
      let day = start.adding(days: offset)
      if changes.contains(day) { level = max(0, min(10, level + random.int(in: -4...3))) }
      guard random.int(in: 1...100) <= logging else { continue }
      for _ in 0..<random.int(in: 1...3) {
        let score = max(0, min(10, level + random.int(in: -2...2)))
        pain.append(PainEntry(day: day, score: score, location: .groin, side: random.pick(sides)))
      }
    }
    return (History(treatments: treatments, pain: pain), start.adding(days: length - 1))
  }

  /// The verdict the shown change and percentage would give by the rules for a plain change of means
  /// (``Verdict/judge(baselineMean:baselineDays:followUpMean:followUpDays:followUpBegun:minimumDays:)``),
  /// or nil when the text is not a change.
  static func verdict(shown text: String) -> Verdict? {
    let parts = text.split(separator: " ", maxSplits: 1)
    guard let first = parts.first, let points = Double(first) else { return nil }
    var percent: Double?
    if parts.count == 2 {
      let inner = parts[1].dropFirst().dropLast(2)  // "(", "%)"
      guard parts[1].hasPrefix("("), parts[1].hasSuffix("%)"), let value = Double(inner) else { return nil }
      percent = value
    }
    let tolerance = Verdict.tolerance
    // Percentages count only for a change of at least a point.
    if abs(points) < Verdict.minimumPercentPoints - tolerance { percent = nil }
    if let percent, percent <= -Verdict.substantialPercent + tolerance { return .substantialImprovement }
    if points <= -Verdict.meaningfulPoints + tolerance { return .meaningfulImprovement }
    if let percent, percent <= -Verdict.meaningfulPercent + tolerance { return .meaningfulImprovement }
    if points >= Verdict.meaningfulPoints - tolerance { return .worse }
    if let percent, percent >= Verdict.meaningfulPercent - tolerance { return .worse }
    return .noMeaningfulChange
  }

  /// The verdict the shown baseline and follow-up means would give, read as numbers, by ``Verdict``'s
  /// rules.
  static func verdict(before: String, after: String) -> Verdict? {
    guard let before = Double(before), let after = Double(after) else { return nil }
    return Verdict.judge(
      baselineMean: before, baselineDays: 1, followUpMean: after, followUpDays: 1, minimumDays: 1)
  }

  /// The plain change of means the exact means would read as.
  static func plain(_ before: Double?, _ after: Double?) -> Verdict? {
    guard let before, let after else { return nil }
    return Verdict.judge(
      baselineMean: before, baselineDays: 1, followUpMean: after, followUpDays: 1, minimumDays: 1)
  }

  /// The verdict the shown effect and interval ("-3.5 (-4.4 to -2.6)") would give, read as numbers, with
  /// the rest of the estimate as it is.
  static func verdict(shownEffect text: String, of response: TreatmentResponse) -> Verdict? {
    guard var effect = response.effect else { return nil }
    let numbers = text.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
      .replacingOccurrences(of: " to ", with: " ").split(separator: " ").compactMap { Double($0) }
    guard numbers.count == 3 else { return nil }
    effect.effect = EffectEstimate.Interval(estimate: numbers[0], low: numbers[1], high: numbers[2])
    return Verdict.judge(
      effect: effect, baselineDays: response.baseline.days, followUpDays: response.followUp.days)
  }

  @Test func theShownFiguresAgreeWithTheVerdictAndTheChange() throws {
    let seed = TestSeed.random()
    var random = SplitMix64(seed: seed.value)
    var checked = 0
    for diary in 0..<Self.diaries {
      let (history, asOf) = Self.history(&random)
      let side = random.pick([nil, nil, Side.left, .right])
      let report = try Report.make(history: history, asOf: asOf, side: side)
      for response in report.responses {
        let text = Rounding.change(of: response)
        if response.showsFigures {
          let plain = Self.plain(response.baseline.mean, response.followUp.mean)
          #expect(
            Self.verdict(shown: text) == plain,
            "\(seed), diary \(diary): \(response.label) shows \(text) for a change of \(String(describing: plain))"
          )
          if let effect = response.effect {
            let shown = Rounding.effect(of: effect)
            #expect(
              Self.verdict(shownEffect: shown, of: response) == response.verdict,
              "\(seed), diary \(diary): \(response.label) shows \(shown) beside \(response.verdict)")
            checked += 1
          }
          if let before = response.baseline.mean, let after = response.followUp.mean {
            let means = Rounding.means(baseline: before, followUp: after)
            #expect(
              Self.verdict(before: means.baseline, after: means.followUp) == plain,
              "seed \(seed), diary \(diary): \(response.label) shows \(means) for a change of \(String(describing: plain))"
            )
          }
        } else {
          #expect(text.isEmpty, "\(seed), diary \(diary): \(response.verdict) shows \(text)")
        }
        for round in response.earlierRounds where round.showsFigures {
          let text = Rounding.change(of: round)
          let plain = Self.plain(response.baseline.mean, round.followUp.mean)
          #expect(
            Self.verdict(shown: text) == plain,
            "\(seed), diary \(diary): a round shows \(text) for a change of \(String(describing: plain))")
        }
      }
    }
    #expect(checked > Self.diaries / 2, "\(seed): too few verdicts with figures to mean anything")
  }

  @Test func painOnTheOtherSideLeavesAOneSidedTreatmentsFiguresAlone() throws {
    let seed = TestSeed.random()
    var random = SplitMix64(seed: seed.value)
    var compared = 0
    for diary in 0..<Self.diaries {
      let (history, asOf) = Self.history(&random)
      let side = random.pick([Side.left, .right])
      let other: Side = side == .left ? .right : .left
      var more = history
      for _ in 0..<random.int(in: 20...200) {
        let day = Self.start.adding(days: random.int(in: -30...asOf.days(since: Self.start)))
        more.pain.append(PainEntry(day: day, score: random.int(in: 0...10), location: .groin, side: other))
      }
      let filter = random.pick([nil, nil, Side.left, .right, .both])
      let before = try Report.make(history: history, asOf: asOf, side: filter)
      let after = try Report.make(history: more, asOf: asOf, side: filter)
      #expect(before.responses.count == after.responses.count, "\(seed), diary \(diary)")
      for (was, now) in zip(before.responses, after.responses) where was.side == side {
        #expect(was == now, "\(seed), diary \(diary): \(was.label) on \(side) changed")
        compared += 1
      }
    }
    #expect(compared > Self.diaries / 2, "\(seed): too few one-sided treatments to mean anything")
  }
}
