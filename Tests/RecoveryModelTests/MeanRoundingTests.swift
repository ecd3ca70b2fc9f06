import RecoveryModel
import Testing

/// Means shown side by side never read as a change their verdict does not state.
struct MeanRoundingTests {
  @Test func meansThatWouldReadAsATwoPointDropShowAnotherDecimal() {
    // 7 for 14 days, then 5 on 35 days and 6 on one: -1.97 points, -28%, no meaningful change.
    let after = (35.0 * 5 + 6) / 36
    #expect(Rounding.meanDecimals(baseline: 7, followUp: after) == 2)
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
    #expect(Rounding.meanDecimals(baseline: baseline, followUp: followUp) == 1)
    #expect(Rounding.means(baseline: baseline, followUp: followUp) == (shownBaseline, shownFollowUp))
  }

  @Test func decimalsAreRoundedHalfAwayFromZero() {
    #expect(Rounding.decimal(5.0278, places: 2) == "5.03")
    #expect(Rounding.decimal(-0.001, places: 2) == "0.00")
    #expect(Rounding.decimal(2.5, places: 0) == "3")
  }
}
