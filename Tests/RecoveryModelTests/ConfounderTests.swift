import Foundation
import RecoveryModel
import Testing

/// Other treatments in the way of a response's baseline or follow-up.
struct ConfounderTests {
  /// Cortisone on 2024-03-01 and PRP a week later; pain 5 before the cortisone, 7.5 on average while
  /// the cortisone wears off.
  static let prpAfterCortisone = History(
    treatments: [
      Fixture.treatment(.cortisone, "2024-03-01", id: 1),
      Fixture.treatment(.prp, "2024-03-08", id: 2),
    ],
    pain: Fixture.pain(from: Fixture.day("2024-02-16"), Array(repeating: 5, count: 14))
      + Fixture.pain(from: Fixture.day("2024-03-01"), Array(repeating: 5, count: 7))
      + Fixture.pain(from: Fixture.day("2024-03-08"), (0..<90).map { $0 % 2 == 0 ? 7 : 8 }))

  @Test func aBaselineTheCortisoneTouchedIsFlagged() throws {
    let report = try Fixture.report(Self.prpAfterCortisone, asOf: "2024-09-01")
    let prp = try #require(report.responses.first { $0.kind == .prp })
    #expect(prp.baseline.mean == 5)
    #expect(prp.verdict == .worse)
    #expect(prp.isConfounded)
    #expect(prp.confoundedBy.map(\.treatment.id) == [1])
    #expect(prp.confoundedBy.map(\.reason) == [.baseline])
    #expect(prp.confounders.map(\.id) == [1])
    let cortisone = try #require(report.responses.first { $0.kind == .cortisone })
    #expect(cortisone.confoundedBy.map(\.treatment.id) == [2])
    #expect(cortisone.confoundedBy.map(\.reason) == [.followUp])
  }

  @Test(arguments: [
    // The cortisone's follow-up ends on 2024-04-12; a PRP's baseline starts 14 days before it.
    ("2024-04-26", true),  // baseline from 2024-04-12: the follow-up's last day
    ("2024-04-27", false),  // baseline from 2024-04-13
  ])
  func anEarlierTreatmentCountsUntilItsFollowUpEnds(_ prpDay: String, _ confounded: Bool) throws {
    let history = History(treatments: [
      Fixture.treatment(.cortisone, "2024-03-01", id: 1), Fixture.treatment(.prp, prpDay, id: 2),
    ])
    let prp = try #require(try Fixture.report(history, asOf: "2024-12-01").responses.last)
    #expect(prp.isConfounded == confounded)
    #expect(prp.confoundedBy.map(\.reason) == (confounded ? [.baseline] : []))
  }

  @Test(arguments: [
    // An injection on the other side leaves this side's pain alone; one on both sides or on the same
    // side does not, and a surgery on either side changes how the patient moves.
    (TreatmentKind.cortisone, Side?.some(.left), false),
    (TreatmentKind.cortisone, Side?.some(.both), true),
    (TreatmentKind.cortisone, Side?.none, true),
    (TreatmentKind.prp, Side?.some(.right), true),
    (TreatmentKind.hipArthroscopy, Side?.some(.left), true),
  ])
  func anOtherSideInjectionIsNotInTheWay(_ kind: TreatmentKind, _ side: Side?, _ inTheWay: Bool) throws {
    let history = History(treatments: [
      Fixture.treatment(.cortisone, "2024-03-01", side: .right, id: 1),
      Fixture.treatment(kind, "2024-03-22", side: side, id: 2),
    ])
    let report = try Fixture.report(history, asOf: "2024-12-01")
    let right = try #require(report.responses.first { $0.treatments.map(\.id) == [1] })
    #expect(right.confoundedBy.map(\.treatment.id) == (inTheWay ? [2] : []))
  }

  @Test func reasonsAreWrittenBesideTheReference() throws {
    let report = try Fixture.report(Self.prpAfterCortisone, asOf: "2024-09-01")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(report)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let responses = try #require(json["responses"] as? [[String: Any]])
    let prp = try #require(responses.first { $0["kind"] as? String == "prp" })
    let confounder = try #require((prp["confounders"] as? [[String: Any]])?.first)
    #expect(confounder["reason"] as? String == "baseline")
    #expect(confounder["id"] as? Int == 1)
    #expect(confounder["kind"] as? String == "cortisone")
    #expect(confounder["date"] as? String == "2024-03-01")
    #expect(Set(confounder.keys) == ["id", "uid", "kind", "label", "date", "side", "reason"])
    let cortisone = try #require(responses.first { $0["kind"] as? String == "cortisone" })
    let later = try #require((cortisone["confounders"] as? [[String: Any]])?.first)
    #expect(later["reason"] as? String == "follow-up")
    #expect(try JSONDecoder().decode(Report.self, from: data) == report)
  }
}
