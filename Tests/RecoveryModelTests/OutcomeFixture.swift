import RecoveryModel
import RecoveryTestSupport

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Builders for questionnaire scores, milestones and targets in hand-made histories.
enum OutcomeFixture {
  /// A HOOS JR score whose six answers sum to `raw` (each answer 0-4).
  static func hoosJR(_ date: String, raw: Int, side: Side? = nil) throws -> ScoreEntry {
    let answers = (0..<6).map { index in min(4, max(0, raw - 4 * index)) }
    return try ScoreEntry.hoosJR(answers: answers, day: Fixture.day(date), side: side)
  }

  /// An iHOT-12 score of twelve equal answers.
  static func ihot12(_ date: String, each answer: Int, side: Side? = nil) throws -> ScoreEntry {
    try ScoreEntry.ihot12(answers: Array(repeating: answer, count: 12), day: Fixture.day(date), side: side)
  }

  /// An Oxford Hip Score given as its total.
  static func oxford(_ date: String, total: Int, side: Side? = nil) throws -> ScoreEntry {
    try ScoreEntry.oxford(total: total, day: Fixture.day(date), side: side)
  }

  static func milestone(_ kind: MilestoneKind, _ date: String, side: Side? = nil) -> MilestoneEntry {
    MilestoneEntry(day: Fixture.day(date), kind: kind, side: side)
  }

  static func target(
    _ kind: TargetKind, days: Int, after surgery: Treatment, recorded date: String? = nil
  ) -> MilestoneTarget {
    MilestoneTarget(day: date.map(Fixture.day) ?? surgery.day, kind: kind, days: days, surgery: surgery.uid)
  }

  static func crutches(_ from: String, to: String?, aid: WalkingAid = .twoCrutches) -> AidPeriod {
    AidPeriod(aid: aid, from: Fixture.day(from), to: to.map(Fixture.day))
  }
}
