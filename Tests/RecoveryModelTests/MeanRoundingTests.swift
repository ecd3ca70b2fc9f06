import RecoveryModel
import Testing

/// Means shown side by side never read as a change their verdict does not state.
struct MeanRoundingTests {
  @Test func meansThatWouldReadAsATwoPointDropShowAnotherDecimal() {
    // 7 for 14 days, then 5 on 35 days and 6 on one: -1.97 points, -28%, no meaningful change.
    let after = (35.0 * 5 + 6) / 36
    #expect(Rounding.shownMeans(baseline: 7, followUp: after).decimals == 2)
    #expect(Rounding.means(baseline: 7, followUp: after) == ("7.00", "5.03"))
  }

  @Test func meansThatWouldReadAsA30PercentDropShowAnotherDecimal() {
    // 5.04 to 3.53: -29.96%, no meaningful change; "5.0" to "3.5" would read as -30%.
    #expect(Rounding.means(baseline: 5.04, followUp: 3.53) == ("5.04", "3.53"))
  }

  @Test(arguments: [(6.0, 3.0, "6.0", "3.0"), (5.64, 5.21, "5.6", "5.2"), (7.0, 5.0, "7.0", "5.0")])
  func meansThatAgreeWithTheirChangeKeepOneDecimal(
    baseline: Double, followUp: Double, shownBaseline: String, shownFollowUp: String
  ) {
    #expect(Rounding.shownMeans(baseline: baseline, followUp: followUp).decimals == 1)
    #expect(Rounding.means(baseline: baseline, followUp: followUp) == (shownBaseline, shownFollowUp))
  }

  @Test func aDropOfExactlyHalfThatNoDecimalsShowIsRoundedTowardItsVerdict() {
    // 3, 3, 4 before and 2, 2, 1 after: 10/3 to 5/3, a drop of exactly 50%, substantial; to the
    // nearest, every number of decimals reads just short of 50%.
    let baseline = 10.0 / 3
    let followUp = 5.0 / 3
    let verdict = Verdict.judge(
      baselineMean: baseline, baselineDays: 3, followUpMean: followUp, followUpDays: 3, minimumDays: 3)
    let shown = Rounding.shownMeans(baseline: baseline, followUp: followUp)
    let shownVerdict = Verdict.judge(
      baselineMean: shown.baseline, baselineDays: 3, followUpMean: shown.followUp, followUpDays: 3,
      minimumDays: 3)
    #expect(shownVerdict == verdict)
    let text = Rounding.means(baseline: baseline, followUp: followUp)
    #expect(Double(text.baseline) == shown.baseline)
    #expect(Double(text.followUp) == shown.followUp)
  }

  @Test func decimalsAreRoundedHalfAwayFromZero() {
    #expect(Rounding.decimal(5.0278, places: 2) == "5.03")
    #expect(Rounding.decimal(-0.001, places: 2) == "0.00")
    #expect(Rounding.decimal(2.5, places: 0) == "3")
  }
}
