import Foundation
import RecoveryModel
import Testing

/// The figures a report shows never contradict the verdict beside them.
struct DisplayedFigureTests {
  @Test func aDropOf29Point63PercentDoesNotReadAs30() throws {
    // Baseline (5 + 5 + 6 + 6 + 5) / 5 = 5.4, follow-up 19 / 5 = 3.8: -1.6, -29.63%.
    let history = ResponseTests.cortisoneHistory(baseline: [5, 5, 6, 6, 5], followUp: [4, 4, 4, 4, 3])
    let response = try #require(try Fixture.report(history, asOf: "2024-06-01").responses.first)
    #expect(Self.plain(response) == .noMeaningfulChange)
    #expect(Rounding.change(of: response) == "-1.6 (-29.6%)")
  }

  @Test func aDropOf1Point95PointsDoesNotReadAs2() throws {
    // Baseline 7 over 14 days, follow-up 101 / 20 = 5.05: -1.95, -27.9%.
    let history = ResponseTests.cortisoneHistory(
      baseline: Array(repeating: 7, count: 14), followUp: Array(repeating: 5, count: 19) + [6])
    let response = try #require(try Fixture.report(history, asOf: "2024-06-01").responses.first)
    #expect(Self.plain(response) == .noMeaningfulChange)
    #expect(Rounding.change(of: response) == "-1.95 (-28%)")
  }

  /// What the plain change of the two means reads as, on the thresholds.
  static func plain(_ response: TreatmentResponse) -> Verdict {
    Verdict.judge(
      baselineMean: response.baseline.mean, baselineDays: response.baseline.days,
      followUpMean: response.followUp.mean, followUpDays: response.followUp.days)
  }

  @Test func aChangeJustUnderAPointNeverReadsAsOne() {
    // From a point on, percentages count: -0.999 (-35%) must not read as "-1.0".
    #expect(Rounding.change(-0.999) == "-0.99")
    #expect(Rounding.change(0.97) == "+0.97")
    #expect(Rounding.change(-1.04) == "-1.0")
  }

  @Test(arguments: [
    (-1.6, "-1.6"), (-1.95, "-1.95"), (-1.999, "-1.99"), (-2.0, "-2.0"), (6.2 - 8.2, "-2.0"),
    (-2.04, "-2.0"), (1.96, "+1.96"), (2.0, "+2.0"), (0.04, "0.0"), (-0.04, "0.0"), (-3.25, "-3.3"),
  ])
  func pointsNeverRoundUpToTheThreshold(_ value: Double, _ text: String) {
    #expect(Rounding.change(value) == text)
  }

  @Test(arguments: [
    (-29.63, "-29.6%"), (-29.97, "-29.9%"), (-30.0, "-30%"), (-49.6, "-49.6%"), (-49.99, "-49.9%"),
    (-50.0, "-50%"), (-57.49, "-57%"), (29.7, "+29.7%"), (30.2, "+30%"), (49.6, "+50%"), (0.2, "0%"),
    (-28.0, "-28%"),
  ])
  func percentagesNeverRoundUpToAThreshold(_ value: Double, _ text: String) {
    #expect(Rounding.percentChange(value) == text)
  }

  @Test func insufficientDataShowsNoChangeButJSONKeepsIt() throws {
    let history = ResponseTests.cortisoneHistory(baseline: [8, 8], followUp: [1, 1, 1])
    let report = try Fixture.report(history, asOf: "2024-06-01")
    let response = try #require(report.responses.first)
    #expect(response.verdict == .insufficientData)
    #expect(response.showsFigures == false)
    #expect(Rounding.change(of: response) == "")
    #expect(response.change == -7)
    let json = try ReportEncodingTests.json(report)
    let encoded = try #require((json["responses"] as? [[String: Any]])?.first)
    #expect(encoded["change"] as? Double == -7)
    #expect(encoded["verdict"] as? String == "insufficient-data")
  }

  @Test func aPendingFollowUpHasNoLastDayButKeepsItsPlannedEnd() throws {
    let history = ResponseTests.cortisoneHistory(baseline: [6, 6, 6], followUp: [])
    let report = try Fixture.report(history, asOf: "2024-03-07")
    let response = try #require(report.responses.first)
    #expect(response.verdict == .pending)
    #expect(response.showsFigures == false)
    #expect(response.followUp.to == nil)
    #expect(response.followUp.plannedTo == Fixture.day("2024-04-12"))
    let json = try ReportEncodingTests.json(report)
    let encoded = try #require((json["responses"] as? [[String: Any]])?.first)
    let followUp = try #require(encoded["followUp"] as? [String: Any])
    #expect(followUp["to"] is NSNull)
    #expect(followUp["plannedTo"] as? String == "2024-04-12")
  }
}

/// Means whose exact change is exactly on a threshold, shown so that they still read as reaching it.
struct MeansOnAThresholdTests {
  @Test func aRiseOfExactly30PercentFromAThirdReadsAsWorse() {
    // 14/3 to 91/15: +1.4 points, exactly +30%.
    let shown = Rounding.shownMeans(baseline: 14.0 / 3, followUp: 91.0 / 15)
    let plain = Verdict.judge(
      baselineMean: shown.baseline, baselineDays: 1, followUpMean: shown.followUp, followUpDays: 1,
      minimumDays: 1)
    #expect(plain == .worse)
  }
}
